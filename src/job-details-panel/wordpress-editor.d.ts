// The editor's own packages are not among the project's dependencies: wp-scripts bundles
// them as the wp.editor and wp.plugins globals WordPress provides. These are the parts the
// panel uses, typed as WordPress 6.8 ships them.
declare module '@wordpress/editor' {
	import type { ReactNode } from 'react';

	/**
	 * A panel of the document sidebar, for the post being edited.
	 *
	 * @param props           The panel's properties.
	 * @param props.name      Its name, unique among the plugin's panels.
	 * @param props.title     Its heading.
	 * @param props.className A class of its wrapper.
	 * @param props.children  Its content.
	 */
	export function PluginDocumentSettingPanel( props: {
		name: string;
		title: string;
		className?: string;
		children?: ReactNode;
	} ): JSX.Element;

	/** The editor's store. */
	export const store: string;
}

declare module '@wordpress/plugins' {
	/**
	 * Registers a plugin that renders into the editor's slots.
	 *
	 * @param name            The plugin's name.
	 * @param settings        Its settings.
	 * @param settings.render What it renders.
	 * @param settings.icon   Its icon.
	 */
	export function registerPlugin(
		name: string,
		settings: { render: () => JSX.Element | null; icon?: string }
	): void;
}
