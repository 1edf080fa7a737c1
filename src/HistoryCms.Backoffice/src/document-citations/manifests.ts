import {
  HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT,
  HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS,
  HISTORY_EDITOR_UI_DOCUMENT_CITATIONS,
  HISTORY_VALIDATION_PATH_TRANSLATOR_DOCUMENT_CITATIONS,
} from '../constants.js';

export const manifests: Array<UmbExtensionManifest> = [
  {
    type: 'propertyEditorSchema',
    alias: HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS,
    name: 'HistoryCms Document Citations (schema)',
    meta: {
      defaultPropertyEditorUiAlias: HISTORY_EDITOR_UI_DOCUMENT_CITATIONS,
      settings: {
        properties: [
          {
            alias: 'allowedDocumentTypes',
            label: 'Allowed document types',
            description: 'Aliases of the document types a citation may point to; empty allows any document.',
            propertyEditorUiAlias: 'Umb.PropertyEditorUi.MultipleTextString',
          },
          { alias: 'minItems', label: 'Minimum citations', propertyEditorUiAlias: 'Umb.PropertyEditorUi.Integer' },
          { alias: 'maxItems', label: 'Maximum citations', description: '0 means no limit.', propertyEditorUiAlias: 'Umb.PropertyEditorUi.Integer' },
          { alias: 'requireLocator', label: 'Require a locator', propertyEditorUiAlias: 'Umb.PropertyEditorUi.Toggle' },
        ],
        defaultData: [
          { alias: 'allowedDocumentTypes', value: [HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT] },
          { alias: 'minItems', value: 0 },
          { alias: 'maxItems', value: 0 },
          { alias: 'requireLocator', value: false },
        ],
      },
    },
  },
  {
    type: 'propertyEditorUi',
    alias: HISTORY_EDITOR_UI_DOCUMENT_CITATIONS,
    name: 'HistoryCms Document Citations',
    element: () => import('./document-citations.element.js'),
    meta: {
      label: 'Document citations',
      icon: 'icon-script',
      group: 'pickers',
      propertyEditorSchemaAlias: HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS,
      supportsReadOnly: true,
    },
  },
  {
    type: 'propertyValidationPathTranslator',
    alias: HISTORY_VALIDATION_PATH_TRANSLATOR_DOCUMENT_CITATIONS,
    name: 'HistoryCms Document Citations validation path translator',
    forEditorAlias: HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS,
    api: () => import('./citations-validation-path-translator.api.js'),
  },
];
