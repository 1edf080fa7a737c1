import {
  HISTORY_BUILT_IN_BLOCK_KINDS,
  HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS,
  HISTORY_EDITOR_UI_PROGRAM_BLOCKS,
  HISTORY_VALIDATION_PATH_TRANSLATOR_PROGRAM_BLOCKS,
} from '../constants.js';
import { manifests as kinds } from './kinds/manifests.js';

export const manifests: Array<UmbExtensionManifest> = [
  {
    type: 'propertyEditorSchema',
    alias: HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS,
    name: 'HistoryCms Program Blocks (schema)',
    meta: {
      defaultPropertyEditorUiAlias: HISTORY_EDITOR_UI_PROGRAM_BLOCKS,
      settings: {
        properties: [
          {
            alias: 'allowedKinds',
            label: 'Allowed block kinds',
            description: `Empty allows every kind. Built-in kinds: ${HISTORY_BUILT_IN_BLOCK_KINDS.join(', ')}.`,
            propertyEditorUiAlias: 'Umb.PropertyEditorUi.MultipleTextString',
          },
          { alias: 'minItems', label: 'Minimum blocks', propertyEditorUiAlias: 'Umb.PropertyEditorUi.Integer' },
          { alias: 'maxItems', label: 'Maximum blocks', description: '0 means no limit.', propertyEditorUiAlias: 'Umb.PropertyEditorUi.Integer' },
        ],
        defaultData: [
          { alias: 'allowedKinds', value: [] },
          { alias: 'minItems', value: 0 },
          { alias: 'maxItems', value: 0 },
        ],
      },
    },
  },
  {
    type: 'propertyEditorUi',
    alias: HISTORY_EDITOR_UI_PROGRAM_BLOCKS,
    name: 'HistoryCms Program Blocks',
    element: () => import('./program-blocks.element.js'),
    meta: {
      label: 'Program blocks',
      icon: 'icon-layout',
      group: 'blocks',
      propertyEditorSchemaAlias: HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS,
      supportsReadOnly: true,
    },
  },
  {
    type: 'propertyValidationPathTranslator',
    alias: HISTORY_VALIDATION_PATH_TRANSLATOR_PROGRAM_BLOCKS,
    name: 'HistoryCms Program Blocks validation path translator',
    forEditorAlias: HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS,
    api: () => import('./blocks-validation-path-translator.api.js'),
  },
  ...kinds,
];
