<?php
/**
 * Plugin Name:       Care choice
 * Description:       A quiz and a comparison table that help a family work out whether they need a case manager or a care manager. Blocks, shortcodes and a settings page; the table reads without JavaScript and in the RSS feed.
 * Version:           0.2.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            The care-choice authors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       care-choice
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

define( 'CARE_CHOICE_VERSION', '0.2.0' );
define( 'CARE_CHOICE_FILE', __FILE__ );
define( 'CARE_CHOICE_DIR', plugin_dir_path( __FILE__ ) );
define( 'CARE_CHOICE_OPTION', 'care_choice_settings' );

require_once CARE_CHOICE_DIR . 'includes/options.php';
require_once CARE_CHOICE_DIR . 'includes/renderer.php';
require_once CARE_CHOICE_DIR . 'includes/settings-page.php';
require_once CARE_CHOICE_DIR . 'includes/content.php';

add_action( 'init', 'care_choice_init' );
add_action( 'admin_init', 'care_choice_register_settings' );
add_action( 'admin_menu', 'care_choice_add_settings_page' );
// Settings > Care choice content: the content editor, its saves and restores, and its output.
add_action( 'admin_menu', 'care_choice_add_content_page' );
add_action( 'admin_post_care_choice_save_content', 'care_choice_save_content' );
add_action( 'admin_post_care_choice_restore_content', 'care_choice_restore_content' );
add_filter( 'do_shortcode_tag', 'care_choice_content_shortcode_filter', 10, 2 );
add_filter( 'render_block', 'care_choice_content_block_filter', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'care_choice_plugin_action_links' );

/**
 * Registers the scripts, the two blocks and the two shortcodes.
 */
function care_choice_init() {
	$assets = plugins_url( 'assets/', CARE_CHOICE_FILE );
	// The drop-in script, printed in the footer and only when a block or shortcode asks for it.
	wp_register_script( 'care-choice', $assets . 'care-choice.js', array(), CARE_CHOICE_VERSION, array( 'in_footer' => true ) );
	// Language packs (care-choice.<lang>.js) that the build put beside it.
	foreach ( care_choice_language_packs() as $lang ) {
		wp_register_script( 'care-choice-' . $lang, $assets . 'care-choice.' . $lang . '.js', array( 'care-choice' ), CARE_CHOICE_VERSION, array( 'in_footer' => true ) );
	}
	// The block editor's controls: plain JavaScript on the wp.* globals, no build step.
	wp_register_script(
		'care-choice-editor',
		plugins_url( 'editor/blocks.js', CARE_CHOICE_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		CARE_CHOICE_VERSION,
		array( 'in_footer' => true )
	);
	wp_set_script_translations( 'care-choice-editor', 'care-choice' );

	register_block_type( CARE_CHOICE_DIR . 'blocks/quiz' );
	register_block_type( CARE_CHOICE_DIR . 'blocks/compare-table' );

	add_shortcode( 'care_choice_quiz', 'care_choice_quiz_shortcode' );
	add_shortcode( 'care_compare_table', 'care_compare_table_shortcode' );
}

/**
 * [care_choice_quiz lang="es" theme="dark" cta_href="tel:+15555550123" cta_label="Call us" agency_name="..." persist intro accent="#0b4f6c" radius="14px"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function care_choice_quiz_shortcode( $atts ) {
	return care_choice_render( 'quiz', care_choice_shortcode_attributes( 'quiz', $atts ) );
}

/**
 * [care_compare_table rows="employer,where" highlight="care-manager" source_href="https://..." lang="es" theme="auto" accent="#0b4f6c" radius="0"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function care_compare_table_shortcode( $atts ) {
	return care_choice_render( 'table', care_choice_shortcode_attributes( 'table', $atts ) );
}

/**
 * A "Settings" link beside "Deactivate" on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function care_choice_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=care-choice' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'care-choice' ) . '</a>' );
	return $links;
}
