import { isGuid } from '../shared/guid.js';
import { HISTORY_PROPERTY_BODY } from '../constants.js';
import { HistoryCitationPreviewClient, type HistoryPreviewItem } from '../shared/citation-preview.js';
import { HistoryItemValidationController } from '../shared/item-validation.controller.js';
import { readStringArray } from '../shared/json-value.js';
import { HistoryReorderableListController, historyListStyles } from '../shared/reorderable-list.controller.js';
import { HistoryDocumentItems } from '../shared/document-items.js';
import './citation-item.element.js';
import { HistoryCitationEditEvent, HistoryCitationMoveEvent, type HistoryCitationItemElement } from './citation-item.element.js';
import { resolveDocumentTypeKeys } from './document-type-keys.js';
import { checkCitation, editCitation, readCitationsValue, toCitationsValue, type HistoryCitation, type HistoryCitationsValue } from './citation-value.js';
import { UMB_DOCUMENT_PICKER_MODAL } from '@umbraco-cms/backoffice/document';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbId } from '@umbraco-cms/backoffice/id';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { umbOpenModal } from '@umbraco-cms/backoffice/modal';
import { UMB_PROPERTY_DATASET_CONTEXT } from '@umbraco-cms/backoffice/property';
import type { UmbPropertyEditorConfigCollection, UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UMB_VALIDATION_EMPTY_LOCALIZATION_KEY, UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';


/**
 * The Document Citations property editor: the archival documents a post cites, each with a locator,
 * quote and note, a live preview of its formatted note (from the package's one C# formatter, fetched for
 * the whole list in one request) and its validation messages.
 */
@customElement('history-cms-document-citations')
export class HistoryDocumentCitationsElement
  extends UmbFormControlMixin<HistoryCitationsValue | undefined, typeof UmbLitElement, undefined>(UmbLitElement, undefined)
  implements UmbPropertyEditorUiElement
{
  /** Milliseconds the preview waits after the last edit before asking the server. */
  previewDelay = 300;

  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ type: Boolean }) mandatory = false;
  @property({ type: String }) mandatoryMessage = UMB_VALIDATION_EMPTY_LOCALIZATION_KEY;

  @state() private _preview = new Map<string, HistoryPreviewItem>();
  @state() private _listMessages: Array<string> = [];
  @state() private _expanded = new Set<string>();

  #config?: UmbPropertyEditorConfigCollection;
  #allowedTypes: Array<string> = [];
  #requireLocator = false;
  #body?: string;
  #previewClient = new HistoryCitationPreviewClient(this);
  #previewTimer?: ReturnType<typeof setTimeout>;
  #previewAbort?: AbortController;
  #list = new HistoryReorderableListController<HistoryCitation, HistoryCitationsValue>(this, {
    read: (value) => readCitationsValue(value).citations,
    toValue: toCitationsValue,
    write: (value) => {
      this.value = value;
      this._runValidators();
    },
    terms: { moved: 'historyCms_citationMoved', tooFew: 'historyCms_tooFewCitations', tooMany: 'historyCms_tooManyCitations' },
    changed: () => {
      this.#validation.keepOnly(this.#list.items);
      this.#documents.load(this.#list.items.map((c) => c.documentKey));
      this.#schedulePreview();
    },
  });
  #validation = new HistoryItemValidationController(this, 'citations', () => this.#openCardsWithMessages());
  #documents = new HistoryDocumentItems(this, () => this.requestUpdate());

  override set value(value: HistoryCitationsValue | undefined) {
    super.value = value;
    this.#list.receive(value);
  }
  override get value(): HistoryCitationsValue | undefined {
    return super.value;
  }

  @property({ attribute: false })
  set config(config: UmbPropertyEditorConfigCollection | undefined) {
    this.#config = config;
    this.#allowedTypes = readStringArray(config?.getValueByAlias('allowedDocumentTypes'));
    this.#requireLocator = config?.getValueByAlias<boolean>('requireLocator') === true;
    this.#list.configure(config);
  }
  get config(): UmbPropertyEditorConfigCollection | undefined {
    return this.#config;
  }

  constructor() {
    super();
    this.addValidator(
      'customError',
      () => this.localize.term('historyCms_citationsNeedAttention'),
      () => this.#list.items.some((c) => checkCitation(c, { requireLocator: this.#requireLocator }).length > 0),
    );
    this.consumeContext(UMB_PROPERTY_DATASET_CONTEXT, async (dataset) => {
      const body = await dataset?.propertyValueByAlias<unknown>(HISTORY_PROPERTY_BODY);
      if (!body) return;
      this.observe(body, (html) => {
        const markup = typeof html === 'string' ? html : (html as { markup?: unknown } | undefined)?.markup;
        this.#body = typeof markup === 'string' ? markup : undefined;
        this.#schedulePreview();
      });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
    this.#previewAbort?.abort();
  }

  /** Adds citations of the given documents (keys), as the document picker returns them; they open expanded. */
  addDocuments(documentKeys: ReadonlyArray<string>): void {
    const added = documentKeys.filter((key) => isGuid(key)).map((documentKey) => ({ key: UmbId.new(), documentKey }));
    if (added.length === 0) return;
    this._expanded = new Set([...this._expanded, ...added.map((c) => c.key)]);
    this.#list.append(...added);
    this.#list.announce(this.localize.term('historyCms_citationsAdded', added.length));
  }

  /** Points the citation at `index` at another document (the picker's choice), keeping its locator, quote and note. */
  changeDocument(index: number, documentKey: string): void {
    if (!isGuid(documentKey) || !this.#list.items[index]) return;
    this.#validation.forget(this.#list.items[index], index);
    this.#list.replace(index, (item) => ({ ...item, documentKey }));
  }

  /** Opens the cards the server reported messages for, so each message shows under its field. */
  #openCardsWithMessages() {
    const withMessages = this.#list.items.filter((item, index) => this.#validation.messagesOf(item, index).length > 0).map((item) => item.key);
    if (withMessages.some((key) => !this._expanded.has(key))) this._expanded = new Set([...this._expanded, ...withMessages]);
    this.requestUpdate();
  }

  /** Expands or collapses a citation's card. */
  toggle(key: string): void {
    const expanded = new Set(this._expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this._expanded = expanded;
  }

  /** After a save with errors (Umbraco's validation asks): opens the first citation with a message and focuses its field. */
  override async focusFirstInvalidElement(): Promise<void> {
    await this.updateComplete;
    const cards = [...(this.shadowRoot?.querySelectorAll<HistoryCitationItemElement>('history-cms-citation-item') ?? [])];
    const first = cards.find((card) => card.hasErrors);
    if (!first?.citation) {
      this.shadowRoot?.querySelector<HTMLElement>('#add')?.focus();
      return;
    }
    if (!this._expanded.has(first.citation.key)) this.toggle(first.citation.key);
    await this.updateComplete;
    await first.focusFirstInvalid();
  }

  async #repick(index: number) {
    const current = this.#list.items[index];
    if (!current) return;
    const allowed = await this.#allowedKeys();
    try {
      const result = await umbOpenModal(this, UMB_DOCUMENT_PICKER_MODAL, {
        data: { multiple: false, pickableFilter: (item) => allowed === undefined || allowed.includes(item.documentType.unique.toLowerCase()) },
        value: { selection: isGuid(current.documentKey) ? [current.documentKey] : [] },
      });
      const [picked] = result.selection.filter((key): key is string => typeof key === 'string');
      if (picked) this.changeDocument(index, picked);
    } catch {
      // The editor closed the picker without choosing: the citation keeps its document.
      return;
    }
  }

  /** The document type keys that may be cited, or undefined when any document may be. */
  async #allowedKeys(): Promise<Array<string> | undefined> {
    return this.#allowedTypes.length === 0 ? undefined : resolveDocumentTypeKeys(this, this.#allowedTypes);
  }

  async #pick() {
    // The picker hands the filter tree items whose documentType.unique is a document type KEY, while the data type
    // lists aliases: resolve them first. Configured types that resolve to nothing leave nothing pickable.
    const any = this.#allowedTypes.length === 0;
    const allowed = any ? [] : await resolveDocumentTypeKeys(this, this.#allowedTypes);
    try {
      const result = await umbOpenModal(this, UMB_DOCUMENT_PICKER_MODAL, {
        data: {
          multiple: true,
          pickableFilter: (item) => any || allowed.includes(item.documentType.unique.toLowerCase()),
        },
        value: { selection: [] },
      });
      this.addDocuments(result.selection.filter((key): key is string => typeof key === 'string'));
    } catch {
      // The editor closed the picker without choosing: nothing to add.
      return;
    }
  }

  #edit(index: number, event: HistoryCitationEditEvent) {
    this.#validation.forget(this.#list.items[index], index);
    this.#list.replace(index, (item) => editCitation(item, event.field, event.text));
  }

  #remove(index: number) {
    if (this.#list.remove(index)) this.#list.announce(this.localize.term('historyCms_citationRemoved'));
  }

  #schedulePreview() {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.#loadPreview(), this.previewDelay);
  }

  async #loadPreview() {
    this.#previewAbort?.abort();
    const abort = new AbortController();
    this.#previewAbort = abort;
    const preview = await this.#previewClient.preview(toCitationsValue(this.#list.items), {
      body: this.#body,
      configuration: this.#config?.toObject(),
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    this._preview = new Map((preview?.items ?? []).map((item) => [item.key, item]));
    this._listMessages = [...new Set((preview?.messages ?? []).map((m) => m.message))];
  }

  override render() {
    const count = this.#list.items.length;
    const listMessages = [...new Set([...this.#validation.listMessages().map((m) => this.localize.string(m)), ...this._listMessages])];
    return html`
      ${count === 0 ? html`<p class="empty">${this.localize.term('historyCms_noCitations')}</p>` : nothing}
      ${listMessages.length
        ? html`<div role="status"><ul class="messages">${listMessages.map((m) => html`<li>${m}</li>`)}</ul></div>`
        : nothing}
      ${this.#list.renderList(
        this.localize.term('historyCms_citationsList'),
        (item, index) => html`<history-cms-citation-item
          .citation=${item}
          .index=${index}
          .count=${count}
          .preview=${this._preview.get(item.key)}
          .document=${this.#documents.get(item.documentKey)}
          .checks=${checkCitation(item, { requireLocator: this.#requireLocator })}
          .serverMessages=${this.#validation.pathMessagesOf(item, index).map((m) => ({ path: m.path, body: this.localize.string(m.body) }))}
          ?expanded=${this._expanded.has(item.key)}
          ?show-errors=${!this.pristine}
          ?readonly=${this.readonly}
          @history-citation-toggle=${() => this.toggle(item.key)}
          @history-citation-pick-document=${() => this.#repick(index)}
          @history-citation-edit=${(e: HistoryCitationEditEvent) => this.#edit(index, e)}
          @history-citation-move=${(e: HistoryCitationMoveEvent) => this.#list.move(index, index + e.offset)}
          @history-citation-remove=${() => this.#remove(index)}></history-cms-citation-item>`,
      )}
      ${this.readonly
        ? nothing
        : html`<uui-button id="add" look="placeholder" label=${this.localize.term('historyCms_addCitation')} @click=${this.#pick}>
            ${this.localize.term('historyCms_addCitation')}
          </uui-button>`}
      ${this.#list.renderAnnouncement()}
    `;
  }

  static override styles = [
    historyListStyles,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-4, 12px); }
      ol { gap: var(--uui-size-space-2, 6px); }
      li { border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px);
        padding: var(--uui-size-space-1, 3px); background: var(--uui-color-surface, #fff); }
      #add { width: 100%; margin-top: var(--uui-size-space-4, 12px); }
      .messages { list-style: none; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
      .empty { color: var(--uui-color-text-alt, #515054); }
    `,
  ];
}

export { HistoryDocumentCitationsElement as element };

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-document-citations': HistoryDocumentCitationsElement;
  }
}
