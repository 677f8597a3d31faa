/**
 * The block's attributes, as block.json declares them.
 */
export type JobFormAttributes = Record< string, never >;
