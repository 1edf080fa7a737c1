import { HISTORY_DOCUMENT_TYPE_PROGRAM_KEY } from '../../constants.js';
import { HistoryEntryListKindApiBase, HistoryEntryListKindEditorBase, type HistoryEntryListShape } from './entry-list-editor-base.js';
import '@umbraco-cms/backoffice/document';
import { customElement } from '@umbraco-cms/backoffice/external/lit';

const SHAPE: HistoryEntryListShape = {
  pick: 'program',
  text: 'blurb',
  pickLabel: 'historyCms_fieldProgram',
  textLabel: 'historyCms_fieldBlurb',
  missingTerm: 'historyCms_checkProgramMissing',
  addTerm: 'historyCms_addProgram',
  entryTerm: 'historyCms_entryProgram',
  textHelp: 'historyCms_fieldBlurbHelp',
  allowedTypeKey: HISTORY_DOCUMENT_TYPE_PROGRAM_KEY,
};

/** Project promos: `{"items": [{"program": "<guid>", "blurb": "optional override"}]}`. */
export class HistoryProjectPromosKindApi extends HistoryEntryListKindApiBase {
  protected readonly shape = SHAPE;
}

/** "Read more" cards: a picked program and an optional blurb each. */
@customElement('history-cms-block-project-promos')
export class HistoryProjectPromosKindElement extends HistoryEntryListKindEditorBase {
  protected readonly shape = SHAPE;
}

export { HistoryProjectPromosKindElement as element, HistoryProjectPromosKindApi as api };
