<?php
/**
 * Server rendering of the care-choice/quiz block ($attributes comes from WordPress).
 *
 * @package CareChoice
 */

defined( 'ABSPATH' ) || exit;

// Every value is cleaned and escaped inside care_choice_render().
echo care_choice_render( 'quiz', care_choice_block_attributes( $attributes ), true ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
