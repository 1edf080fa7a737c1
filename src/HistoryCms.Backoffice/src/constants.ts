// Every alias of the package, written once on the client. The server's copy is HistoryCms.Core
// (HistoryAliases, HistoryContentModel); tests/HistoryCms.Umbraco.Tests/Backoffice/ClientAliasesTests.cs
// fails when the two differ. Keep one `export const NAME = 'value';` per line: that test reads this file.

/** The package id, also the App_Plugins folder name. */
export const HISTORY_PACKAGE = 'HistoryCms';

/** The one bundle that umbraco-package.json declares. */
export const HISTORY_BUNDLE_ALIAS = 'HistoryCms.Bundle';

/** Server-side property editor (schema) aliases. */
export const HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS = 'HistoryCms.DocumentCitations';
export const HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS = 'HistoryCms.ProgramBlocks';

/** Property editor UI aliases. */
export const HISTORY_EDITOR_UI_DOCUMENT_CITATIONS = 'HistoryCms.PropertyEditorUi.DocumentCitations';
export const HISTORY_EDITOR_UI_PROGRAM_BLOCKS = 'HistoryCms.PropertyEditorUi.ProgramBlocks';

/** Validation path translators (server index paths into an item's key), one per list editor. */
export const HISTORY_VALIDATION_PATH_TRANSLATOR_DOCUMENT_CITATIONS = 'HistoryCms.PropertyValidationPathTranslator.DocumentCitations';
export const HISTORY_VALIDATION_PATH_TRANSLATOR_PROGRAM_BLOCKS = 'HistoryCms.PropertyValidationPathTranslator.ProgramBlocks';

/** Rich text (Tiptap) extension and toolbar button aliases. */
export const HISTORY_TIPTAP_CITATION_MARKER = 'HistoryCms.Tiptap.CitationMarker';
export const HISTORY_TIPTAP_TOOLBAR_CITE = 'HistoryCms.Tiptap.Toolbar.Cite';

/** Localization manifest alias. */
export const HISTORY_LOCALIZATION_EN = 'HistoryCms.Localization.En';

/** The custom extension type a Program Blocks kind registers with. */
export const HISTORY_PROGRAM_BLOCK_KIND_TYPE = 'historyProgramBlockKind';

/** Manifest aliases of the built-in kinds start with this, then the kind in PascalCase. */
export const HISTORY_BLOCK_KIND_MANIFEST_PREFIX = 'HistoryCms.ProgramBlockKind.';

/** Built-in Program Blocks kinds (the `kind` stored in each block). */
export const HISTORY_BLOCK_KIND_RICH_TEXT = 'richText';
export const HISTORY_BLOCK_KIND_FEATURED_DOCUMENTS = 'featuredDocuments';
export const HISTORY_BLOCK_KIND_LATEST_POSTS = 'latestPosts';
export const HISTORY_BLOCK_KIND_PROJECT_PROMOS = 'projectPromos';
export const HISTORY_BLOCK_KIND_PEOPLE = 'people';
export const HISTORY_BLOCK_KIND_CALL_TO_ACTION = 'callToAction';
export const HISTORY_BLOCK_KIND_DOCUMENT_SEARCH = 'documentSearch';

/** The built-in kinds in catalogue order. */
export const HISTORY_BUILT_IN_BLOCK_KINDS = [
  HISTORY_BLOCK_KIND_RICH_TEXT,
  HISTORY_BLOCK_KIND_FEATURED_DOCUMENTS,
  HISTORY_BLOCK_KIND_LATEST_POSTS,
  HISTORY_BLOCK_KIND_PROJECT_PROMOS,
  HISTORY_BLOCK_KIND_PEOPLE,
  HISTORY_BLOCK_KIND_CALL_TO_ACTION,
  HISTORY_BLOCK_KIND_DOCUMENT_SEARCH,
] as const;

/** The citation preview endpoint of HistoryCms.Web (POST; backoffice authorization in a site). */
export const HISTORY_CITATION_PREVIEW_PATH = '/history/api/v1/citations/preview';

/** Property aliases the editors read from sibling properties of the same document. */
export const HISTORY_PROPERTY_CITATIONS = 'citations';
export const HISTORY_PROPERTY_BODY = 'body';

/** Document type aliases and their stable keys (the document picker filters by key). */
export const HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT = 'historyArchivalDocument';
export const HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY = 'ae0613b4-af1d-5af8-a406-3cdacafce219';
export const HISTORY_DOCUMENT_TYPE_PROGRAM = 'historyProgram';
export const HISTORY_DOCUMENT_TYPE_PROGRAM_KEY = '3df4cef1-6998-5159-a07e-3aa4c3a2047c';
export const HISTORY_DOCUMENT_TYPE_AUTHOR = 'historyAuthor';
export const HISTORY_DOCUMENT_TYPE_AUTHOR_KEY = 'd9da283b-9120-5bf4-aed1-ee743bc26b61';

/** Document type keys by alias, for configuration that names document types by alias. */
export const HISTORY_DOCUMENT_TYPE_KEYS: Readonly<Record<string, string>> = {
  [HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT]: HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY,
  [HISTORY_DOCUMENT_TYPE_PROGRAM]: HISTORY_DOCUMENT_TYPE_PROGRAM_KEY,
  [HISTORY_DOCUMENT_TYPE_AUTHOR]: HISTORY_DOCUMENT_TYPE_AUTHOR_KEY,
};

/** Locator labels a citation may use. */
export const HISTORY_LOCATOR_LABELS = ['page', 'folio', 'leaf', 'sheet', 'line', 'paragraph', 'item', 'section'] as const;
