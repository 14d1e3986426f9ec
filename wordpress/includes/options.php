<?php
/**
 * The plugin's one option and the value cleaners shared by the settings page, the blocks and the
 * shortcodes. Every cleaner returns '' for a value it does not accept, so a bad value is dropped.
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings and their defaults ('' means: not set, the widget's own default applies).
 *
 * @return array<string,string>
 */
function care_choice_default_settings() {
	return array(
		'agency_name' => '',
		'cta_href'    => '',
		'cta_label'   => '',
		'accent'      => '',
		'radius'      => '',
		'lang'        => '',
	);
}

/**
 * The saved settings, cleaned again on the way out (an option edited in the database by hand
 * cannot put markup on the page).
 *
 * @return array<string,string>
 */
function care_choice_get_settings() {
	$saved = get_option( CARE_CHOICE_OPTION, array() );
	return care_choice_clean_settings( is_array( $saved ) ? $saved : array() );
}

/**
 * Cleans a settings array: known keys only, each through its cleaner.
 *
 * @param array $input Raw values.
 * @return array<string,string>
 */
function care_choice_clean_settings( array $input ) {
	$clean = care_choice_default_settings();
	foreach ( $clean as $key => $unused ) {
		if ( isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ) {
			$clean[ $key ] = care_choice_clean_value( $key, (string) $input[ $key ] );
		}
	}
	return $clean;
}

/**
 * Link schemes the widget accepts (the elements check the same on the parsed URL).
 *
 * @return string[]
 */
function care_choice_url_protocols() {
	return array( 'http', 'https', 'mailto', 'tel' );
}

/**
 * Languages the settings page offers: English and Spanish are known to the widget, plus any
 * language pack the build placed in assets/.
 *
 * @return array<string,string> code => name
 */
function care_choice_languages() {
	$languages = array(
		'en' => __( 'English', 'care-choice' ),
		'es' => __( 'Spanish', 'care-choice' ),
	);
	foreach ( care_choice_language_packs() as $lang ) {
		if ( ! isset( $languages[ $lang ] ) ) {
			$languages[ $lang ] = $lang;
		}
	}
	return $languages;
}

/**
 * Language codes of the packs shipped in assets/ (care-choice.<lang>.js).
 *
 * @return string[]
 */
function care_choice_language_packs() {
	static $packs = null;
	if ( null === $packs ) {
		$packs = array();
		foreach ( (array) glob( CARE_CHOICE_DIR . 'assets/care-choice.*.js' ) as $file ) {
			if ( preg_match( '/^care-choice\.([a-z]{2,3})\.js$/', basename( (string) $file ), $m ) ) {
				$packs[] = $m[1];
			}
		}
	}
	return $packs;
}

/**
 * One value through the cleaner for its key.
 *
 * @param string $key   Setting or attribute key (snake_case).
 * @param mixed  $value Raw value.
 * @return string The clean value, or '' when it is not acceptable.
 */
function care_choice_clean_value( $key, $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	switch ( $key ) {
		case 'agency_name':
		case 'cta_label':
		case 'highlight_label':
		case 'button_text':
			// Plain text: tags and line breaks removed, at most 200 characters.
			$text = sanitize_text_field( $value );
			return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, 200 ) : substr( $text, 0, 200 );
		case 'cta_href':
		case 'source_href':
		case 'report_href':
			// http, https, mailto, tel or a relative address; anything else (javascript:, data:) is dropped.
			// {result} (the outcome id, filled in by the widget) is kept, written as the URL parser would.
			return esc_url_raw( str_ireplace( '{result}', '%7Bresult%7D', $value ), care_choice_url_protocols() );
		case 'accent':
			// #rgb or #rrggbb only.
			return (string) sanitize_hex_color( $value );
		case 'radius':
			// A plain CSS length: 0, or a number with px, rem, em or %.
			return preg_match( '/^(?:0|\d{1,3}(?:\.\d{1,3})?(?:px|rem|em|%))$/', $value ) ? $value : '';
		case 'lang':
			// A language tag (en, es, es-MX).
			return preg_match( '/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,2}$/', $value ) ? $value : '';
		case 'theme':
			return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : '';
		case 'mode':
			return 'popup' === $value ? $value : '';
		case 'open':
			return in_array( $value, array( 'load', 'exit', 'scroll', 'time' ), true ) ? $value : '';
		case 'open_value':
			// Seconds (time) or percent of the page (scroll): a plain number.
			return preg_match( '/^\d{1,4}(?:\.\d{1,2})?$/', $value ) ? $value : '';
		case 'analytics':
			return 'datalayer' === $value ? $value : '';
		case 'highlight':
			return in_array( $value, array( 'case-manager', 'care-manager', 'both', 'none' ), true ) ? $value : '';
		case 'rows':
			// Comma-separated row ids; ids that are not plain slugs are dropped.
			$ids = array();
			foreach ( explode( ',', $value ) as $id ) {
				$id = trim( $id );
				if ( preg_match( '/^[a-z0-9][a-z0-9-]{0,39}$/', $id ) && ! in_array( $id, $ids, true ) ) {
					$ids[] = $id;
				}
			}
			return implode( ',', $ids );
	}
	return '';
}

/**
 * A boolean attribute: a bare shortcode flag, true, 1, "true", "yes" or "on".
 *
 * @param mixed $value Raw value.
 * @return bool
 */
function care_choice_clean_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}
