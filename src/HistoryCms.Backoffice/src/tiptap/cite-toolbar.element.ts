import { HISTORY_PROPERTY_CITATIONS } from '../constants.js';
import { readCitationsValue, toCitationsValue, type HistoryCitation } from '../document-citations/citation-value.js';
import { formatLocator } from '../document-citations/locator.js';
import { HistoryCitationPreviewClient, type HistoryPreviewItem } from '../shared/citation-preview.js';
import { HistoryDocumentItems } from '../shared/document-items.js';
import { citationNumbers, HISTORY_CITATION_MARKER_NODE, noteNumbers, setMarkerCitations } from './citation-marker.node.js';
import type HistoryCiteTiptapToolbarApi from './cite.tiptap-toolbar-api.js';
import { css, customElement, html, nothing, property, repeat, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UMB_PROPERTY_DATASET_CONTEXT } from '@umbraco-cms/backoffice/property';
import type { Editor, ManifestTiptapToolbarExtension } from '@umbraco-cms/backoffice/tiptap';

/**
 * The "Cite" toolbar button of the rich-text editor: a small menu of the post's citations (read from the
 * sibling `citations` property of the same document); choosing one inserts its marker at the cursor.
 */
@customElement('history-cms-cite-toolbar-button')
export class HistoryCiteToolbarElement extends UmbLitElement {
  @property({ attribute: false }) editor?: Editor;
  @property({ attribute: false }) api?: HistoryCiteTiptapToolbarApi;
  @property({ attribute: false }) manifest?: ManifestTiptapToolbarExtension;

  @state() private _citations: Array<HistoryCitation> = [];
  @state() private _preview = new Map<string, HistoryPreviewItem>();
  /** The citation key of the marker selected in the editor, if one is. */
  @state() private _selected?: string;

  #previewClient = new HistoryCitationPreviewClient(this);
  #documents = new HistoryDocumentItems(this, () => this.#tellMarkers());
  #watched?: Editor;
  #onSelection = () => {
    const selection = this.editor?.state.selection as { node?: { type: { name: string }; attrs: Record<string, unknown> } } | undefined;
    this._selected = selection?.node?.type.name === HISTORY_CITATION_MARKER_NODE ? String(selection.node.attrs['citation'] ?? '') : undefined;
  };

  constructor() {
    super();
    this.consumeContext(UMB_PROPERTY_DATASET_CONTEXT, async (dataset) => {
      const citations = await dataset?.propertyValueByAlias<unknown>(HISTORY_PROPERTY_CITATIONS);
      if (!citations) return;
      this.observe(
        citations,
        (value) => {
          this._citations = readCitationsValue(value).citations;
          this.#documents.load(this._citations.map((c) => c.documentKey));
          this.#tellMarkers();
        },
        '_observeCitations',
      );
    });
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!changed.has('editor') || this.#watched === this.editor) return;
    this.#watched?.off('transaction', this.#onSelection);
    this.#watched = this.editor;
    this.editor?.on('transaction', this.#onSelection);
    this.#onSelection();
    this.#tellMarkers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watched?.off('transaction', this.#onSelection);
    this.#watched = undefined;
  }

  /** The document name of a citation: Umbraco's document item, else the preview's title, else a neutral word. */
  #name(citation: HistoryCitation): string {
    return this.#documents.get(citation.documentKey)?.name || this._preview.get(citation.key)?.document?.title || this.localize.term('historyCms_documentUntitled');
  }

  /** Tells the editor's markers which citations exist, so a marker of a removed citation shows as broken. */
  #tellMarkers() {
    this.requestUpdate();
    if (!this.editor || this.editor.isDestroyed) return;
    const names = new Map(this._citations.map((c) => [c.key, this.#name(c)]));
    setMarkerCitations(this.editor, names, {
      note: (number, name) => this.localize.term('historyCms_citeMarkerOf', number, name),
      broken: () => this.localize.term('historyCms_citeMarkerUnknown'),
    });
  }

  async #onToggle(event: ToggleEvent) {
    if (event.newState !== 'open' || this._citations.length === 0) return;
    const preview = await this.#previewClient.preview(toCitationsValue(this._citations), { body: this.editor?.getHTML() });
    if (preview) this._preview = new Map(preview.items.map((item) => [item.key, item]));
  }

  #insert(key: string) {
    if (this.api) this.api.execute(this.editor, key);
    this.shadowRoot?.querySelector<HTMLElement>('#menu')?.hidePopover();
  }

  /**
   * One menu entry: the note number readers will see (the server's numbering, as the markers show it), "not cited yet"
   * for a citation no marker cites, the document and the locator.
   */
  #renderEntry(citation: HistoryCitation, numbers: ReadonlyMap<string, number>, cited: ReadonlyMap<string, number>) {
    const number = numbers.get(citation.key);
    const locator = formatLocator(citation.locator);
    const selected = this._selected === citation.key;
    return html`<li>
      <button type="button" data-key=${citation.key} class=${selected ? 'selected' : ''} aria-current=${selected ? 'true' : 'false'}
        @click=${() => this.#insert(citation.key)}>
        <span class="number">${number}</span>
        <span class="title">${this.#name(citation)}</span>
        ${locator ? html`<span class="locator">${locator}</span>` : nothing}
        ${cited.has(citation.key) ? nothing : html`<span class="uncited">${this.localize.term('historyCms_citeNotCited')}</span>`}
      </button>
      ${citation.quote ? html`<q>${citation.quote}</q>` : nothing}
    </li>`;
  }

  override render() {
    const label = this.localize.term('historyCms_cite');
    const cited = this.editor ? citationNumbers(this.editor.state.doc) : new Map<string, number>();
    const numbers = this.editor ? noteNumbers(this.editor.state.doc, this._citations.map((c) => c.key)) : new Map(this._citations.map((c, i) => [c.key, i + 1]));
    return html`
      <uui-button compact look=${this._selected === undefined ? 'default' : 'outline'} class=${this._selected === undefined ? '' : 'active'}
        label=${label} title=${this.localize.term('historyCms_citeMenu')} popovertarget="menu">
        <umb-icon name="icon-quote"></umb-icon><span class="text">${label}</span>
      </uui-button>
      <uui-popover-container id="menu" placement="bottom-start" @toggle=${this.#onToggle}>
        <div class="menu">
          ${this._citations.length === 0
            ? html`<p>${this.localize.term('historyCms_citeNoCitations')}</p>`
            : html`<ul aria-label=${this.localize.term('historyCms_citeMenu')}>
                ${repeat(this._citations, (c) => c.key, (c) => this.#renderEntry(c, numbers, cited))}
              </ul>`}
        </div>
      </uui-popover-container>
    `;
  }

  static override styles = css`
    :host { display: inline-flex; }
    .text { margin-left: var(--uui-size-space-1, 3px); }
    .menu { background: var(--uui-color-surface, #fff); border: 1px solid var(--uui-color-border, #d8d7d9);
      border-radius: var(--uui-border-radius, 3px); box-shadow: var(--uui-shadow-depth-3, 0 2px 8px rgba(0, 0, 0, 0.2));
      padding: var(--uui-size-space-2, 6px); max-width: 28rem; }
    ul { list-style: none; margin: 0; padding: 0; }
    li + li { border-top: 1px solid var(--uui-color-divider, #ececed); }
    button { display: flex; gap: var(--uui-size-space-2, 6px); align-items: baseline; width: 100%; text-align: left; font: inherit;
      background: none; border: 0; padding: var(--uui-size-space-2, 6px); cursor: pointer; color: inherit; }
    button:hover, button:focus-visible { background: var(--uui-color-surface-emphasis, #f3f3f5); }
    button.selected { background: var(--uui-color-selected, #3544b1); color: var(--uui-color-selected-contrast, #fff); }
    .number { font-weight: bold; min-width: 2ch; text-align: right; }
    .uncited { font-size: 0.8em; font-style: italic; white-space: nowrap; border: 1px solid currentColor; border-radius: var(--uui-border-radius, 3px);
      padding: 0 var(--uui-size-space-1, 3px); }
    .title { flex: 1; }
    .locator { white-space: nowrap; }
    q { display: block; padding: 0 var(--uui-size-space-2, 6px) var(--uui-size-space-2, 6px); color: var(--uui-color-text-alt, #515054);
      font-size: 0.9em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    p { margin: var(--uui-size-space-2, 6px); }
  `;
}

export { HistoryCiteToolbarElement as element };

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-cite-toolbar-button': HistoryCiteToolbarElement;
  }
}
