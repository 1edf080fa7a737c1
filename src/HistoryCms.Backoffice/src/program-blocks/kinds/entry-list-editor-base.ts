import type { HistoryBlockCheck, HistoryBlockContent } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, entries, isKey, pickText } from './kind-editor-base.js';
import { html, nothing } from '@umbraco-cms/backoffice/external/lit';

/** The shape of a kind whose content is `{"items": [{"<pick>": "<guid>", "<text>": "optional"}]}`. */
export interface HistoryEntryListShape {
  pick: string;
  text: string;
  pickLabel: string;
  textLabel: string;
  missingTerm: string;
  allowedTypeKey: string;
}

/** Normalising and checking of an entry list: a picked document per entry plus an optional text. */
export abstract class HistoryEntryListKindApiBase extends HistoryBlockKindApiBase {
  protected abstract readonly shape: HistoryEntryListShape;

  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    const { pick, text } = this.shape;
    return {
      items: entries(content, 'items').map((entry) => ({ ...(isKey(entry[pick]) ? { [pick]: entry[pick] } : {}), ...pickText(entry, [text]) })),
    };
  }

  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    const items = entries(content, 'items');
    if (items.length === 0) return [{ term: 'historyCms_checkItemsEmpty' }];
    return items.flatMap((entry, i) => (isKey(entry[this.shape.pick]) ? [] : [{ term: this.shape.missingTerm, args: [i + 1] }]));
  }

  override summary(content: HistoryBlockContent): string {
    const items = entries(content, 'items');
    const texts = items.map((entry) => entry[this.shape.text]).filter((t): t is string => typeof t === 'string' && t.length > 0);
    if (items.length === 0) return '';
    const counted = items.length === 1 ? '1 entry' : `${items.length} entries`;
    return texts.length > 0 ? `${counted}: ${texts.join(', ')}` : counted;
  }
}

/** Edits an entry list: one document picker and one text field per entry; add and remove entries. */
export abstract class HistoryEntryListKindEditorBase extends HistoryBlockKindEditorBase {
  protected abstract readonly shape: HistoryEntryListShape;

  #items(): Array<Record<string, unknown>> {
    return entries(this.content, 'items');
  }

  #set(index: number, change: Record<string, unknown>) {
    this.change({ items: this.#items().map((entry, i) => (i === index ? { ...entry, ...change } : entry)) });
  }

  override render() {
    const { pick, text } = this.shape;
    const items = this.#items();
    return html`<ol aria-label=${this.localize.term(this.shape.pickLabel)}>
        ${items.map(
          (entry, i) => html`<li data-entry=${i}>
            ${this.renderDocuments(
              `${pick}-${i}`,
              this.shape.pickLabel,
              isKey(entry[pick]) ? [entry[pick] as string] : [],
              (keys) => this.#set(i, { [pick]: keys[0] ?? '' }),
              { max: 1, allowedTypeKey: this.shape.allowedTypeKey },
            )}
            ${this.readonly
              ? html`<span></span>`
              : html`<uui-button compact color="danger" label=${this.localize.term('historyCms_removeItem', i + 1)}
                  @click=${() => this.change({ items: items.filter((_, j) => j !== i) })}><uui-icon name="icon-trash"></uui-icon></uui-button>`}
            ${this.renderText(`${text}-${i}`, this.shape.textLabel, typeof entry[text] === 'string' ? (entry[text] as string) : '', (t) =>
              this.#set(i, { [text]: t }),
            )}
          </li>`,
        )}
      </ol>
      ${this.readonly
        ? nothing
        : html`<uui-button class="full" look="placeholder" label=${this.localize.term('historyCms_addItem')}
            @click=${() => this.change({ items: [...items, {}] })}>${this.localize.term('historyCms_addItem')}</uui-button>`}`;
  }
}
