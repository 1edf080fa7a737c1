import { HISTORY_LOCATOR_LABELS } from '../constants.js';
import type { HistoryPreviewItem } from '../shared/citation-preview.js';
import { keyboardMoveOffset } from '../shared/list-reorder.js';
import type { HistoryCitation, HistoryCitationCheck } from './citation-value.js';
import { css, customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';

/** A field of a citation an editor can change. */
export type HistoryCitationField = 'locatorLabel' | 'locatorValue' | 'quote' | 'quoteLanguage' | 'note';

/** Fired when the editor changes one field; the list applies it to its current citation. */
export class HistoryCitationEditEvent extends Event {
  static readonly TYPE = 'history-citation-edit';
  constructor(
    readonly field: HistoryCitationField,
    readonly text: string,
  ) {
    super(HistoryCitationEditEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to move the citation by an offset (keyboard or the move buttons). */
export class HistoryCitationMoveEvent extends Event {
  static readonly TYPE = 'history-citation-move';
  constructor(readonly offset: number) {
    super(HistoryCitationMoveEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to remove the citation. */
export class HistoryCitationRemoveEvent extends Event {
  static readonly TYPE = 'history-citation-remove';
  constructor() {
    super(HistoryCitationRemoveEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** One citation of the Document Citations editor: its document, locator, quote and note, and its messages. */
@customElement('history-cms-citation-item')
export class HistoryCitationItemElement extends UmbLitElement {
  @property({ attribute: false }) citation?: HistoryCitation;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ attribute: false }) preview?: HistoryPreviewItem;
  @property({ attribute: false }) checks: ReadonlyArray<HistoryCitationCheck> = [];
  /** The messages Umbraco's validation reported for this citation (from the server, at its path). */
  @property({ attribute: false }) serverMessages: ReadonlyArray<string> = [];

  /** Puts the focus on the drag handle (after a keyboard move the item keeps the focus). */
  focusHandle(): void {
    this.shadowRoot?.querySelector<HTMLElement>('#handle')?.focus();
  }

  #onInput(field: HistoryCitationField, event: Event) {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
    this.dispatchEvent(new HistoryCitationEditEvent(field, text));
  }

  #onKeydown(event: KeyboardEvent) {
    if (this.readonly) return;
    const offset = keyboardMoveOffset(event);
    if (offset === 0) return;
    event.preventDefault();
    this.dispatchEvent(new HistoryCitationMoveEvent(offset));
  }

  #id(field: string): string {
    return `${field}-${this.index}`;
  }

  override render() {
    const citation = this.citation;
    if (!citation) return nothing;
    const number = this.preview?.number ?? this.index + 1;
    const title = this.preview?.document?.title || this.localize.term('historyCms_documentUntitled');
    return html`
      <div class="header" @keydown=${this.#onKeydown}>
        ${this.readonly
          ? nothing
          : html`<button id="handle" type="button" class="handle" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              aria-label=${this.localize.term('historyCms_dragCitation', number)} title=${this.localize.term('historyCms_reorderHint')}>
              <uui-icon name="icon-navigation"></uui-icon>
            </button>`}
        <span class="number" aria-hidden="true">${number}</span>
        <strong class="title">${title}</strong>
        ${this.readonly ? nothing : this.#renderActions(number)}
      </div>
      <div class="fields">
        <div class="locator">
          <label for=${this.#id('label')}>${this.localize.term('historyCms_locatorLabel')}</label>
          <select id=${this.#id('label')} ?disabled=${this.readonly} @change=${(e: Event) => this.#onInput('locatorLabel', e)}>
            ${HISTORY_LOCATOR_LABELS.map(
              (label) => html`<option value=${label} ?selected=${(citation.locator?.label ?? 'page') === label}>
                ${this.localize.term(`historyCms_locator_${label}`)}
              </option>`,
            )}
          </select>
          <label for=${this.#id('locator')}>${this.localize.term('historyCms_locatorValue')}</label>
          <input id=${this.#id('locator')} name="locator" .value=${citation.locator?.value ?? ''} ?readonly=${this.readonly}
            placeholder="193ob" @input=${(e: Event) => this.#onInput('locatorValue', e)} />
        </div>
        <label for=${this.#id('quote')}>${this.localize.term('historyCms_quote')}</label>
        <textarea id=${this.#id('quote')} name="quote" rows="2" .value=${citation.quote ?? ''} ?readonly=${this.readonly}
          @input=${(e: Event) => this.#onInput('quote', e)}></textarea>
        <label for=${this.#id('quoteLanguage')}>${this.localize.term('historyCms_quoteLanguage')}</label>
        <input id=${this.#id('quoteLanguage')} name="quoteLanguage" class="language" .value=${citation.quoteLanguage ?? ''}
          ?readonly=${this.readonly} placeholder="ru" @input=${(e: Event) => this.#onInput('quoteLanguage', e)} />
        <label for=${this.#id('note')}>${this.localize.term('historyCms_note')}</label>
        <textarea id=${this.#id('note')} name="note" rows="2" .value=${citation.note ?? ''} ?readonly=${this.readonly}
          @input=${(e: Event) => this.#onInput('note', e)}></textarea>
      </div>
      ${this.#renderPreview()} ${this.#renderMessages()}
    `;
  }

  #renderActions(number: number) {
    return html`<span class="actions">
      <uui-button compact label=${this.localize.term('historyCms_moveUp', number)} ?disabled=${this.index === 0}
        @click=${() => this.dispatchEvent(new HistoryCitationMoveEvent(-1))}><uui-icon name="icon-arrow-up"></uui-icon></uui-button>
      <uui-button compact label=${this.localize.term('historyCms_moveDown', number)} ?disabled=${this.index >= this.count - 1}
        @click=${() => this.dispatchEvent(new HistoryCitationMoveEvent(1))}><uui-icon name="icon-arrow-down"></uui-icon></uui-button>
      <uui-button compact color="danger" label=${this.localize.term('historyCms_removeCitation', number)}
        @click=${() => this.dispatchEvent(new HistoryCitationRemoveEvent())}><uui-icon name="icon-trash"></uui-icon></uui-button>
    </span>`;
  }

  #renderPreview() {
    const note = this.preview?.formatted?.note;
    if (!note) return nothing;
    return html`<figure class="preview">
      <figcaption>${this.localize.term('historyCms_previewCaption')}</figcaption>
      <p>${note}</p>
    </figure>`;
  }

  #renderMessages() {
    const messages = [
      ...this.checks.map((check) => this.localize.term(check.term, ...(check.args ?? []))),
      ...(this.preview?.messages ?? []).map((m) => m.message),
      ...this.serverMessages,
    ];
    if (messages.length === 0) return nothing;
    return html`<div role="status">
      <ul class="messages">
        ${[...new Set(messages)].map((message) => html`<li><uui-icon name="icon-alert"></uui-icon> ${message}</li>`)}
      </ul>
    </div>`;
  }

  static override styles = css`
    :host { display: block; }
    .header { display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); }
    .handle { cursor: grab; border: 0; background: none; padding: var(--uui-size-space-2, 6px); color: inherit; }
    .handle:focus-visible { outline: 2px solid var(--uui-color-focus, #3879ff); }
    .number { font-weight: bold; min-width: 2ch; text-align: right; }
    .title { flex: 1; }
    .actions { display: flex; }
    .fields { display: grid; grid-template-columns: max-content 1fr; gap: var(--uui-size-space-2, 6px) var(--uui-size-space-4, 12px);
      margin-top: var(--uui-size-space-3, 9px); align-items: center; }
    .locator { grid-column: 1 / -1; display: flex; gap: var(--uui-size-space-3, 9px); align-items: center; }
    input, select, textarea { font: inherit; padding: var(--uui-size-space-1, 3px) var(--uui-size-space-2, 6px);
      border: 1px solid var(--uui-color-border-standalone, #c2c2c2); border-radius: var(--uui-border-radius, 3px); }
    textarea { resize: vertical; }
    .language { max-width: 8em; }
    .preview { margin: var(--uui-size-space-3, 9px) 0 0; padding: var(--uui-size-space-3, 9px);
      background: var(--uui-color-surface-alt, #f3f3f5); border-radius: var(--uui-border-radius, 3px); }
    .preview figcaption { font-size: 0.85em; color: var(--uui-color-text-alt, #515054); }
    .preview p { margin: var(--uui-size-space-1, 3px) 0 0; }
    .messages { list-style: none; margin: var(--uui-size-space-3, 9px) 0 0; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-citation-item': HistoryCitationItemElement;
  }
}
