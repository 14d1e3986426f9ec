<?php
/**
 * Settings > Care choice: the agency's defaults for every block and shortcode, through the
 * Settings API (options.php checks manage_options and the nonce that settings_fields() prints).
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option, its sanitiser, the section and the fields.
 */
function care_choice_register_settings() {
	register_setting(
		'care_choice',
		CARE_CHOICE_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'care_choice_sanitize_settings',
			'default'           => care_choice_default_settings(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'care_choice_agency',
		__( 'Your agency', 'care-choice' ),
		'care_choice_section_intro',
		'care-choice'
	);

	$fields = array(
		'agency_name' => array(
			'label'       => __( 'Agency name', 'care-choice' ),
			'description' => __( 'Named in the line beside every call to action: "Provided by (your agency), which may offer paid care services." Left empty, the line says: "This link goes to a care provider, who may offer paid services."', 'care-choice' ),
			'placeholder' => '',
		),
		'cta_href'    => array(
			'label'       => __( 'Call-to-action link', 'care-choice' ),
			'description' => __( 'Where the button on the result points: https://..., tel:+1..., mailto:... or an address on this site starting with /. {result} in it becomes the likely fit (case-manager, care-manager, both or unsure), e.g. https://your-agency.example/contact?topic={result}; no answer leaves the page.', 'care-choice' ),
			'placeholder' => 'tel:+15555550123',
		),
		'cta_label'   => array(
			'label'       => __( 'Call-to-action text', 'care-choice' ),
			'description' => __( 'The words on that button. Left empty, the widget says "Talk to us".', 'care-choice' ),
			'placeholder' => '',
		),
		'accent'      => array(
			'label'       => __( 'Accent colour', 'care-choice' ),
			'description' => __( 'Your brand colour as a hex code, e.g. #0b4f6c. Used for buttons, the progress bar and the likely-fit column.', 'care-choice' ),
			'placeholder' => '#1f6f5c',
		),
		'radius'      => array(
			'label'       => __( 'Corner radius', 'care-choice' ),
			'description' => __( 'A CSS length such as 8px, 0.5rem or 0.', 'care-choice' ),
			'placeholder' => '0.5rem',
		),
		'lang'        => array(
			'label'       => __( 'Default language', 'care-choice' ),
			'description' => __( 'Each block and shortcode can choose its own.', 'care-choice' ),
		),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'care_choice_' . $key,
			$field['label'],
			'lang' === $key ? 'care_choice_field_language' : 'care_choice_field_text',
			'care-choice',
			'care_choice_agency',
			array(
				'key'         => $key,
				'label_for'   => 'care-choice-' . str_replace( '_', '-', $key ),
				'description' => $field['description'],
				'placeholder' => isset( $field['placeholder'] ) ? $field['placeholder'] : '',
			)
		);
	}
}

/**
 * Adds Settings > Care choice.
 */
function care_choice_add_settings_page() {
	add_options_page(
		__( 'Care choice', 'care-choice' ),
		__( 'Care choice', 'care-choice' ),
		'manage_options',
		'care-choice',
		'care_choice_render_settings_page'
	);
}

/**
 * The sentence under the section heading.
 */
function care_choice_section_intro() {
	echo '<p>' . esc_html__( 'These apply to every quiz and comparison table on the site, unless a block or shortcode sets its own.', 'care-choice' ) . '</p>';
}

/**
 * A text field.
 *
 * @param array $args Field arguments.
 */
function care_choice_field_text( $args ) {
	$settings = care_choice_get_settings();
	$key      = $args['key'];
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%2$s[%3$s]" value="%4$s" placeholder="%5$s" aria-describedby="%1$s-description" /><p class="description" id="%1$s-description">%6$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( CARE_CHOICE_OPTION ),
		esc_attr( $key ),
		esc_attr( $settings[ $key ] ),
		esc_attr( $args['placeholder'] ),
		esc_html( $args['description'] )
	);
}

/**
 * The language select.
 *
 * @param array $args Field arguments.
 */
function care_choice_field_language( $args ) {
	$settings = care_choice_get_settings();
	printf( '<select id="%1$s" name="%2$s[lang]" aria-describedby="%1$s-description">', esc_attr( $args['label_for'] ), esc_attr( CARE_CHOICE_OPTION ) );
	printf( '<option value="">%s</option>', esc_html__( 'The site language', 'care-choice' ) );
	foreach ( care_choice_languages() as $code => $name ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $code ), selected( $settings['lang'], $code, false ), esc_html( $name ) );
	}
	echo '</select>';
	printf( '<p class="description" id="%1$s-description">%2$s</p>', esc_attr( $args['label_for'] ), esc_html( $args['description'] ) );
}

/**
 * Sanitises the settings on save; a value that is not accepted is emptied and explained.
 *
 * @param mixed $input What the form sent.
 * @return array<string,string>
 */
function care_choice_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = care_choice_clean_settings( $input );
	if ( ! isset( $clean['lang'] ) || ( '' !== $clean['lang'] && ! array_key_exists( $clean['lang'], care_choice_languages() ) ) ) {
		$clean['lang'] = '';
	}
	$messages = array(
		'cta_href' => __( 'The call-to-action link must start with https://, http://, mailto:, tel: or /. It was not saved.', 'care-choice' ),
		'accent'   => __( 'The accent colour must be a hex code such as #0b4f6c. It was not saved.', 'care-choice' ),
		'radius'   => __( 'The corner radius must be a length such as 8px, 0.5rem or 0. It was not saved.', 'care-choice' ),
		'lang'     => __( 'Unknown language. It was not saved.', 'care-choice' ),
	);
	foreach ( $messages as $key => $message ) {
		$sent = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( '' !== $sent && '' === $clean[ $key ] ) {
			add_settings_error( CARE_CHOICE_OPTION, 'care-choice-' . $key, $message );
		}
	}
	return $clean;
}

/**
 * The page itself.
 */
function care_choice_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'care_choice' );
			do_settings_sections( 'care-choice' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Adding the widgets', 'care-choice' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the "Care choice quiz" or "Care comparison table" block. Anywhere shortcodes work, use:', 'care-choice' ); ?></p>
		<p><code>[care_choice_quiz]</code> <code>[care_compare_table rows="employer,where,better-fit"]</code></p>
	</div>
	<?php
}
