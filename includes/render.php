<?php
/**
 * Server render of the job submission form.
 *
 * @package JobSubmitBlock
 *
 * @var array    $attributes The block's attributes.
 * @var string   $content    The block's inner content (unused: the block has none).
 * @var WP_Block $block      The block instance.
 */

defined( 'ABSPATH' ) || exit;
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>>
</div>
