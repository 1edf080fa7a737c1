import { HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY } from '../../constants.js';
import type { HistoryBlockCheck, HistoryBlockContent, HistoryDocumentName } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, isKey, str } from './kind-editor-base.js';
import '@umbraco-cms/backoffice/document';
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';

function documents(content: HistoryBlockContent): Array<string> {
  const value = content['documents'];
  return Array.isArray(value) ? value.filter(isKey) : [];
}

/** Featured documents: `{"documents": ["<guid>", ...], "note": "curator note"}`. */
export class HistoryFeaturedDocumentsKindApi extends HistoryBlockKindApiBase {
  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    const note = str(content, 'note');
    return { documents: documents(content), ...(note ? { note } : {}) };
  }
  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    return documents(content).length === 0 ? [{ term: 'historyCms_checkDocumentsEmpty', path: 'documents' }] : [];
  }
  override pickedDocuments(content: HistoryBlockContent): Array<string> {
    return documents(content);
  }
  override summary(content: HistoryBlockContent, name?: HistoryDocumentName): string {
    const named = this.namedSummary(documents(content), name);
    if (named) return named;
    const count = documents(content).length;
    const note = str(content, 'note');
    if (count === 0) return note;
    const picked = this.localize.term('historyCms_summaryDocuments', count);
    return note ? this.localize.term('historyCms_summaryDetail', picked, note) : picked;
  }
}

/** Picks archival documents (Umbraco's document picker) and writes the curator's note. */
@customElement('history-cms-block-featured-documents')
export class HistoryFeaturedDocumentsKindElement extends HistoryBlockKindEditorBase {
  protected override renderFields() {
    const invalid = this.invalid('note');
    return html`${this.renderDocuments('documents', 'historyCms_fieldDocuments', documents(this.content), (keys) => this.change({ documents: keys }), {
        allowedTypeKey: HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY,
      })}
      ${this.field(
        'note',
        'historyCms_fieldCuratorNote',
        html`<uui-textarea id=${this.fieldId('note')} data-focus name="note" auto-height label=${this.localize.term('historyCms_fieldCuratorNote')}
          .value=${str(this.content, 'note')} ?readonly=${this.readonly} ?error=${invalid} .pristine=${!invalid}
          @input=${(e: Event) => this.change({ note: String((e.target as HTMLTextAreaElement).value ?? '') })}></uui-textarea>`,
        'historyCms_fieldCuratorNoteHelp',
      )}`;
  }
}

export { HistoryFeaturedDocumentsKindElement as element, HistoryFeaturedDocumentsKindApi as api };
