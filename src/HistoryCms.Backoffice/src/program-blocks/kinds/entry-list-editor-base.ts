import type { HistoryBlockCheck, HistoryBlockContent, HistoryDocumentName } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, entries, isKey, pickText } from './kind-editor-base.js';
import { css, html, nothing } from '@umbraco-cms/backoffice/external/lit';

/** The shape of a kind whose content is `{"items": [{"<pick>": "<guid>", "<text>": "optional"}]}`. */
export interface HistoryEntryListShape {
  pick: string;
  text: string;
  pickLabel: string;
  textLabel: string;
  missingTerm: string;
  allowedTypeKey: string;
  /** The add button's text, saying what it adds ("Add person"). */
  addTerm: string;
  /** The name of one entry with its number ("Person 2"), the legend of its group. */
  entryTerm: string;
  textHelp?: string;
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
    if (items.length === 0) return [{ term: 'historyCms_checkItemsEmpty', path: 'items' }];
    return items.flatMap((entry, i) =>
      isKey(entry[this.shape.pick]) ? [] : [{ term: this.shape.missingTerm, args: [i + 1], path: `items[${i}].${this.shape.pick}` }],
    );
  }

  override pickedDocuments(content: HistoryBlockContent): Array<string> {
    return entries(content, 'items')
      .map((entry) => entry[this.shape.pick])
      .filter(isKey);
  }

  /** The picked documents by name once known (an entry without a pick counts in "and N more"), else count and texts. */
  override summary(content: HistoryBlockContent, name?: HistoryDocumentName): string {
    const items = entries(content, 'items');
    const picked = this.pickedDocuments(content);
    const named = this.namedSummary(picked, name, items.length);
    if (named) return named;
    const texts = items.map((entry) => entry[this.shape.text]).filter((t): t is string => typeof t === 'string' && t.length > 0);
    if (items.length === 0) return '';
    const counted = this.localize.term('historyCms_summaryEntries', items.length);
    return texts.length > 0 ? this.localize.term('historyCms_summaryDetail', counted, this.localize.term('historyCms_summaryList', texts)) : counted;
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

  protected override renderFields() {
    const { pick, text } = this.shape;
    const items = this.#items();
    const listMessages = this.claim('items');
    return html`<ol class="entries" aria-label=${this.localize.term(this.shape.pickLabel)}>
        ${items.map((entry, i) => {
          const legend = this.localize.term(this.shape.entryTerm, i + 1);
          return html`<li data-entry=${i}>
            <fieldset>
              <legend>${legend}</legend>
              ${this.renderDocuments(
                `items[${i}].${pick}`,
                this.shape.pickLabel,
                isKey(entry[pick]) ? [entry[pick] as string] : [],
                (keys) => this.#set(i, { [pick]: keys[0] ?? '' }),
                { max: 1, allowedTypeKey: this.shape.allowedTypeKey },
              )}
              ${this.renderText(`items[${i}].${text}`, this.shape.textLabel, {
                name: `${text}-${i}`,
                value: typeof entry[text] === 'string' ? (entry[text] as string) : '',
                descriptionTerm: this.shape.textHelp,
                onInput: (t) => this.#set(i, { [text]: t }),
              })}
              ${this.readonly
                ? nothing
                : html`<uui-button class="remove" look="secondary" color="danger" compact label=${this.localize.term('historyCms_removeEntry', legend)}
                    @click=${() => this.change({ items: items.filter((_, j) => j !== i) })}><uui-icon name="icon-trash"></uui-icon> ${this.localize.term('historyCms_removeEntry', legend)}</uui-button>`}
            </fieldset>
          </li>`;
        })}
      </ol>
      ${listMessages.length
        ? html`<div class="field-messages" id="items-messages" role="alert">${listMessages.map((m) => html`<p>${m}</p>`)}</div>`
        : nothing}
      ${this.readonly
        ? nothing
        : html`<uui-button id="add-entry" class="add" look="placeholder" data-focus label=${this.localize.term(this.shape.addTerm)}
            @click=${() => this.change({ items: [...items, {}] })}><uui-icon name="icon-add"></uui-icon> ${this.localize.term(this.shape.addTerm)}</uui-button>`}`;
  }

  static override styles = [
    ...HistoryBlockKindEditorBase.styles,
    css`
      .entries { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-3, 9px); }
      /* An entry's box is inset by its border and padding; its label column is that much narrower, so the entry's
         fields start where the settings' fields start (one grid across the block). */
      fieldset { --history-entry-inset: calc(var(--uui-size-space-4, 12px) + 1px);
        margin: 0; padding: var(--uui-size-space-3, 9px) var(--uui-size-space-4, 12px) 0;
        border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px); background: var(--uui-color-surface-alt, #f3f3f5); }
      fieldset .row { grid-template-columns: calc(var(--history-block-label-width, 11rem) - var(--history-entry-inset)) minmax(0, 1fr); }
      legend { font-weight: 700; padding: 0 var(--uui-size-space-2, 6px); }
      .remove { margin: 0 0 var(--uui-size-space-3, 9px)
        calc(var(--history-block-label-width, 11rem) - var(--history-entry-inset) + var(--uui-size-space-4, 12px)); }
      .add { width: 100%; margin-top: var(--uui-size-space-3, 9px); }
      #items-messages { margin-top: var(--uui-size-space-2, 6px); }
      @media (max-width: 800px) {
        fieldset .row { grid-template-columns: minmax(0, 1fr); }
        .remove { margin-left: 0; }
      }
    `,
  ];
}
