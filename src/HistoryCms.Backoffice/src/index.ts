import { manifests as documentCitations } from './document-citations/manifests.js';
import { manifests as lang } from './lang/manifests.js';
import { manifests as programBlocks } from './program-blocks/manifests.js';
import { manifests as tiptap } from './tiptap/manifests.js';

// The one bundle of the package (App_Plugins/HistoryCms/umbraco-package.json declares it): the
// backoffice registers every manifest exported here; elements and APIs load lazily.
export const manifests: Array<UmbExtensionManifest> = [...lang, ...documentCitations, ...tiptap, ...programBlocks];

export type * from './program-blocks/types.js';
export { HistoryBlockContentEvent } from './program-blocks/types.js';
