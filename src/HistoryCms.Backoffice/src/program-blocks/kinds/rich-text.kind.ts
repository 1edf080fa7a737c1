import { plainText } from '../block-value.js';
import type { HistoryBlockCheck, HistoryBlockContent } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, str } from './kind-editor-base.js';
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';
import '@umbraco-cms/backoffice/tiptap';

const RICH_TEXT_CONFIGURATION = new UmbPropertyEditorConfigCollection([
  {
    alias: 'extensions',
    value: ['Umb.Tiptap.RichTextEssentials', 'Umb.Tiptap.Bold', 'Umb.Tiptap.Italic', 'Umb.Tiptap.Link', 'Umb.Tiptap.BulletList', 'Umb.Tiptap.OrderedList'],
  },
  {
    alias: 'toolbar',
    value: [[['Umb.Tiptap.Toolbar.Bold', 'Umb.Tiptap.Toolbar.Italic', 'Umb.Tiptap.Toolbar.BulletList', 'Umb.Tiptap.Toolbar.OrderedList', 'Umb.Tiptap.Toolbar.Link']]],
  },
]);

/** Rich text: `{"markup": "<p>..</p>"}` (the server sanitizes it). */
export class HistoryRichTextKindApi extends HistoryBlockKindApiBase {
  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    return { markup: str(content, 'markup') };
  }
  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    return plainText(str(content, 'markup')).length === 0 ? [{ term: 'historyCms_checkMarkupEmpty', path: 'markup' }] : [];
  }
  override summary(content: HistoryBlockContent): string {
    return plainText(str(content, 'markup'));
  }
}

/** Edits the markup with Umbraco's own rich-text editor. */
@customElement('history-cms-block-rich-text')
export class HistoryRichTextKindElement extends HistoryBlockKindEditorBase {
  protected override renderFields() {
    return this.field(
      'markup',
      'historyCms_fieldMarkup',
      html`<umb-input-tiptap id=${this.fieldId('markup')} data-focus data-field="markup" label=${this.localize.term('historyCms_fieldMarkup')}
        .configuration=${RICH_TEXT_CONFIGURATION} .value=${str(this.content, 'markup')} ?readonly=${this.readonly}
        @change=${(e: Event) => this.change({ markup: (e.target as HTMLElement & { value: string }).value })}></umb-input-tiptap>`,
    );
  }
}

export { HistoryRichTextKindElement as element, HistoryRichTextKindApi as api };
