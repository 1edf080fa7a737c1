import { HISTORY_PROPERTY_CITATIONS } from '../constants.js';
import { readCitationsValue, toCitationsValue, type HistoryCitation } from '../document-citations/citation-value.js';
import { HistoryCitationPreviewClient, type HistoryPreviewItem } from '../shared/citation-preview.js';
import { citationNumbers } from './citation-marker.node.js';
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

  #previewClient = new HistoryCitationPreviewClient(this);

  constructor() {
    super();
    this.consumeContext(UMB_PROPERTY_DATASET_CONTEXT, async (dataset) => {
      const citations = await dataset?.propertyValueByAlias<unknown>(HISTORY_PROPERTY_CITATIONS);
      if (!citations) return;
      this.observe(citations, (value) => (this._citations = readCitationsValue(value).citations), '_observeCitations');
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

  #label(citation: HistoryCitation, index: number): string {
    const inBody = this.editor ? citationNumbers(this.editor.state.doc).get(citation.key) : undefined;
    const preview = this._preview.get(citation.key);
    const title = preview?.document?.title || this.localize.term('historyCms_documentUntitled');
    const locator = citation.locator?.value
      ? `, ${this.localize.term(`historyCms_locator_${citation.locator.label}`).toLowerCase()} ${citation.locator.value}`
      : '';
    const number = inBody === undefined ? `${index + 1}.` : `[${inBody}]`;
    return `${number} ${title}${locator}`;
  }

  override render() {
    const label = this.localize.term('historyCms_cite');
    return html`
      <uui-button compact look="default" label=${label} title=${this.localize.term('historyCms_citeMenu')} popovertarget="menu">
        <umb-icon name="icon-quote"></umb-icon><span class="text">${label}</span>
      </uui-button>
      <uui-popover-container id="menu" placement="bottom-start" @toggle=${this.#onToggle}>
        <div class="menu">
          ${this._citations.length === 0
            ? html`<p>${this.localize.term('historyCms_citeNoCitations')}</p>`
            : html`<ul aria-label=${this.localize.term('historyCms_citeMenu')}>
                ${repeat(
                  this._citations,
                  (c) => c.key,
                  (c, index) => html`<li>
                    <button type="button" data-key=${c.key} @click=${() => this.#insert(c.key)}>${this.#label(c, index)}</button>
                    ${c.quote ? html`<q>${c.quote}</q>` : nothing}
                  </li>`,
                )}
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
    button { display: block; width: 100%; text-align: left; font: inherit; background: none; border: 0;
      padding: var(--uui-size-space-2, 6px); cursor: pointer; color: inherit; }
    button:hover, button:focus-visible { background: var(--uui-color-surface-emphasis, #f3f3f5); }
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
