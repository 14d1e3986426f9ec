<?php
/**
 * Settings > Care choice content: the content editor (the same static editor as the playground,
 * shipped in assets/editor/) in a frame, saving the agency's edits in an option. The edits are
 * checked again here (size, depth, only the keys the widget knows, the right types, safe links, no
 * markup in texts), the last 10 saved versions are kept with their dates, and every quiz and table
 * the plugin prints carries them as JSON children (escaped so that no text can end the script).
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

define( 'CARE_CHOICE_CONTENT_OPTION', 'care_choice_content' );
define( 'CARE_CHOICE_CONTENT_HISTORY', 'care_choice_content_history' );
/** Larger than any real set of edits (the whole English content is about 40 KB). */
define( 'CARE_CHOICE_CONTENT_MAX_BYTES', 200000 );
/** The editor's wrapper ({ base, langs: { es } }) around a config nested at most 32 levels deep. */
define( 'CARE_CHOICE_CONTENT_MAX_DEPTH', 36 );
define( 'CARE_CHOICE_CONTENT_VERSIONS', 10 );

/**
 * Adds Settings > Care choice content.
 */
function care_choice_add_content_page() {
	add_options_page(
		__( 'Care choice content', 'care-choice' ),
		__( 'Care choice content', 'care-choice' ),
		'manage_options',
		'care-choice-content',
		'care_choice_render_content_page'
	);
}

/**
 * The shape of a config, as the widget reads it: for each key, what its value must be. A string
 * names a leaf type; an array is a nested shape; 'list:' and 'map:' prefixes wrap a shape.
 *
 * @return array
 */
function care_choice_content_schema() {
	$show_if    = array(
		'question' => 'id',
		'anyOf'    => 'list:id',
	);
	$option     = array(
		'id'      => 'id',
		'remove'  => 'true',
		'label'   => 'text',
		'reason'  => 'text',
		'weights' => array(
			'caseManager' => 'weight',
			'careManager' => 'weight',
		),
	);
	$question   = array(
		'id'       => 'id',
		'remove'   => 'true',
		'text'     => 'text',
		'help'     => 'text',
		'multiple' => 'bool',
		'values'   => 'bool',
		'showIf'   => $show_if,
		'options'  => array( 'list' => $option ),
	);
	$profession = array();
	foreach ( array( 'name', 'summary', 'alsoCalled', 'employer', 'where', 'focus', 'overTime', 'whoPays', 'association', 'betterFit' ) as $key ) {
		$profession[ $key ] = 'text';
	}
	foreach ( array( 'duties', 'limits', 'questionsToAsk' ) as $key ) {
		$profession[ $key ] = 'list:text';
	}
	$profession['associationHref'] = 'link';
	$step                          = array(
		'id'     => 'id',
		'remove' => 'true',
		'text'   => 'text',
		'href'   => 'link',
		'public' => 'bool',
		'showIf' => $show_if,
	);
	$recommendations               = array( 'case-manager', 'care-manager', 'both', 'unsure' );
	$results                       = array();
	$steps                         = array();
	foreach ( $recommendations as $key ) {
		$results[ $key ] = array(
			'title'     => 'text',
			'weakTitle' => 'text',
			'summary'   => 'text',
		);
		$steps[ $key ]   = array( 'list' => $step );
	}
	return array(
		'lang'        => 'id',
		'contentDate' => 'text',
		'sources'     => array(
			'list' => array(
				'title'     => 'text',
				'href'      => 'link',
				'date'      => 'text',
				'publisher' => 'text',
				'checked'   => 'text',
			),
		),
		'questions'   => array( 'list' => $question ),
		'professions' => array(
			'caseManager' => $profession,
			'careManager' => $profession,
		),
		'table'       => array(
			'caption' => 'text',
			'rows'    => array(
				'list' => array(
					'id'     => 'id',
					'remove' => 'true',
					'label'  => 'text',
					'field'  => 'id',
				),
			),
		),
		'results'     => $results,
		'nextSteps'   => $steps,
		'scoring'     => array(
			'minAnswered' => 'weight',
			'minTotal'    => 'weight',
			'bothRatio'   => 'weight',
			'bothMin'     => 'weight',
			'bothWhen'    => array( 'list' => $show_if ),
		),
		'strings'     => 'strings',
	);
}

/**
 * Checks one value against its shape; each problem is added to $errors with its path.
 *
 * @param mixed        $value  The decoded JSON value (objects as stdClass).
 * @param array|string $shape  What it must be.
 * @param string       $path   Where it is, as the widget names paths.
 * @param string[]     $errors Problems found so far.
 */
function care_choice_content_check( $value, $shape, $path, array &$errors ) {
	if ( count( $errors ) >= 50 ) {
		return;
	}
	if ( is_string( $shape ) && 0 === strpos( $shape, 'list:' ) ) {
		$shape = array( 'list' => substr( $shape, 5 ) );
	}
	if ( is_array( $shape ) && array_key_exists( 'list', $shape ) && 1 === count( $shape ) ) {
		if ( ! is_array( $value ) ) {
			$errors[] = $path . ': must be a list';
			return;
		}
		foreach ( array_values( $value ) as $i => $item ) {
			care_choice_content_check( $item, $shape['list'], $path . '[' . $i . ']', $errors );
		}
		return;
	}
	if ( is_array( $shape ) ) {
		if ( ! is_object( $value ) ) {
			$errors[] = $path . ': must be an object';
			return;
		}
		foreach ( get_object_vars( $value ) as $key => $item ) {
			$at = '' === $path ? $key : $path . '.' . $key;
			if ( ! array_key_exists( $key, $shape ) ) {
				$errors[] = $at . ': is not something the widget uses';
				continue;
			}
			care_choice_content_check( $item, $shape[ $key ], $at, $errors );
		}
		return;
	}
	switch ( $shape ) {
		case 'strings':
			if ( ! is_object( $value ) ) {
				$errors[] = $path . ': must be an object of texts';
				return;
			}
			foreach ( get_object_vars( $value ) as $key => $item ) {
				if ( ! preg_match( '/^[a-z0-9.-]+$/i', (string) $key ) ) {
					$errors[] = $path . '.' . $key . ': is not something the widget uses';
					continue;
				}
				care_choice_content_check( $item, 'text', $path . '.' . $key, $errors );
			}
			return;
		case 'id':
			if ( ! is_string( $value ) || ! preg_match( '/^[A-Za-z0-9-]+$/', $value ) ) {
				$errors[] = $path . ': must be letters, digits and hyphens';
			}
			return;
		case 'true':
			// `{ "id": "x", "remove": true }` removes a built-in item; nothing else means anything.
			if ( true !== $value ) {
				$errors[] = $path . ': must be true (to remove the item)';
			}
			return;
		case 'bool':
			if ( ! is_bool( $value ) ) {
				$errors[] = $path . ': must be true or false';
			}
			return;
		case 'weight':
			if ( ! is_int( $value ) && ! is_float( $value ) || $value < 0 || $value > 100 ) {
				$errors[] = $path . ': must be a number from 0 to 100';
			}
			return;
		case 'link':
			if ( ! is_string( $value ) || ! preg_match( '#^(https?://|mailto:|tel:|/(?!/))#i', trim( $value ) ) ) {
				$errors[] = $path . ': must be a link starting with https://, http://, mailto:, tel: or /';
			}
			return;
		default:
			if ( ! is_string( $value ) ) {
				$errors[] = $path . ': must be a text';
			} elseif ( preg_match( '/<\/?[a-z][^>]*>|<[a-z]+[\s\/]/i', $value ) ) {
				$errors[] = $path . ': contains HTML markup; texts are shown as plain text';
			}
	}
}

/**
 * Reads the editor's JSON ({ "base": {...}, "langs": { "es": {...} } }) and checks it.
 *
 * @param string $json What the form sent.
 * @return array{0: ?object, 1: string[]} The content (null when refused) and the problems.
 */
function care_choice_read_content( $json ) {
	if ( strlen( $json ) > CARE_CHOICE_CONTENT_MAX_BYTES ) {
		/* translators: %d: the largest size accepted, in bytes. */
		return array( null, array( sprintf( __( 'The content is larger than %d bytes.', 'care-choice' ), CARE_CHOICE_CONTENT_MAX_BYTES ) ) );
	}
	$value = json_decode( $json, false, CARE_CHOICE_CONTENT_MAX_DEPTH );
	if ( null === $value || JSON_ERROR_NONE !== json_last_error() ) {
		return array( null, array( __( 'The content is not valid JSON, or is nested too deeply.', 'care-choice' ) . ' (' . json_last_error_msg() . ')' ) );
	}
	$errors = array();
	if ( ! is_object( $value ) ) {
		return array( null, array( 'config: must be an object' ) );
	}
	foreach ( get_object_vars( $value ) as $key => $item ) {
		if ( 'base' === $key ) {
			care_choice_content_check( $item, care_choice_content_schema(), '', $errors );
		} elseif ( 'langs' === $key && is_object( $item ) ) {
			foreach ( get_object_vars( $item ) as $lang => $config ) {
				if ( ! in_array( $lang, care_choice_language_packs(), true ) ) {
					$errors[] = 'langs.' . $lang . ': no language pack for this language';
					continue;
				}
				care_choice_content_check( $config, care_choice_content_schema(), 'langs.' . $lang, $errors );
			}
		} else {
			$errors[] = $key . ': is not something the editor saves';
		}
	}
	return $errors ? array( null, $errors ) : array( $value, array() );
}

/**
 * The saved content, decoded, or null.
 *
 * @return object|null
 */
function care_choice_saved_content() {
	$json = get_option( CARE_CHOICE_CONTENT_OPTION, '' );
	if ( ! is_string( $json ) || '' === $json ) {
		return null;
	}
	$value = json_decode( $json, false, CARE_CHOICE_CONTENT_MAX_DEPTH );
	return is_object( $value ) ? $value : null;
}

/**
 * A value as JSON for a script element: < > & ' " as \u escapes, so no text can close the element.
 *
 * @param mixed $value Decoded JSON.
 * @return string
 */
function care_choice_script_json( $value ) {
	return (string) wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES );
}

/**
 * The JSON children for a widget: one without lang (every language), one per language pack.
 *
 * @return string HTML.
 */
function care_choice_content_children() {
	$content = care_choice_saved_content();
	if ( ! $content ) {
		return '';
	}
	$html = '';
	if ( isset( $content->base ) && is_object( $content->base ) && get_object_vars( $content->base ) ) {
		$html .= '<script type="application/json">' . care_choice_script_json( $content->base ) . '</script>';
	}
	if ( isset( $content->langs ) && is_object( $content->langs ) ) {
		foreach ( get_object_vars( $content->langs ) as $lang => $config ) {
			if ( in_array( $lang, care_choice_language_packs(), true ) && is_object( $config ) && get_object_vars( $config ) ) {
				$html .= '<script type="application/json" lang="' . esc_attr( $lang ) . '">' . care_choice_script_json( $config ) . '</script>';
			}
		}
	}
	return $html;
}

/**
 * The edited texts the fallback shows, for one language: the edits for every language, then that
 * language's own. Keys: 'strings' (key => text), 'questions' and 'rows' (id => texts), 'caption'.
 *
 * @param object $content Saved content.
 * @param string $lang    Primary language subtag.
 * @return array
 */
function care_choice_fallback_edits( $content, $lang ) {
	$edits  = array(
		'strings'   => array(),
		'questions' => array(),
		'rows'      => array(),
		'caption'   => null,
	);
	$layers = array( isset( $content->base ) ? $content->base : null );
	if ( 'en' !== $lang && isset( $content->langs->$lang ) ) {
		$layers[] = $content->langs->$lang;
	}
	foreach ( $layers as $layer ) {
		if ( ! is_object( $layer ) ) {
			continue;
		}
		if ( isset( $layer->strings ) && is_object( $layer->strings ) ) {
			foreach ( get_object_vars( $layer->strings ) as $key => $text ) {
				$edits['strings'][ $key ] = (string) $text;
			}
		}
		foreach ( ( isset( $layer->questions ) && is_array( $layer->questions ) ) ? $layer->questions : array() as $question ) {
			if ( ! is_object( $question ) || ! isset( $question->id ) ) {
				continue;
			}
			$id = (string) $question->id;
			if ( ! isset( $edits['questions'][ $id ] ) ) {
				$edits['questions'][ $id ] = array(
					'text'    => null,
					'options' => array(),
					'remove'  => false,
				);
			}
			if ( isset( $question->remove ) && true === $question->remove ) {
				$edits['questions'][ $id ]['remove'] = true;
				continue;
			}
			if ( isset( $question->text ) ) {
				$edits['questions'][ $id ]['text'] = (string) $question->text;
			}
			if ( isset( $question->options ) && is_array( $question->options ) ) {
				// The order each layer lists the answers in (a reorder lists them all; see care_choice_edit_fallback).
				$order = array();
				foreach ( $question->options as $option ) {
					if ( is_object( $option ) && isset( $option->id ) && ! isset( $option->remove ) ) {
						$order[] = (string) $option->id;
					}
				}
				$edits['questions'][ $id ]['orders'][] = $order;
			}
			foreach ( ( isset( $question->options ) && is_array( $question->options ) ) ? $question->options : array() as $option ) {
				if ( is_object( $option ) && isset( $option->id ) && isset( $option->remove ) && true === $option->remove ) {
					$edits['questions'][ $id ]['options'][ (string) $option->id ] = false;
				} elseif ( is_object( $option ) && isset( $option->id, $option->label ) ) {
					$edits['questions'][ $id ]['options'][ (string) $option->id ] = (string) $option->label;
				}
			}
		}
		if ( isset( $layer->table ) && is_object( $layer->table ) ) {
			if ( isset( $layer->table->caption ) ) {
				$edits['caption'] = (string) $layer->table->caption;
			}
			foreach ( ( isset( $layer->table->rows ) && is_array( $layer->table->rows ) ) ? $layer->table->rows : array() as $row ) {
				if ( is_object( $row ) && isset( $row->id ) && isset( $row->remove ) && true === $row->remove ) {
					$edits['rows'][ (string) $row->id ] = false;
				} elseif ( is_object( $row ) && isset( $row->id, $row->label ) ) {
					$edits['rows'][ (string) $row->id ] = (string) $row->label;
				}
			}
		}
	}
	return $edits;
}

/**
 * The fallback content (the build's snippet, printed by the renderer) with the edited texts in
 * place: the intro, the first question and its answers, the table's caption and row labels.
 * Every text is escaped, and cannot start a shortcode.
 *
 * @param string $html  The widget's HTML after its opening tag.
 * @param array  $edits From care_choice_fallback_edits().
 * @return string
 */
function care_choice_edit_fallback( $html, array $edits ) {
	$text    = function ( $value ) {
		return care_choice_no_shortcodes( esc_html( $value ) );
	};
	$strings = $edits['strings'];
	if ( isset( $strings['quiz.intro.title'] ) ) {
		$html = preg_replace( '#<h2>.*?</h2>#s', '<h2>' . addcslashes( $text( $strings['quiz.intro.title'] ), '\\$' ) . '</h2>', $html, 1 );
	}
	if ( isset( $strings['quiz.intro.text'] ) && false !== strpos( $html, '<h2>' ) ) {
		$html = preg_replace( '#(</h2>\s*)<p>.*?</p>#s', '$1<p>' . addcslashes( $text( $strings['quiz.intro.text'] ), '\\$' ) . '</p>', $html, 1 );
	}
	if ( preg_match( '#<fieldset data-question="([A-Za-z0-9-]+)">#', $html, $match ) && isset( $edits['questions'][ $match[1] ] ) ) {
		$question = $edits['questions'][ $match[1] ];
		if ( $question['remove'] ) {
			// A removed first question leaves the fallback without a question (the intro stays).
			$html = preg_replace( '#<fieldset data-question="' . preg_quote( $match[1], '#' ) . '">.*?</fieldset>\s*#s', '', $html, 1 );
			$question['options'] = array();
		} elseif ( null !== $question['text'] ) {
			$html = preg_replace( '#<legend>.*?</legend>#s', '<legend>' . addcslashes( $text( $question['text'] ), '\\$' ) . '</legend>', $html, 1 );
		}
		foreach ( $question['options'] as $id => $label ) {
			if ( false === $label ) {
				$html = preg_replace( '#<label><input [^>]*value="' . preg_quote( esc_attr( $id ), '#' ) . '">[^<]*</label>(<br>)?#', '', $html, 1 );
				continue;
			}
			$html = preg_replace(
				'#(value="' . preg_quote( esc_attr( $id ), '#' ) . '">) [^<]*</label>#',
				'$1 ' . addcslashes( $text( $label ), '\\$' ) . '</label>',
				$html,
				1
			);
		}
	}
	foreach ( isset( $question['orders'] ) ? $question['orders'] : array() as $order ) {
		// The answers in the edited order, when an edit lists every answer the fallback shows.
		if ( ! preg_match( '#(<fieldset data-question="[^"]*"><legend>.*?</legend>)(.*?)(</fieldset>)#s', $html, $set ) ) {
			break;
		}
		preg_match_all( '#<label><input [^>]*value="([^"]*)">[^<]*</label>(?:<br>)?#', $set[2], $labels, PREG_SET_ORDER );
		$shown = array_column( $labels, 1 );
		if ( count( $shown ) > 1 && ! array_diff( $shown, $order ) ) {
			usort(
				$labels,
				function ( $a, $b ) use ( $order ) {
					return array_search( $a[1], $order, true ) - array_search( $b[1], $order, true );
				}
			);
			$html = str_replace( $set[0], $set[1] . implode( '', array_column( $labels, 0 ) ) . $set[3], $html );
		}
	}
	if ( null !== $edits['caption'] ) {
		$html = preg_replace( '#<caption>.*?</caption>#s', '<caption>' . addcslashes( $text( $edits['caption'] ), '\\$' ) . '</caption>', $html, 1 );
	}
	foreach ( $edits['rows'] as $id => $label ) {
		if ( false === $label ) {
			$html = preg_replace( '#<tr data-row="' . preg_quote( esc_attr( $id ), '#' ) . '">.*?</tr>\s*#s', '', $html, 1 );
			continue;
		}
		$html = preg_replace(
			'#(<tr data-row="' . preg_quote( esc_attr( $id ), '#' ) . '"><th scope="row">)[^<]*</th>#',
			'${1}' . addcslashes( $text( $label ), '\\$' ) . '</th>',
			$html,
			1
		);
	}
	return $html;
}

/**
 * Puts the JSON children right after the opening tag of the plugin's widgets in $html, and the
 * edited texts into their fallback content.
 *
 * @param string $html A block's or shortcode's output.
 * @return string
 */
function care_choice_add_content_children( $html ) {
	if ( ! is_string( $html ) || false === strpos( $html, '<care-' ) ) {
		return $html;
	}
	$children = care_choice_content_children();
	if ( '' === $children ) {
		return $html;
	}
	$content = care_choice_saved_content();
	return preg_replace_callback(
		'#(<(care-choice-quiz|care-compare-table)\b[^>]*>)(.*?)(</\2>)#s',
		function ( $match ) use ( $children, $content ) {
			// The widget's language, as the renderer chose it: its lang attribute, else the site's.
			$lang = preg_match( '/\slang="([^"]*)"/', $match[1], $found ) ? $found[1] : '';
			$lang = care_choice_primary_language( $lang );
			return $match[1] . $children . care_choice_edit_fallback( $match[3], care_choice_fallback_edits( $content, $lang ) ) . $match[4];
		},
		$html
	);
}

/**
 * Shortcode output: the plugin's own shortcodes get the saved content.
 *
 * @param string $output Shortcode output.
 * @param string $tag    Shortcode name.
 * @return string
 */
function care_choice_content_shortcode_filter( $output, $tag ) {
	return in_array( $tag, array( 'care_choice_quiz', 'care_compare_table' ), true ) ? care_choice_add_content_children( $output ) : $output;
}

/**
 * Block output: the plugin's own blocks get the saved content.
 *
 * @param string $content Rendered block.
 * @param array  $block   The block.
 * @return string
 */
function care_choice_content_block_filter( $content, $block ) {
	$name = isset( $block['blockName'] ) ? $block['blockName'] : '';
	return in_array( $name, array( 'care-choice/quiz', 'care-choice/compare-table' ), true ) ? care_choice_add_content_children( $content ) : $content;
}

/**
 * Saves the content sent by the Content screen (admin-post.php?action=care_choice_save_content).
 */
function care_choice_save_content() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the care choice content.', 'care-choice' ), 403 );
	}
	check_admin_referer( 'care_choice_content' );
	$json = isset( $_POST['care_choice_content'] ) ? trim( wp_unslash( (string) $_POST['care_choice_content'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON, checked key by key below.
	list( $content, $errors ) = care_choice_read_content( '' === $json ? '{}' : $json );
	if ( $errors ) {
		set_transient( 'care_choice_content_errors_' . get_current_user_id(), $errors, 300 );
		wp_safe_redirect( admin_url( 'options-general.php?page=care-choice-content&care-choice=refused' ) );
		exit;
	}
	care_choice_store_content( care_choice_script_json( $content ) );
	wp_safe_redirect( admin_url( 'options-general.php?page=care-choice-content&care-choice=saved' ) );
	exit;
}

/**
 * Stores content and remembers it in the history (newest first, at most 10).
 *
 * @param string $json Checked content.
 */
function care_choice_store_content( $json ) {
	update_option( CARE_CHOICE_CONTENT_OPTION, $json );
	$history = get_option( CARE_CHOICE_CONTENT_HISTORY, array() );
	$history = is_array( $history ) ? $history : array();
	array_unshift(
		$history,
		array(
			'date'    => gmdate( 'Y-m-d H:i:s' ),
			'content' => $json,
		)
	);
	update_option( CARE_CHOICE_CONTENT_HISTORY, array_slice( $history, 0, CARE_CHOICE_CONTENT_VERSIONS ), false );
}

/**
 * Restores one saved version (admin-post.php?action=care_choice_restore_content).
 */
function care_choice_restore_content() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the care choice content.', 'care-choice' ), 403 );
	}
	check_admin_referer( 'care_choice_restore' );
	$history = get_option( CARE_CHOICE_CONTENT_HISTORY, array() );
	$index   = isset( $_POST['version'] ) ? absint( $_POST['version'] ) : -1;
	if ( ! is_array( $history ) || ! isset( $history[ $index ]['content'] ) ) {
		wp_safe_redirect( admin_url( 'options-general.php?page=care-choice-content' ) );
		exit;
	}
	// Checked again: an option edited behind WordPress's back is not trusted either.
	list( $content, $errors ) = care_choice_read_content( (string) $history[ $index ]['content'] );
	if ( ! $errors ) {
		care_choice_store_content( care_choice_script_json( $content ) );
	}
	wp_safe_redirect( admin_url( 'options-general.php?page=care-choice-content&care-choice=' . ( $errors ? 'refused' : 'restored' ) ) );
	exit;
}

/**
 * The Content screen.
 */
function care_choice_render_content_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	wp_enqueue_script( 'care-choice-content', plugins_url( 'admin/content.js', CARE_CHOICE_FILE ), array(), CARE_CHOICE_VERSION, array( 'in_footer' => true ) );
	$state   = isset( $_GET['care-choice'] ) ? sanitize_key( $_GET['care-choice'] ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice only.
	$errors  = get_transient( 'care_choice_content_errors_' . get_current_user_id() );
	$saved   = get_option( CARE_CHOICE_CONTENT_OPTION, '' );
	$history = get_option( CARE_CHOICE_CONTENT_HISTORY, array() );
	$editor  = plugins_url( 'assets/editor/index.html', CARE_CHOICE_FILE );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( 'saved' === $state || 'restored' === $state ) : ?>
			<div class="notice notice-success" role="status"><p><?php echo esc_html( 'saved' === $state ? __( 'Content saved. Every quiz and table on the site now uses it.', 'care-choice' ) : __( 'That version is back.', 'care-choice' ) ); ?></p></div>
		<?php elseif ( 'refused' === $state && is_array( $errors ) ) : ?>
			<?php delete_transient( 'care_choice_content_errors_' . get_current_user_id() ); ?>
			<div class="notice notice-error" role="alert"><p><?php esc_html_e( 'The content was not saved:', 'care-choice' ); ?></p><ul>
				<?php foreach ( $errors as $error ) : ?>
					<li><?php echo esc_html( $error ); ?></li>
				<?php endforeach; ?>
			</ul></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Change the questions, answers, weights, reasons, next steps and translations. The Balance section shows what your edits do to the results. Save to use the content in every quiz and table.', 'care-choice' ); ?></p>
		<form id="care-choice-content-form" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
			<input type="hidden" name="action" value="care_choice_save_content" />
			<?php wp_nonce_field( 'care_choice_content' ); ?>
			<iframe id="care-choice-editor-frame" title="<?php esc_attr_e( 'Content editor', 'care-choice' ); ?>" src="<?php echo esc_url( $editor ); ?>" style="width:100%;height:70vh;border:1px solid #8c8f94;background:#fff"></iframe>
			<p>
				<label for="care-choice-content-json"><?php esc_html_e( 'The content as JSON (filled from the editor when you save)', 'care-choice' ); ?></label><br />
				<textarea id="care-choice-content-json" name="care_choice_content" rows="4" class="large-text code"><?php echo esc_textarea( is_string( $saved ) ? $saved : '' ); ?></textarea>
			</p>
			<?php submit_button( __( 'Save content', 'care-choice' ) ); ?>
		</form>
		<h2><?php esc_html_e( 'Saved versions', 'care-choice' ); ?></h2>
		<?php if ( ! is_array( $history ) || ! $history ) : ?>
			<p><?php esc_html_e( 'None yet: the widgets show the built-in content.', 'care-choice' ); ?></p>
		<?php else : ?>
			<form action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
				<input type="hidden" name="action" value="care_choice_restore_content" />
				<?php wp_nonce_field( 'care_choice_restore' ); ?>
				<ol class="care-choice-versions">
					<?php foreach ( $history as $i => $version ) : ?>
						<li>
							<?php
							/* translators: %s: date and time (UTC) the version was saved. */
							echo esc_html( sprintf( __( 'Saved %s UTC', 'care-choice' ), isset( $version['date'] ) ? $version['date'] : '' ) );
							?>
							<?php if ( $i > 0 ) : ?>
								<button type="submit" class="button" name="version" value="<?php echo esc_attr( (string) $i ); ?>"><?php esc_html_e( 'Restore this version', 'care-choice' ); ?></button>
							<?php else : ?>
								<?php esc_html_e( '(in use)', 'care-choice' ); ?>
							<?php endif; ?>
						</li>
					<?php endforeach; ?>
				</ol>
			</form>
		<?php endif; ?>
	</div>
	<?php
}
