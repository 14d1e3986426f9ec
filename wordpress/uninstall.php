<?php
/**
 * Runs when the plugin is deleted from Plugins: removes its option (on every site of a network).
 *
 * @package CareChoice
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $care_choice_site ) {
		switch_to_blog( $care_choice_site );
		delete_option( 'care_choice_settings' );
		delete_option( 'care_choice_content' );
		delete_option( 'care_choice_content_history' );
		restore_current_blog();
	}
} else {
	delete_option( 'care_choice_settings' );
	delete_option( 'care_choice_content' );
	delete_option( 'care_choice_content_history' );
}
