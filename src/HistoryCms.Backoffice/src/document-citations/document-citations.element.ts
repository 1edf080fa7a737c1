import { HISTORY_DOCUMENT_TYPE_KEYS, HISTORY_PROPERTY_BODY } from '../constants.js';
import { HistoryCitationPreviewClient, type HistoryPreviewItem } from '../shared/citation-preview.js';
import { readStringArray } from '../shared/json-value.js';
import { moveItem } from '../shared/list-operations.js';
import { HistoryListDrag } from '../shared/list-reorder.js';
import './citation-item.element.js';
import {
  HistoryCitationEditEvent,
  HistoryCitationMoveEvent,
  type HistoryCitationItemElement,
} from './citation-item.element.js';
import { checkCitation, editCitation, readCitationsValue, toCitationsValue, type HistoryCitation, type HistoryCitationsValue } from './citation-value.js';
import { UMB_DOCUMENT_PICKER_MODAL } from '@umbraco-cms/backoffice/document';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { css, customElement, html, nothing, property, repeat, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbId } from '@umbraco-cms/backoffice/id';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { umbOpenModal } from '@umbraco-cms/backoffice/modal';
import { UMB_PROPERTY_DATASET_CONTEXT } from '@umbraco-cms/backoffice/property';
import type { UmbPropertyEditorConfigCollection, UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UMB_VALIDATION_EMPTY_LOCALIZATION_KEY, UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';

/** Whether a pointer event started on an item's drag handle (inside the item's shadow root). */
function isDragHandle(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof HTMLElement && target.id === 'handle');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  @state() private _items: Array<HistoryCitation> = [];
  @state() private _preview = new Map<string, HistoryPreviewItem>();
  @state() private _listMessages: Array<string> = [];
  @state() private _dropTarget?: number;
  @state() private _announcement = '';
  @state() private _armed?: number;

  #config?: UmbPropertyEditorConfigCollection;
  #allowedTypeKeys: Array<string> = [];
  #requireLocator = false;
  #min = 0;
  #max = 0;
  #emitted?: HistoryCitationsValue;
  #body?: string;
  #previewClient = new HistoryCitationPreviewClient(this);
  #previewTimer?: ReturnType<typeof setTimeout>;
  #previewAbort?: AbortController;
  #focusAfterUpdate?: number;
  #drag = new HistoryListDrag(
    (from, to) => this.#move(from, to),
    (index) => (this._dropTarget = index),
  );

  override set value(value: HistoryCitationsValue | undefined) {
    super.value = value;
    if (value !== undefined && value === this.#emitted) return;
    this._items = readCitationsValue(value).citations;
    this.#schedulePreview();
  }
  override get value(): HistoryCitationsValue | undefined {
    return super.value;
  }

  @property({ attribute: false })
  set config(config: UmbPropertyEditorConfigCollection | undefined) {
    this.#config = config;
    this.#allowedTypeKeys = readStringArray(config?.getValueByAlias('allowedDocumentTypes')).map(
      (entry) => HISTORY_DOCUMENT_TYPE_KEYS[entry] ?? entry,
    );
    this.#requireLocator = config?.getValueByAlias<boolean>('requireLocator') === true;
    this.#min = Number(config?.getValueByAlias('minItems') ?? 0) || 0;
    this.#max = Number(config?.getValueByAlias('maxItems') ?? 0) || 0;
  }
  get config(): UmbPropertyEditorConfigCollection | undefined {
    return this.#config;
  }

  constructor() {
    super();
    this.addValidator('valueMissing', () => this.mandatoryMessage, () => this.mandatory && this._items.length === 0);
    this.addValidator(
      'rangeUnderflow',
      () => this.localize.term('historyCms_tooFewCitations', this.#min),
      () => this.#min > 0 && this._items.length > 0 && this._items.length < this.#min,
    );
    this.addValidator(
      'rangeOverflow',
      () => this.localize.term('historyCms_tooManyCitations', this.#max),
      () => this.#max > 0 && this._items.length > this.#max,
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

  /** Adds citations of the given documents (keys), as the document picker returns them. */
  addDocuments(documentKeys: ReadonlyArray<string>): void {
    const added = documentKeys.filter((key) => GUID.test(key)).map((documentKey) => ({ key: UmbId.new(), documentKey }));
    if (added.length === 0) return;
    this.#commit([...this._items, ...added]);
    this._announcement = this.localize.term('historyCms_citationsAdded', added.length);
  }

  async #pick() {
    const allowed = this.#allowedTypeKeys;
    try {
      const result = await umbOpenModal(this, UMB_DOCUMENT_PICKER_MODAL, {
        data: {
          multiple: true,
          pickableFilter: (item) => allowed.length === 0 || allowed.includes(item.documentType.unique),
        },
        value: { selection: [] },
      });
      this.addDocuments(result.selection.filter((key): key is string => typeof key === 'string'));
    } catch {
      // The editor closed the picker without choosing: nothing to add.
      return;
    }
  }

  #commit(items: Array<HistoryCitation>) {
    this._items = items;
    const value = toCitationsValue(items);
    this.#emitted = value;
    this.value = value;
    this._runValidators();
    this.dispatchEvent(new UmbChangeEvent());
    this.#schedulePreview();
  }

  #edit(index: number, event: HistoryCitationEditEvent) {
    this.#commit(this._items.map((item, i) => (i === index ? editCitation(item, event.field, event.text) : item)));
  }

  #move(from: number, to: number) {
    if (to < 0 || to >= this._items.length || from === to) return;
    this.#commit(moveItem(this._items, from, to));
    this.#focusAfterUpdate = to;
    this._announcement = this.localize.term('historyCms_citationMoved', to + 1, this._items.length);
  }

  #remove(index: number) {
    this.#commit(this._items.filter((_, i) => i !== index));
    this._announcement = this.localize.term('historyCms_citationRemoved');
  }

  #schedulePreview() {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.#loadPreview(), this.previewDelay);
  }

  async #loadPreview() {
    this.#previewAbort?.abort();
    const abort = new AbortController();
    this.#previewAbort = abort;
    const preview = await this.#previewClient.preview(toCitationsValue(this._items), {
      body: this.#body,
      configuration: this.#config?.toObject(),
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    this._preview = new Map((preview?.items ?? []).map((item) => [item.key, item]));
    this._listMessages = [...new Set((preview?.messages ?? []).map((m) => m.message))];
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate === undefined) return;
    const index = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    const item = this.shadowRoot?.querySelector<HistoryCitationItemElement>(`history-cms-citation-item[data-index="${index}"]`);
    item?.updateComplete.then(() => item.focusHandle());
  }

  override render() {
    const count = this._items.length;
    return html`
      ${count === 0 ? html`<p class="empty">${this.localize.term('historyCms_noCitations')}</p>` : nothing}
      ${this._listMessages.length
        ? html`<div role="status"><ul class="messages">${this._listMessages.map((m) => html`<li>${m}</li>`)}</ul></div>`
        : nothing}
      <ol aria-label=${this.localize.term('historyCms_citationsList')}>
        ${repeat(
          this._items,
          (item) => item.key,
          (item, index) => html`<li
            data-index=${index}
            draggable=${!this.readonly && this._armed === index ? 'true' : 'false'}
            @pointerdown=${(e: PointerEvent) => (this._armed = isDragHandle(e) ? index : undefined)}
            class=${this._dropTarget === index && this.#drag.dragging !== index ? 'drop-target' : ''}
            @dragstart=${(e: DragEvent) => this.#drag.start(e, index)}
            @dragover=${(e: DragEvent) => this.#drag.over(e, index)}
            @drop=${(e: DragEvent) => this.#drag.drop(e, index)}
            @dragend=${() => {
              this.#drag.end();
              this._armed = undefined;
            }}>
            <history-cms-citation-item
              data-index=${index}
              .citation=${item}
              .index=${index}
              .count=${count}
              .preview=${this._preview.get(item.key)}
              .checks=${checkCitation(item, { requireLocator: this.#requireLocator })}
              ?readonly=${this.readonly}
              @history-citation-edit=${(e: HistoryCitationEditEvent) => this.#edit(index, e)}
              @history-citation-move=${(e: HistoryCitationMoveEvent) => this.#move(index, index + e.offset)}
              @history-citation-remove=${() => this.#remove(index)}></history-cms-citation-item>
          </li>`,
        )}
      </ol>
      ${this.readonly
        ? nothing
        : html`<uui-button id="add" look="placeholder" label=${this.localize.term('historyCms_addCitation')} @click=${this.#pick}>
            ${this.localize.term('historyCms_addCitation')}
          </uui-button>`}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  static override styles = css`
    :host { display: block; }
    ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-4, 12px); }
    li { border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px);
      padding: var(--uui-size-space-4, 12px); background: var(--uui-color-surface, #fff); }
    li.drop-target { outline: 2px dashed var(--uui-color-selected, #3544b1); }
    #add { width: 100%; margin-top: var(--uui-size-space-4, 12px); }
    .messages { list-style: none; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
    .empty { color: var(--uui-color-text-alt, #515054); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;
}

export { HistoryDocumentCitationsElement as element };

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-document-citations': HistoryDocumentCitationsElement;
  }
}
