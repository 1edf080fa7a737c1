import { HISTORY_DOCUMENT_TYPE_AUTHOR_KEY } from '../../constants.js';
import { HistoryEntryListKindApiBase, HistoryEntryListKindEditorBase, type HistoryEntryListShape } from './entry-list-editor-base.js';
import '@umbraco-cms/backoffice/document';
import { customElement } from '@umbraco-cms/backoffice/external/lit';

const SHAPE: HistoryEntryListShape = {
  pick: 'author',
  text: 'role',
  pickLabel: 'historyCms_fieldAuthor',
  textLabel: 'historyCms_fieldRole',
  missingTerm: 'historyCms_checkAuthorMissing',
  addTerm: 'historyCms_addPerson',
  entryTerm: 'historyCms_entryPerson',
  textHelp: 'historyCms_fieldRoleHelp',
  allowedTypeKey: HISTORY_DOCUMENT_TYPE_AUTHOR_KEY,
};

/** People: `{"items": [{"author": "<guid>", "role": "optional label"}]}`. */
export class HistoryPeopleKindApi extends HistoryEntryListKindApiBase {
  protected readonly shape = SHAPE;
}

/** People of the program: a picked author and an optional role each. */
@customElement('history-cms-block-people')
export class HistoryPeopleKindElement extends HistoryEntryListKindEditorBase {
  protected readonly shape = SHAPE;
}

export { HistoryPeopleKindElement as element, HistoryPeopleKindApi as api };
