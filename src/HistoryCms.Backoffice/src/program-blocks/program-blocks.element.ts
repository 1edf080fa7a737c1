import { HistoryItemValidationController } from '../shared/item-validation.controller.js';
import { readStringArray } from '../shared/json-value.js';
import { HistoryReorderableListController, historyListStyles } from '../shared/reorderable-list.controller.js';
import { checkSettings, normaliseSettings, readBlocksValue } from './block-value.js';
import { HistoryBlockKindRegistry, type HistoryLoadedBlockKind } from './kind-registry.js';
import './program-block.element.js';
import { HistoryBlockActionEvent, HistoryBlockSettingEvent, type HistoryProgramBlockElement } from './program-block.element.js';
import { HistoryBlockContentEvent, type HistoryBlockCheck, type HistoryProgramBlock, type HistoryProgramBlocksValue } from './types.js';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbId } from '@umbraco-cms/backoffice/id';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { UmbPropertyEditorConfigCollection, UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UMB_VALIDATION_EMPTY_LOCALIZATION_KEY, UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';

/**
 * The Program Blocks property editor: a list of blocks of registered kinds (built-in or a site's own),
 * added from a catalogue, edited inline, collapsed to one line, reordered by drag and keyboard, deleted
 * with undo. Every edit emits the normalised version 2 value.
 */
@customElement('history-cms-program-blocks')
export class HistoryProgramBlocksElement
  extends UmbFormControlMixin<HistoryProgramBlocksValue | undefined, typeof UmbLitElement, undefined>(UmbLitElement, undefined)
  implements UmbPropertyEditorUiElement
{
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ type: Boolean }) mandatory = false;
  @property({ type: String }) mandatoryMessage = UMB_VALIDATION_EMPTY_LOCALIZATION_KEY;

  @state() private _kinds: ReadonlyMap<string, HistoryLoadedBlockKind> = new Map();
  @state() private _kindsLoaded = false;
  @state() private _expanded = new Set<string>();
  @state() private _catalogueOpen = false;
  @state() private _removed?: { block: HistoryProgramBlock; index: number };
  /** Blocks added in this session: their checks wait until the editor leaves them or saves. */
  @state() private _fresh = new Set<string>();
  /** Set by a save (Umbraco's validation) with errors: every block shows its checks. */
  @state() private _showErrors = false;

  #config?: UmbPropertyEditorConfigCollection;
  #allowedKinds: Array<string> = [];
  #list = new HistoryReorderableListController<HistoryProgramBlock, HistoryProgramBlocksValue>(this, {
    read: (value) => readBlocksValue(value).blocks,
    toValue: (blocks) => this.#normalised(blocks),
    write: (value) => {
      this.value = value;
      this._runValidators();
    },
    terms: { moved: 'historyCms_blockMoved', tooFew: 'historyCms_tooFewBlocks', tooMany: 'historyCms_tooManyBlocks' },
    changed: () => this.#validation.keepOnly(this.#list.items),
  });
  #validation = new HistoryItemValidationController(this, 'blocks', () => this.requestUpdate());

  override set value(value: HistoryProgramBlocksValue | undefined) {
    super.value = value;
    this.#list.receive(value);
  }
  override get value(): HistoryProgramBlocksValue | undefined {
    return super.value;
  }

  @property({ attribute: false })
  set config(config: UmbPropertyEditorConfigCollection | undefined) {
    this.#config = config;
    this.#allowedKinds = readStringArray(config?.getValueByAlias('allowedKinds'));
    this.#list.configure(config);
  }
  get config(): UmbPropertyEditorConfigCollection | undefined {
    return this.#config;
  }

  constructor() {
    super();
    this.addValidator(
      'customError',
      () => this.localize.term('historyCms_blocksNeedAttention'),
      () => this.#list.items.some((block) => this.#checks(block).length > 0),
    );
    new HistoryBlockKindRegistry(this, (kinds) => {
      this._kinds = kinds;
      this._kindsLoaded = true;
    });
  }

  /** Every registered kind, by its `meta.kind`. */
  get kinds(): ReadonlyMap<string, HistoryLoadedBlockKind> {
    return this._kinds;
  }

  /** The kinds an editor may add here: the data type's allowed kinds, or every registered kind. */
  get catalogue(): Array<HistoryLoadedBlockKind> {
    const all = [...this._kinds.values()];
    return this.#allowedKinds.length === 0 ? all : all.filter((k) => this.#allowedKinds.includes(k.manifest.meta.kind));
  }

  /** Adds a block of a kind, expanded, at the end; returns its key. */
  addBlock(kind: string): string | undefined {
    const loaded = this._kinds.get(kind);
    if (!loaded) return undefined;
    const key = UmbId.new();
    const block = { key, kind, content: structuredClone(loaded.manifest.meta.defaultContent), settings: { hidden: false } };
    this._expanded = new Set([...this._expanded, key]);
    this._fresh = new Set([...this._fresh, key]);
    this._catalogueOpen = false;
    this.#list.append(block);
    this.#list.announce(this.localize.term('historyCms_blockAdded', this.localize.string(loaded.manifest.meta.label)));
    return key;
  }

  #normalised(blocks: ReadonlyArray<HistoryProgramBlock>): HistoryProgramBlocksValue {
    return {
      v: 2,
      blocks: blocks.map((b) => ({
        key: b.key,
        kind: b.kind,
        content: this._kinds.get(b.kind)?.api?.normalise(b.content) ?? b.content,
        settings: normaliseSettings(b.settings),
      })),
    };
  }

  /** A block's checks with paths relative to the block (`content.label`, `settings.anchor`). */
  #checks(block: HistoryProgramBlock): Array<HistoryBlockCheck> {
    const kind = this._kinds.get(block.kind);
    const content = (kind?.api?.check(block.content) ?? []).map((c) => ({ ...c, path: c.path === undefined ? undefined : `content.${c.path}` }));
    return [...content, ...checkSettings(block, this.#list.items)];
  }

  /** After a save with errors (Umbraco's validation asks): opens the first block with a message and focuses its field. */
  override async focusFirstInvalidElement(): Promise<void> {
    this._showErrors = true;
    await this.updateComplete;
    const rows = [...(this.shadowRoot?.querySelectorAll<HistoryProgramBlockElement>('history-cms-program-block') ?? [])];
    await Promise.all(rows.map((row) => row.updateComplete));
    const first = rows.find((row) => row.hasErrors);
    if (!first?.block) {
      this.shadowRoot?.querySelector<HTMLElement>('#add')?.focus();
      return;
    }
    if (!this._expanded.has(first.block.key)) this._expanded = new Set([...this._expanded, first.block.key]);
    await this.updateComplete;
    await first.updateComplete;
    await waitForEditor(first);
    await first.focusFirstInvalid();
  }

  #update(index: number, change: Partial<HistoryProgramBlock>) {
    this.#validation.forget(this.#list.items[index], index);
    this.#list.replace(index, (block) => ({ ...block, ...change }));
  }

  #remove(index: number) {
    const block = this.#list.remove(index);
    if (!block) return;
    this._removed = { block, index };
    this.#list.announce(this.localize.term('historyCms_blockRemoved', this.#kindLabel(block.kind)));
  }

  /** Puts the last removed block back where it was. */
  undoRemove(): void {
    if (!this._removed) return;
    const { block, index } = this._removed;
    this._removed = undefined;
    this.#list.insert(index, block);
  }

  #onAction(index: number, event: HistoryBlockActionEvent) {
    const key = this.#list.items[index].key;
    if (event.action === 'toggle') {
      const expanded = new Set(this._expanded);
      if (!expanded.delete(key)) expanded.add(key);
      this._expanded = expanded;
    } else if (event.action === 'remove') this.#remove(index);
    else this.#list.move(index, index + (event.action === 'up' ? -1 : 1));
  }

  #onContent(index: number, event: Event) {
    // A site's own kind may fire a plain CustomEvent('history-block-content', { detail: { content } }).
    const content = event instanceof HistoryBlockContentEvent ? event.content : (event as CustomEvent<{ content?: unknown }>).detail?.content;
    if (typeof content !== 'object' || content === null || Array.isArray(content)) return;
    event.stopPropagation();
    this.#update(index, { content: content as HistoryProgramBlock['content'] });
  }

  #onSetting(index: number, event: HistoryBlockSettingEvent) {
    this.#update(index, { settings: { ...this.#list.items[index].settings, [event.setting]: event.settingValue } });
  }

  #kindLabel(kind: string): string {
    const loaded = this._kinds.get(kind);
    return loaded ? this.localize.string(loaded.manifest.meta.label) : kind;
  }

  override render() {
    const count = this.#list.items.length;
    return html`
      ${count === 0 ? html`<p class="empty">${this.localize.term('historyCms_noBlocks')}</p>` : nothing}
      ${this.#renderListMessages()}
      ${this.#list.renderList(this.localize.term('historyCms_blocksList'), (block, index) => this.#renderBlock(block, index, count))}
      ${this._removed && !this.readonly
        ? html`<div class="undo">
            <span>${this.localize.term('historyCms_blockRemoved', this.#kindLabel(this._removed.block.kind))}</span>
            <uui-button id="undo" look="secondary" label=${this.localize.term('historyCms_undoRemoveLabel', this.#kindLabel(this._removed.block.kind))}
              @click=${() => this.undoRemove()}>${this.localize.term('historyCms_undoRemove')}</uui-button>
          </div>`
        : nothing}
      ${this.readonly ? nothing : this.#renderCatalogue()}
      ${this.#list.renderAnnouncement()}
    `;
  }

  #renderBlock(block: HistoryProgramBlock, index: number, count: number) {
    const kind = this._kinds.get(block.kind);
    return html`<history-cms-program-block
      .block=${block}
      .kind=${kind}
      .checks=${this.#checks(block)}
      .serverMessages=${this.#validation.pathMessagesOf(block, index).map((m) => ({ path: m.path, body: this.localize.string(m.body) }))}
      .fresh=${this._fresh.has(block.key)}
      .showErrors=${this._showErrors}
      .index=${index}
      .count=${count}
      ?expanded=${this._expanded.has(block.key)}
      .kindsLoaded=${this._kindsLoaded}
      ?readonly=${this.readonly}
      @history-block-action=${(e: HistoryBlockActionEvent) => this.#onAction(index, e)}
      @history-block-setting=${(e: HistoryBlockSettingEvent) => this.#onSetting(index, e)}
      @history-block-content=${(e: Event) => this.#onContent(index, e)}></history-cms-program-block>`;
  }

  #renderListMessages() {
    const messages = this.#validation.listMessages();
    if (messages.length === 0) return nothing;
    return html`<div role="status"><ul class="messages">${messages.map((m) => html`<li>${this.localize.string(m)}</li>`)}</ul></div>`;
  }

  /** Umbraco's block catalogue, inline: each kind as a card with its icon, name and one-line description. */
  #renderCatalogue() {
    return html`<uui-button id="add" look="placeholder" aria-expanded=${this._catalogueOpen ? 'true' : 'false'} aria-controls="catalogue"
        label=${this.localize.term('historyCms_addBlock')} @click=${() => (this._catalogueOpen = !this._catalogueOpen)}>
        ${this.localize.term('historyCms_addBlock')}
      </uui-button>
      ${this._catalogueOpen
        ? html`<ul id="catalogue" aria-label=${this.localize.term('historyCms_blockCatalogue')}>
            ${this.catalogue.map((k) => {
              const label = this.localize.string(k.manifest.meta.label);
              const description = k.manifest.meta.description ? this.localize.string(k.manifest.meta.description) : '';
              const id = `kind-${k.manifest.meta.kind}`;
              return html`<li>
                <button type="button" data-kind=${k.manifest.meta.kind} aria-describedby=${description ? `${id}-description` : nothing}
                  @click=${() => this.addBlock(k.manifest.meta.kind)}>
                  <umb-icon name=${k.manifest.meta.icon}></umb-icon>
                  <span class="kind-text">
                    <strong id=${`${id}-name`} class="kind-name">${label}</strong>
                    ${description ? html`<small id=${`${id}-description`} class="kind-description" aria-hidden="true">${description}</small>` : nothing}
                  </span>
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}`;
  }

  static override styles = [
    historyListStyles,
    css`
      :host { display: block; }
      ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-3, 9px); }
      ol > li { border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px);
        background: var(--uui-color-surface, #fff); padding: var(--uui-size-space-2, 6px); }
      #add { width: 100%; margin-top: var(--uui-size-space-4, 12px); }
      #catalogue { list-style: none; padding: 0; margin: var(--uui-size-space-3, 9px) 0 0; display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: var(--uui-size-space-3, 9px); }
      #catalogue button { width: 100%; height: 100%; display: flex; align-items: flex-start; gap: var(--uui-size-space-4, 12px); font: inherit;
        color: inherit; text-align: left; padding: var(--uui-size-space-4, 12px); border: 1px solid var(--uui-color-border, #d8d7d9);
        border-radius: var(--uui-border-radius, 3px); background: var(--uui-color-surface, #fff); cursor: pointer; }
      #catalogue umb-icon { font-size: var(--uui-size-8, 24px); flex: none; }
      .kind-text { display: flex; flex-direction: column; gap: var(--uui-size-space-1, 3px); min-width: 0; }
      .kind-description { color: var(--uui-color-text-alt, #515054); }
      #catalogue button:hover, #catalogue button:focus-visible { border-color: var(--uui-color-interactive-emphasis, #3544b1); }
      .undo { display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); margin-top: var(--uui-size-space-3, 9px); }
      .empty { color: var(--uui-color-text-alt, #515054); }
      .messages { list-style: none; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
    `,
  ];
}

/** Waits (briefly) until an expanded block has created its kind's editor, so the focus can go to one of its fields. */
async function waitForEditor(row: HistoryProgramBlockElement): Promise<void> {
  for (let i = 0; i < 50 && row.kind && !row.editor; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await (row.editor as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
}

export { HistoryProgramBlocksElement as element };

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-program-blocks': HistoryProgramBlocksElement;
  }
}
