import { HISTORY_TIPTAP_CITATION_MARKER, HISTORY_TIPTAP_TOOLBAR_CITE } from '../constants.js';

export const manifests: Array<UmbExtensionManifest> = [
  {
    type: 'tiptapExtension',
    alias: HISTORY_TIPTAP_CITATION_MARKER,
    name: 'HistoryCms citation marker',
    api: () => import('./citation-marker.tiptap-api.js'),
    meta: {
      icon: 'icon-quote',
      label: 'Citation markers',
      group: '#tiptap_extGroup_interactive',
      description: 'Numbered notes that point to the post\u2019s citations: <sup data-citation="KEY"></sup>.',
    },
  },
  {
    type: 'tiptapToolbarExtension',
    alias: HISTORY_TIPTAP_TOOLBAR_CITE,
    name: 'HistoryCms Cite toolbar button',
    forExtensions: [HISTORY_TIPTAP_CITATION_MARKER],
    element: () => import('./cite-toolbar.element.js'),
    api: () => import('./cite.tiptap-toolbar-api.js'),
    meta: { alias: 'historyCite', icon: 'icon-quote', label: '#historyCms_cite' },
  },
];
