/** A column of the list besides the title and the actions. */
export type ListColumn = 'status' | 'submitted' | 'expires';

/**
 * The My Job Listings block's attributes, as its block.json declares them.
 */
export type MyListingsAttributes = {
	perPage: number;
	columns: ListColumn[];
	formPageId: number;
};
