import { HISTORY_LOCATOR_LABELS } from '../constants.js';
import type { HistoryPreviewItem } from '../shared/citation-preview.js';
import type { HistoryDocumentItem } from '../shared/document-items.js';
import { historyListItemHeaderStyles, renderItemActions, renderItemHandle } from '../shared/list-item-header.js';
import { keyboardMoveOffset } from '../shared/list-reorder.js';
import {
  citationFieldOfPath,
  HistoryCitationEditEvent,
  HistoryCitationMoveEvent,
  HistoryCitationPickDocumentEvent,
  HistoryCitationRemoveEvent,
  HistoryCitationToggleEvent,
  type HistoryCitationField,
  type HistoryCitationMessageField,
} from './citation-item.events.js';
import type { HistoryCitation, HistoryCitationCheck } from './citation-value.js';
import { formatLocator, locatorExamples, readLocatorLabel } from './locator.js';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';

export * from './citation-item.events.js';

/** A message for the citation with the path it came with (server, preview) or the field it is about (client check). */
export interface HistoryCitationMessage {
  path: string;
  body: string;
}

/** The order fields take the focus in when the editor saves with errors. */
const FIELD_ORDER: ReadonlyArray<HistoryCitationMessageField> = ['document', 'locatorLabel', 'locator', 'quote', 'quoteLanguage', 'note'];

/**
 * One citation of the Document Citations editor, as a card like a Block List item: one line (number, document,
 * locator) that expands into native fields. Quote and note stay behind "Add quote" / "Add note" until used. A message
 * is shown under the field it is about, which is marked invalid; a new card shows its own checks only once the editor
 * has left it, or when the list shows every error (after a save).
 */
@customElement('history-cms-citation-item')
export class HistoryCitationItemElement extends UmbLitElement {
  @property({ attribute: false }) citation?: HistoryCitation;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ type: Boolean, reflect: true }) expanded = false;
  /** Show the client's checks even before the editor has left the card (the list asks, after a save). */
  @property({ type: Boolean, attribute: 'show-errors' }) showErrors = false;
  @property({ attribute: false }) preview?: HistoryPreviewItem;
  /** The picked document from Umbraco's document items: undefined while unknown, null when it no longer exists. */
  @property({ attribute: false }) document?: HistoryDocumentItem | null;
  @property({ attribute: false }) checks: ReadonlyArray<HistoryCitationCheck> = [];
  /** The messages Umbraco's validation reported for this citation (from the server, at its path). */
  @property({ attribute: false }) serverMessages: ReadonlyArray<HistoryCitationMessage> = [];

  @state() private _touched = false;
  @state() private _quoteOpen = false;
  @state() private _noteOpen = false;

  /** Puts the focus on the drag handle (after a keyboard move the item keeps the focus). */
  focusHandle(): void {
    this.shadowRoot?.querySelector<HTMLElement>('#handle')?.focus();
  }

  /** Whether any message is shown for this citation. */
  get hasErrors(): boolean {
    return this.#messages().size > 0;
  }

  /** Moves the focus to the first field with a message (the card must be expanded). */
  async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const messages = this.#messages();
    const field = FIELD_ORDER.find((f) => messages.has(f));
    const target = field === 'document' ? '#pick-document' : field ? `#${field}` : '#toggle';
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  /** Messages by the field they are about. */
  #messages(): Map<HistoryCitationMessageField, Array<string>> {
    const byField = new Map<HistoryCitationMessageField, Array<string>>();
    const add = (field: HistoryCitationMessageField, body: string) => {
      const list = byField.get(field) ?? [];
      if (!list.includes(body)) list.push(body);
      byField.set(field, list);
    };
    if (this._touched || this.showErrors) {
      for (const check of this.checks) add(check.field, this.localize.term(check.term, ...(check.args ?? [])));
      for (const m of this.preview?.messages ?? []) add(citationFieldOfPath(m.path), m.message);
    }
    for (const m of this.serverMessages) add(citationFieldOfPath(m.path), m.body);
    if (this.document === null || this.document?.isTrashed) add('document', this.localize.term('historyCms_documentGone'));
    return byField;
  }

  #onInput(field: HistoryCitationField, event: Event) {
    const text = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new HistoryCitationEditEvent(field, String(text ?? '')));
  }

  #onKeydown(event: KeyboardEvent) {
    if (this.readonly) return;
    const offset = keyboardMoveOffset(event);
    if (offset === 0) return;
    event.preventDefault();
    this.dispatchEvent(new HistoryCitationMoveEvent(offset));
  }

  #onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    this._touched = true;
  }

  /** The document's name: from Umbraco's items, else the preview's title, else a neutral placeholder. */
  #documentName(): string {
    return this.document?.name || this.preview?.document?.title || this.localize.term(this.document === null ? 'historyCms_documentMissing' : 'historyCms_documentLoading');
  }

  override render() {
    const citation = this.citation;
    if (!citation) return nothing;
    const number = this.preview?.number ?? this.index + 1;
    const messages = this.#messages();
    const locator = formatLocator(citation.locator);
    return html`
      <div class="header" @keydown=${this.#onKeydown}>
        ${this.readonly ? nothing : renderItemHandle(this.localize.term('historyCms_dragCitation', number), this.localize.term('historyCms_reorderHint'))}
        <button id="toggle" type="button" class="summary" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body"
          @click=${() => this.dispatchEvent(new HistoryCitationToggleEvent())}>
          <span class="number">${number}</span>
          <umb-icon name=${this.document?.icon ?? 'icon-document'}></umb-icon>
          <strong class="title">${this.#documentName()}</strong>
          <span class=${locator ? 'locator-text' : 'locator-text none'}>${locator || this.localize.term('historyCms_noLocator')}</span>
          ${messages.size > 0 && !this.expanded
            ? html`<uui-badge color="invalid" attention label=${this.localize.term('historyCms_needsAttention')}>!</uui-badge>`
            : nothing}
        </button>
        ${this.readonly
          ? nothing
          : renderItemActions({
              localize: this.localize,
              number,
              index: this.index,
              count: this.count,
              removeTerm: 'historyCms_removeCitation',
              move: (offset) => this.dispatchEvent(new HistoryCitationMoveEvent(offset)),
              remove: () => this.dispatchEvent(new HistoryCitationRemoveEvent()),
            })}
      </div>
      ${this.expanded ? this.#renderBody(citation, messages) : nothing}
    `;
  }

  #renderBody(citation: HistoryCitation, messages: Map<HistoryCitationMessageField, Array<string>>) {
    const quoteShown =
      this._quoteOpen || citation.quote !== undefined || citation.quoteLanguage !== undefined || messages.has('quote') || messages.has('quoteLanguage');
    const noteShown = this._noteOpen || citation.note !== undefined || messages.has('note');
    return html`<div id="body" @focusout=${this.#onFocusOut}>
      ${this.#field('document', 'historyCms_document', messages, this.#renderDocument(messages.has('document')))}
      ${this.#field('locator', 'historyCms_locatorLabel', messages, this.#renderLocator(citation, messages), this.#locatorHint(citation))}
      ${quoteShown
        ? html`${this.#field('quote', 'historyCms_quote', messages, this.#textarea('quote', citation.quote, messages))}
          ${this.#field('quoteLanguage', 'historyCms_quoteLanguage', messages,
            html`<uui-input id="quoteLanguage" name="quoteLanguage" class="language" label=${this.localize.term('historyCms_quoteLanguage')}
              .value=${citation.quoteLanguage ?? ''} ?readonly=${this.readonly} ?error=${messages.has('quoteLanguage')} .pristine=${!messages.has('quoteLanguage')}
              @input=${(e: Event) => this.#onInput('quoteLanguage', e)}></uui-input>`,
            this.localize.term('historyCms_quoteLanguageHint'))}`
        : nothing}
      ${noteShown ? this.#field('note', 'historyCms_note', messages, this.#textarea('note', citation.note, messages), this.localize.term('historyCms_noteHint')) : nothing}
      ${this.readonly || (quoteShown && noteShown)
        ? nothing
        : html`<div class="more">
            ${quoteShown ? nothing : html`<uui-button id="add-quote" look="outline" compact label=${this.localize.term('historyCms_addQuote')}
                @click=${() => this.#open('quote')}><uui-icon name="icon-add"></uui-icon> ${this.localize.term('historyCms_addQuote')}</uui-button>`}
            ${noteShown ? nothing : html`<uui-button id="add-note" look="outline" compact label=${this.localize.term('historyCms_addNote')}
                @click=${() => this.#open('note')}><uui-icon name="icon-add"></uui-icon> ${this.localize.term('historyCms_addNote')}</uui-button>`}
          </div>`}
      ${this.#renderPreview()} ${this.#renderCardMessages(messages.get('card') ?? [])}
    </div>`;
  }

  async #open(field: 'quote' | 'note') {
    if (field === 'quote') this._quoteOpen = true;
    else this._noteOpen = true;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  /** One labelled field in Umbraco's form layout, with its description and its messages under it. */
  #field(id: string, labelTerm: string, messages: Map<HistoryCitationMessageField, Array<string>>, control: unknown, description?: string) {
    const own = id === 'locator' ? [...(messages.get('locatorLabel') ?? []), ...(messages.get('locator') ?? [])] : (messages.get(id as HistoryCitationMessageField) ?? []);
    // The field's own message list replaces the layout item's generic one ("This field is invalid"): the controls'
    // validity events stop at the wrapper.
    return html`<uui-form-layout-item>
      <uui-label slot="label" for=${id}>${this.localize.term(labelTerm)}</uui-label>
      ${description ? html`<span slot="description">${description}</span>` : nothing}
      <div class="control" @invalid=${(e: Event) => e.stopPropagation()} @valid=${(e: Event) => e.stopPropagation()}>${control}</div>
      ${own.length
        ? html`<div class="field-messages" id=${`${id}-messages`} role="alert">${own.map((m) => html`<p>${m}</p>`)}</div>`
        : nothing}
    </uui-form-layout-item>`;
  }

  #renderDocument(invalid: boolean) {
    const picked = this.document !== undefined || this.citation?.documentKey;
    return html`<div class=${invalid ? 'document invalid' : 'document'}>
      ${picked ? html`<umb-icon name=${this.document?.icon ?? 'icon-document'}></umb-icon><span class="name">${this.#documentName()}</span>` : nothing}
      ${this.readonly
        ? nothing
        : html`<uui-button id="pick-document" look="secondary" compact
            label=${this.localize.term(picked ? 'historyCms_changeDocument' : 'historyCms_chooseDocument')}
            @click=${() => this.dispatchEvent(new HistoryCitationPickDocumentEvent())}></uui-button>`}
    </div>`;
  }

  #renderLocator(citation: HistoryCitation, messages: Map<HistoryCitationMessageField, Array<string>>) {
    const chosen = citation.locator === undefined ? '' : (readLocatorLabel(citation.locator.label) ?? citation.locator.label);
    const options = [
      { name: this.localize.term('historyCms_noLocatorOption'), value: '', selected: chosen === '' },
      ...HISTORY_LOCATOR_LABELS.map((label) => ({ name: this.localize.term(`historyCms_locator_${label}`), value: label, selected: chosen === label })),
      ...(chosen !== '' && readLocatorLabel(chosen) === undefined ? [{ name: chosen, value: chosen, selected: true }] : []),
    ];
    // Read-only with no locator, "No locator" says it all: an empty read-only box beside it would only look like a value.
    const valueShown = !this.readonly || citation.locator !== undefined || messages.has('locator');
    return html`<div class="locator">
      <uui-select id="locatorLabel" label=${this.localize.term('historyCms_locatorLabel')} .options=${options} ?disabled=${this.readonly}
        ?error=${messages.has('locatorLabel')} @change=${(e: Event) => this.#onInput('locatorLabel', e)}></uui-select>
      ${valueShown ? this.#renderLocatorValue(citation, messages) : nothing}
    </div>`;
  }

  #renderLocatorValue(citation: HistoryCitation, messages: Map<HistoryCitationMessageField, Array<string>>) {
    return html`<uui-input id="locator" name="locator" label=${this.localize.term('historyCms_locatorValue')} .value=${citation.locator?.value ?? ''}
        ?readonly=${this.readonly} ?error=${messages.has('locator')} .pristine=${!messages.has('locator')}
        @input=${(e: Event) => this.#onInput('locatorValue', e)}></uui-input>`;
  }

  #locatorHint(citation: HistoryCitation): string | undefined {
    const label = readLocatorLabel(citation.locator?.label);
    return label ? this.localize.term('historyCms_locatorHint', locatorExamples(label)) : this.localize.term('historyCms_noLocatorHint');
  }

  #textarea(field: 'quote' | 'note', text: string | undefined, messages: Map<HistoryCitationMessageField, Array<string>>) {
    return html`<uui-textarea id=${field} name=${field} label=${this.localize.term(`historyCms_${field}`)} auto-height .value=${text ?? ''}
      ?readonly=${this.readonly} ?error=${messages.has(field)} @input=${(e: Event) => this.#onInput(field, e)}></uui-textarea>`;
  }

  #renderPreview() {
    const note = this.preview?.formatted?.note;
    if (!note) return nothing;
    return html`<figure class="preview">
      <figcaption>${this.localize.term('historyCms_previewCaption')}</figcaption>
      <p>${note}</p>
    </figure>`;
  }

  #renderCardMessages(messages: ReadonlyArray<string>) {
    if (messages.length === 0) return nothing;
    return html`<div role="status"><ul class="messages">${messages.map((m) => html`<li><uui-icon name="icon-alert"></uui-icon> ${m}</li>`)}</ul></div>`;
  }

  static override styles = [
    historyListItemHeaderStyles,
    css`
    :host { display: block; }
    .header { min-height: var(--uui-size-11, 33px); }
    .number { font-weight: bold; min-width: 2ch; text-align: right; }
    .title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .locator-text { color: var(--uui-color-text-alt, #515054); white-space: nowrap; }
    .locator-text.none { font-style: italic; }
    #body { padding: 0 var(--uui-size-space-4, 12px) var(--uui-size-space-4, 12px); border-top: 1px solid var(--uui-color-divider, #ececed); }
    uui-form-layout-item { margin: var(--uui-size-space-4, 12px) 0 0; }
    [slot='description'] { color: var(--uui-color-text-alt, #515054); }
    .document { display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); }
    .locator { display: flex; gap: var(--uui-size-space-3, 9px); align-items: center; }
    .locator uui-select { width: 12em; }
    .locator uui-input { flex: 1; max-width: 20em; }
    uui-textarea { width: 100%; }
    .language { max-width: 8em; }
    .more { display: flex; gap: var(--uui-size-space-3, 9px); margin-top: var(--uui-size-space-4, 12px); }
    .field-messages { color: var(--uui-color-danger-standalone, #b2242d); }
    .field-messages p { margin: var(--uui-size-space-1, 3px) 0 0; }
    .preview { margin: var(--uui-size-space-4, 12px) 0 0; padding: var(--uui-size-space-3, 9px);
      background: var(--uui-color-surface-alt, #f3f3f5); border-radius: var(--uui-border-radius, 3px); }
    .preview figcaption { font-size: 0.85em; color: var(--uui-color-text-alt, #515054); }
    .preview p { margin: var(--uui-size-space-1, 3px) 0 0; }
    .messages { list-style: none; margin: var(--uui-size-space-3, 9px) 0 0; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-citation-item': HistoryCitationItemElement;
  }
}
