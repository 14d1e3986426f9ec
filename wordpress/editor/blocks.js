/**
 * Block editor controls for the two Care choice blocks. Plain JavaScript on the wp.* globals (no
 * build step); the attributes, title and icon come from each block.json, registered on the server.
 * The preview is the server rendering (the same HTML as the page, fallback content included).
 */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var ServerSideRender = wp.serverSideRender;

	var inherit = __( 'Empty: use Settings > Care choice.', 'care-choice' );

	/** One control per block attribute (the keys are the attribute names in block.json). */
	var controls = {
		agencyName: { type: 'text', label: __( 'Agency name', 'care-choice' ), help: inherit },
		ctaHref: { type: 'text', label: __( 'Call-to-action link', 'care-choice' ), help: __( 'https://..., tel:..., mailto:... or /a-page-on-this-site. {result} in it becomes the likely fit (case-manager, care-manager, both or unsure). Empty: use Settings > Care choice.', 'care-choice' ) },
		ctaLabel: { type: 'text', label: __( 'Call-to-action text', 'care-choice' ), help: inherit },
		rows: { type: 'text', label: __( 'Rows', 'care-choice' ), help: __( 'Row ids, comma-separated, in your order (e.g. employer,where,better-fit). Empty: all rows.', 'care-choice' ) },
		highlight: {
			type: 'select',
			label: __( 'Mark a column', 'care-choice' ),
			options: [
				{ value: '', label: __( 'No mark', 'care-choice' ) },
				{ value: 'case-manager', label: __( 'Case manager', 'care-choice' ) },
				{ value: 'care-manager', label: __( 'Care manager', 'care-choice' ) },
				{ value: 'both', label: __( 'Both', 'care-choice' ) },
				{ value: 'none', label: __( 'None', 'care-choice' ) },
			],
		},
		highlightLabel: { type: 'text', label: __( 'Label of the marked column', 'care-choice' ), help: __( 'Default: Highlighted.', 'care-choice' ) },
		sourceHref: { type: 'text', label: __( 'Source link', 'care-choice' ), help: __( "Where the article's title in the sources links to, e.g. your own copy of the article.", 'care-choice' ) },
		reportHref: { type: 'text', label: __( '"Report a problem" link', 'care-choice' ), help: __( 'A page or mailto: link for families to report a problem with the information. Empty: no link.', 'care-choice' ) },
		lang: {
			type: 'select',
			label: __( 'Language', 'care-choice' ),
			options: [
				{ value: '', label: __( 'Default (Settings > Care choice, else the site language)', 'care-choice' ) },
				{ value: 'en', label: __( 'English', 'care-choice' ) },
				{ value: 'es', label: __( 'Spanish', 'care-choice' ) },
			],
		},
		theme: {
			type: 'select',
			label: __( 'Colour scheme', 'care-choice' ),
			options: [
				{ value: '', label: __( 'Light (default)', 'care-choice' ) },
				{ value: 'light', label: __( 'Light', 'care-choice' ) },
				{ value: 'dark', label: __( 'Dark', 'care-choice' ) },
				{ value: 'auto', label: __( "Follow the visitor's system", 'care-choice' ) },
			],
		},
		intro: { type: 'toggle', label: __( 'Start with an intro screen', 'care-choice' ) },
		autoAdvance: { type: 'toggle', label: __( 'Go to the next question as soon as an answer is chosen (single-choice questions)', 'care-choice' ) },
		persist: { type: 'toggle', label: __( 'Resume answers after a reload (this tab only)', 'care-choice' ) },
		mode: {
			type: 'select',
			label: __( 'Show as', 'care-choice' ),
			options: [
				{ value: '', label: __( 'The quiz in the page', 'care-choice' ) },
				{ value: 'popup', label: __( 'A button that opens the quiz in a popup', 'care-choice' ) },
			],
		},
		buttonText: { type: 'text', label: __( 'Popup button text', 'care-choice' ), help: __( 'Empty: "Case manager or care manager? Take the 2-minute quiz".', 'care-choice' ) },
		open: {
			type: 'select',
			label: __( 'Also open the popup by itself', 'care-choice' ),
			options: [
				{ value: '', label: __( 'No, only from its button', 'care-choice' ) },
				{ value: 'load', label: __( 'When the page has loaded', 'care-choice' ) },
				{ value: 'time', label: __( 'After some seconds', 'care-choice' ) },
				{ value: 'scroll', label: __( 'When the reader has scrolled part of the page', 'care-choice' ) },
				{ value: 'exit', label: __( 'When the pointer leaves the window', 'care-choice' ) },
			],
		},
		openValue: { type: 'text', label: __( 'Seconds, or percent of the page', 'care-choice' ), help: __( 'For "after some seconds" (default 10) or "scrolled" (default 50).', 'care-choice' ) },
		showOnce: { type: 'toggle', label: __( 'Open by itself only once per visit', 'care-choice' ) },
		analytics: {
			type: 'select',
			label: __( 'Analytics', 'care-choice' ),
			options: [
				{ value: '', label: __( 'Off', 'care-choice' ) },
				{ value: 'datalayer', label: __( 'Push steps and results (never answers) to the Google Tag Manager dataLayer', 'care-choice' ) },
			],
		},
		accent: { type: 'text', label: __( 'Accent colour', 'care-choice' ), help: __( 'A hex code such as #0b4f6c. Empty: use Settings > Care choice.', 'care-choice' ) },
		radius: { type: 'text', label: __( 'Corner radius', 'care-choice' ), help: __( 'E.g. 8px, 0.5rem or 0. Empty: use Settings > Care choice.', 'care-choice' ) },
	};

	function control( name, props ) {
		var spec = controls[ name ];
		var value = props.attributes[ name ];
		var set = function ( next ) {
			var change = {};
			change[ name ] = next;
			props.setAttributes( change );
		};
		if ( spec.type === 'toggle' ) {
			return el( ToggleControl, { key: name, label: spec.label, checked: !! value, onChange: set, __nextHasNoMarginBottom: true } );
		}
		if ( spec.type === 'select' ) {
			return el( SelectControl, { key: name, label: spec.label, value: value, options: spec.options, onChange: set, __nextHasNoMarginBottom: true } );
		}
		return el( TextControl, { key: name, label: spec.label, help: spec.help, value: value, onChange: set, __nextHasNoMarginBottom: true } );
	}

	function edit( blockName, names ) {
		return function Edit( props ) {
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el( PanelBody, { title: __( 'Settings', 'care-choice' ) }, names.map( function ( name ) { return control( name, props ); } ) )
				),
				el( ServerSideRender, { block: blockName, attributes: props.attributes } )
			);
		};
	}

	var blocks = {
		'care-choice/quiz': [ 'agencyName', 'ctaHref', 'ctaLabel', 'reportHref', 'lang', 'theme', 'intro', 'autoAdvance', 'persist', 'mode', 'buttonText', 'open', 'openValue', 'showOnce', 'analytics', 'accent', 'radius' ],
		'care-choice/compare-table': [ 'rows', 'highlight', 'highlightLabel', 'sourceHref', 'lang', 'theme', 'accent', 'radius' ],
	};
	Object.keys( blocks ).forEach( function ( name ) {
		wp.blocks.registerBlockType( name, {
			edit: edit( name, blocks[ name ] ),
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp );
