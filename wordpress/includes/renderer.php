<?php
/**
 * The one renderer behind the blocks and the shortcodes: cleans the attributes, fills in the
 * settings, prints the custom element with its fallback content and enqueues the script.
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

/**
 * What each widget accepts (snake_case, as in shortcodes), with the element attribute it maps to.
 * Booleans are listed in care_choice_boolean_fields().
 *
 * @param string $kind 'quiz' or 'table'.
 * @return array<string,string> field => element attribute
 */
function care_choice_fields( $kind ) {
	$common = array(
		'lang'   => 'lang',
		'theme'  => 'theme',
		'accent' => '', // printed as --care-choice-accent in the style attribute.
		'radius' => '', // printed as --care-choice-radius in the style attribute.
	);
	if ( 'quiz' === $kind ) {
		return array(
			'cta_href'     => 'cta-href',
			'cta_label'    => 'cta-label',
			'agency_name'  => 'agency-name',
			'report_href'  => 'report-href',
			'persist'      => 'persist',
			'intro'        => 'intro',
			'auto_advance' => 'auto-advance',
			'mode'         => 'mode',
			'button_text'  => 'button-text',
			'open'         => 'open',
			'open_value'   => 'open-value',
			'show_once'    => 'show-once',
			'analytics'    => 'analytics',
		) + $common;
	}
	return array(
		'rows'        => 'rows',
		'highlight'       => 'highlight',
		'highlight_label' => 'highlight-label',
		'source_href'     => 'source-href',
	) + $common;
}

/**
 * Boolean fields (printed as attributes without a value when true).
 *
 * @return string[]
 */
function care_choice_boolean_fields() {
	return array( 'persist', 'intro', 'auto_advance', 'show_once' );
}

/**
 * The element's tag for a kind.
 *
 * @param string $kind 'quiz' or 'table'.
 * @return string
 */
function care_choice_tag( $kind ) {
	return 'quiz' === $kind ? 'care-choice-quiz' : 'care-compare-table';
}

/**
 * Shortcode attributes to fields: bare flags (`[care_choice_quiz persist]`) become true, unknown
 * attributes are dropped, and `shortcode_atts_{tag}` filters run as usual.
 *
 * @param string       $kind 'quiz' or 'table'.
 * @param array|string $atts What WordPress passed to the shortcode.
 * @return array
 */
function care_choice_shortcode_attributes( $kind, $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$flags = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$flags[ strtolower( $value ) ] = true;
			unset( $atts[ $key ] );
		}
	}
	$defaults = array_fill_keys( array_keys( care_choice_fields( $kind ) ), '' );
	$tag      = 'quiz' === $kind ? 'care_choice_quiz' : 'care_compare_table';
	return shortcode_atts( $defaults, array_merge( array_intersect_key( $flags, $defaults ), $atts ), $tag );
}

/**
 * Block attributes (camelCase in block.json) to fields.
 *
 * @param array $attributes The block's attributes.
 * @return array
 */
function care_choice_block_attributes( $attributes ) {
	$fields = array();
	foreach ( (array) $attributes as $key => $value ) {
		$fields[ strtolower( preg_replace( '/([a-z])([A-Z])/', '$1_$2', (string) $key ) ) ] = $value;
	}
	return $fields;
}

/**
 * Clean fields with the settings filled in where a field is empty.
 *
 * @param string $kind 'quiz' or 'table'.
 * @param array  $raw  Fields from a shortcode or a block.
 * @return array
 */
function care_choice_resolve( $kind, array $raw ) {
	$settings = care_choice_get_settings();
	$inherit  = 'quiz' === $kind
		? array( 'agency_name', 'cta_href', 'cta_label', 'accent', 'radius', 'lang' )
		: array( 'accent', 'radius', 'lang' );
	$clean    = array();
	foreach ( care_choice_fields( $kind ) as $field => $unused ) {
		if ( in_array( $field, care_choice_boolean_fields(), true ) ) {
			$clean[ $field ] = isset( $raw[ $field ] ) && care_choice_clean_bool( $raw[ $field ] );
			continue;
		}
		$value = isset( $raw[ $field ] ) ? care_choice_clean_value( $field, $raw[ $field ] ) : '';
		if ( '' === $value && in_array( $field, $inherit, true ) ) {
			$value = $settings[ $field ];
		}
		$clean[ $field ] = $value;
	}
	return $clean;
}

/**
 * The language the widget will speak, as a primary subtag: the lang field, else the site's.
 *
 * @param string $lang Clean lang field ('' when not set).
 * @return string
 */
function care_choice_primary_language( $lang ) {
	if ( '' === $lang ) {
		$lang = str_replace( '_', '-', get_locale() );
	}
	$primary = strtolower( (string) strtok( $lang, '-' ) );
	return preg_match( '/^[a-z]{2,3}$/', $primary ) ? $primary : 'en';
}

/**
 * Escaped HTML with its square brackets as entities, so that agency text cannot start a shortcode
 * when do_shortcode runs over the rendered block.
 *
 * @param string $escaped Already escaped HTML.
 * @return string
 */
function care_choice_no_shortcodes( $escaped ) {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $escaped );
}

/**
 * An attribute value for HTML: esc_attr, without brackets that could start a shortcode.
 *
 * @param string $value Clean value.
 * @return string
 */
function care_choice_attr( $value ) {
	return care_choice_no_shortcodes( esc_attr( $value ) );
}

/**
 * Renders one widget: the custom element, its attributes and its fallback content, and enqueues
 * the script (once per page, in the footer, whatever the number of widgets).
 *
 * @param string $kind  'quiz' or 'table'.
 * @param array  $raw   Fields from a shortcode or a block (unclean).
 * @param bool   $block True for a block: adds the block wrapper attributes (class, alignment).
 * @return string HTML.
 */
function care_choice_render( $kind, array $raw, $block = false ) {
	$kind   = 'quiz' === $kind ? 'quiz' : 'table';
	$fields = care_choice_resolve( $kind, $raw );
	$tag    = care_choice_tag( $kind );

	$style = '';
	if ( '' !== $fields['accent'] ) {
		$style .= '--care-choice-accent:' . $fields['accent'] . ';';
	}
	if ( '' !== $fields['radius'] ) {
		$style .= '--care-choice-radius:' . $fields['radius'] . ';';
	}

	$html = array();
	// A block gets its wrapper attributes (class, alignment) with the style merged in; they come
	// back escaped, and empty when no block is being rendered.
	$wrapper = $block ? get_block_wrapper_attributes( '' !== $style ? array( 'style' => $style ) : array() ) : '';
	if ( '' !== $wrapper ) {
		$html[] = $wrapper;
	} elseif ( '' !== $style ) {
		$html[] = 'style="' . care_choice_attr( $style ) . '"';
	}
	foreach ( care_choice_fields( $kind ) as $field => $attribute ) {
		$value = $fields[ $field ];
		if ( '' === $attribute || '' === $value || false === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html[] = $attribute;
		} elseif ( in_array( $field, array( 'cta_href', 'source_href', 'report_href' ), true ) ) {
			$html[] = $attribute . '="' . care_choice_attr( esc_url( $value, care_choice_url_protocols() ) ) . '"';
		} else {
			$html[] = $attribute . '="' . care_choice_attr( $value ) . '"';
		}
	}

	$lang = care_choice_primary_language( $fields['lang'] );
	care_choice_enqueue( $lang );

	return '<' . $tag . ( $html ? ' ' . implode( ' ', $html ) : '' ) . '>'
		. care_choice_fallback( $kind, $lang, $fields )
		. '</' . $tag . '>';
}

/**
 * Enqueues the drop-in script and, for a language with a pack in assets/, the pack.
 *
 * @param string $lang Primary language subtag.
 */
function care_choice_enqueue( $lang ) {
	wp_enqueue_script( 'care-choice' );
	if ( in_array( $lang, care_choice_language_packs(), true ) ) {
		wp_enqueue_script( 'care-choice-' . $lang );
	}
}

/**
 * The fallback content printed inside the element: the build's snippet for the language
 * (assets/snippets/<tag>.<lang>.html, English when the language has none), with the table's
 * rows picked and ordered by the rows field and the quiz's CTA marker replaced by the agency's
 * link. Empty when the plugin was built without snippets.
 *
 * @param string $kind   'quiz' or 'table'.
 * @param string $lang   Primary language subtag.
 * @param array  $fields Clean fields.
 * @return string HTML.
 */
function care_choice_fallback( $kind, $lang, array $fields ) {
	$snippet = care_choice_snippet( care_choice_tag( $kind ), $lang );
	if ( '' === $snippet ) {
		return '';
	}
	if ( 'table' === $kind ) {
		return care_choice_pick_rows( $snippet, $fields['rows'] );
	}
	if ( '' !== $fields['cta_href'] ) {
		$label = '' !== $fields['cta_label'] ? $fields['cta_label'] : care_choice_default_cta_label( $lang );
		// Without the script there is no result: a {result} in the address is left empty.
		$href = str_ireplace( array( '{result}', '%7Bresult%7D' ), '', $fields['cta_href'] );
		$link = '<p><a href="' . care_choice_attr( esc_url( $href, care_choice_url_protocols() ) ) . '">'
			. care_choice_no_shortcodes( esc_html( $label ) ) . '</a></p>'
			. "\n<p>" . care_choice_no_shortcodes( esc_html( care_choice_disclosure( $lang, $fields['agency_name'] ) ) ) . '</p>';
		$snippet = str_replace( '<!--care-choice-cta-->', $link, $snippet );
	}
	return $snippet;
}

/**
 * Reads a snippet file from the plugin (cached per request).
 *
 * @param string $tag  Element tag.
 * @param string $lang Primary language subtag.
 * @return string
 */
function care_choice_snippet( $tag, $lang ) {
	static $cache = array();
	foreach ( array_unique( array( $lang, 'en' ) ) as $try ) {
		$file = CARE_CHOICE_DIR . 'assets/snippets/' . $tag . '.' . $try . '.html';
		if ( ! array_key_exists( $file, $cache ) ) {
			$cache[ $file ] = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		}
		if ( '' !== $cache[ $file ] ) {
			return trim( $cache[ $file ] );
		}
	}
	return '';
}

/**
 * Keeps only the table rows named in $rows, in that order. Each body row of the snippet is one
 * line that starts with <tr data-row="ID"> and ends with </tr>. Unknown ids are ignored; when
 * none is known, every row stays.
 *
 * @param string $snippet Table snippet.
 * @param string $rows    Clean comma-separated row ids ('' for all).
 * @return string
 */
function care_choice_pick_rows( $snippet, $rows ) {
	if ( '' === $rows ) {
		return $snippet;
	}
	$lines = preg_split( '/\r\n|\n/', $snippet );
	$found = array();
	$first = null;
	foreach ( $lines as $i => $line ) {
		if ( preg_match( '/^\s*<tr data-row="([^"]+)">.*<\/tr>\s*$/', $line, $m ) ) {
			$found[ $m[1] ] = $line;
			$first          = null === $first ? $i : $first;
			unset( $lines[ $i ] );
		}
	}
	$picked = array();
	foreach ( explode( ',', $rows ) as $id ) {
		if ( isset( $found[ $id ] ) ) {
			$picked[] = $found[ $id ];
		}
	}
	if ( null === $first || ! $picked ) {
		return $snippet;
	}
	$out = array();
	foreach ( $lines as $i => $line ) {
		if ( $i > $first && $picked ) {
			$out    = array_merge( $out, $picked );
			$picked = array();
		}
		$out[] = $line;
	}
	return implode( "\n", array_merge( $out, $picked ) );
}

/**
 * The widget's own default CTA text in the widget's language (not the site's, so not through
 * __()): 'result.cta' in src/engine/texts/<lang>.ts, which a test keeps equal to this list.
 *
 * @param string $lang Primary language subtag.
 * @return string
 */
function care_choice_default_cta_label( $lang ) {
	$labels = array(
		'en' => 'Talk to us',
		'es' => 'Hable con nosotros',
	);
	return isset( $labels[ $lang ] ) ? $labels[ $lang ] : $labels['en'];
}

/**
 * The line beside the call to action in the widget's language: who provides it and that it may be
 * paid ('cta.disclosure' and 'cta.disclosure.generic' in src/engine/texts/<lang>.ts, which a test
 * keeps equal to this list).
 *
 * @param string $lang   Primary language subtag.
 * @param string $agency Clean agency name ('' when not set).
 * @return string Plain text.
 */
function care_choice_disclosure( $lang, $agency ) {
	$lines = array(
		'en' => array( 'Provided by {agency}, which may offer paid care services.', 'This link goes to a care provider, who may offer paid services.' ),
		'es' => array( 'Ofrecido por {agency}, que puede ofrecer servicios de cuidado pagados.', 'Este enlace lleva a un proveedor de cuidados, que puede ofrecer servicios pagados.' ),
	);
	$line = isset( $lines[ $lang ] ) ? $lines[ $lang ] : $lines['en'];
	return '' !== $agency ? str_replace( '{agency}', $agency, $line[0] ) : $line[1];
}
