import { readStringArray } from '../shared/json-value.js';
import { moveItem } from '../shared/list-operations.js';
import { HistoryListDrag } from '../shared/list-reorder.js';
import { checkSettings, normaliseSettings, readBlocksValue } from './block-value.js';
import { HistoryBlockKindRegistry, type HistoryLoadedBlockKind } from './kind-registry.js';
import './program-block.element.js';
import { HistoryBlockActionEvent, HistoryBlockSettingEvent, type HistoryProgramBlockElement } from './program-block.element.js';
import { HistoryBlockContentEvent, type HistoryProgramBlock, type HistoryProgramBlocksValue } from './types.js';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { css, customElement, html, nothing, property, repeat, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbId } from '@umbraco-cms/backoffice/id';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { UmbPropertyEditorConfigCollection, UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UMB_VALIDATION_EMPTY_LOCALIZATION_KEY, UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';

function isDragHandle(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof HTMLElement && target.id === 'handle');
}

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

  @state() private _blocks: Array<HistoryProgramBlock> = [];
  @state() private _kinds: ReadonlyMap<string, HistoryLoadedBlockKind> = new Map();
  @state() private _expanded = new Set<string>();
  @state() private _catalogueOpen = false;
  @state() private _removed?: { block: HistoryProgramBlock; index: number };
  @state() private _announcement = '';
  @state() private _armed?: number;
  @state() private _dropTarget?: number;

  #config?: UmbPropertyEditorConfigCollection;
  #allowedKinds: Array<string> = [];
  #min = 0;
  #max = 0;
  #emitted?: HistoryProgramBlocksValue;
  #focusAfterUpdate?: number;
  #drag = new HistoryListDrag(
    (from, to) => this.#move(from, to),
    (index) => (this._dropTarget = index),
  );

  override set value(value: HistoryProgramBlocksValue | undefined) {
    super.value = value;
    if (value !== undefined && value === this.#emitted) return;
    this._blocks = readBlocksValue(value).blocks;
  }
  override get value(): HistoryProgramBlocksValue | undefined {
    return super.value;
  }

  @property({ attribute: false })
  set config(config: UmbPropertyEditorConfigCollection | undefined) {
    this.#config = config;
    this.#allowedKinds = readStringArray(config?.getValueByAlias('allowedKinds'));
    this.#min = Number(config?.getValueByAlias('minItems') ?? 0) || 0;
    this.#max = Number(config?.getValueByAlias('maxItems') ?? 0) || 0;
  }
  get config(): UmbPropertyEditorConfigCollection | undefined {
    return this.#config;
  }

  constructor() {
    super();
    new HistoryBlockKindRegistry(this, (kinds) => (this._kinds = kinds));
    this.addValidator('valueMissing', () => this.mandatoryMessage, () => this.mandatory && this._blocks.length === 0);
    this.addValidator(
      'rangeUnderflow',
      () => this.localize.term('historyCms_tooFewBlocks', this.#min),
      () => this.#min > 0 && this._blocks.length > 0 && this._blocks.length < this.#min,
    );
    this.addValidator(
      'rangeOverflow',
      () => this.localize.term('historyCms_tooManyBlocks', this.#max),
      () => this.#max > 0 && this._blocks.length > this.#max,
    );
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
    this._catalogueOpen = false;
    this.#commit([...this._blocks, block]);
    this._announcement = this.localize.term('historyCms_blockAdded', this.localize.string(loaded.manifest.meta.label));
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

  #commit(blocks: Array<HistoryProgramBlock>) {
    this._blocks = blocks;
    const value = this.#normalised(blocks);
    this.#emitted = value;
    this.value = value;
    this._runValidators();
    this.dispatchEvent(new UmbChangeEvent());
  }

  #update(index: number, change: Partial<HistoryProgramBlock>) {
    this.#commit(this._blocks.map((b, i) => (i === index ? { ...b, ...change } : b)));
  }

  #move(from: number, to: number) {
    if (to < 0 || to >= this._blocks.length || from === to) return;
    this.#commit(moveItem(this._blocks, from, to));
    this.#focusAfterUpdate = to;
    this._announcement = this.localize.term('historyCms_blockMoved', to + 1, this._blocks.length);
  }

  #remove(index: number) {
    const block = this._blocks[index];
    this._removed = { block, index };
    this.#commit(this._blocks.filter((_, i) => i !== index));
    this._announcement = this.localize.term('historyCms_blockRemoved', this.#kindLabel(block.kind));
  }

  /** Puts the last removed block back where it was. */
  undoRemove(): void {
    if (!this._removed) return;
    const { block, index } = this._removed;
    this._removed = undefined;
    this.#commit([...this._blocks.slice(0, index), block, ...this._blocks.slice(index)]);
  }

  #onAction(index: number, event: HistoryBlockActionEvent) {
    const key = this._blocks[index].key;
    if (event.action === 'toggle') {
      const expanded = new Set(this._expanded);
      if (!expanded.delete(key)) expanded.add(key);
      this._expanded = expanded;
    } else if (event.action === 'remove') this.#remove(index);
    else this.#move(index, index + (event.action === 'up' ? -1 : 1));
  }

  #onContent(index: number, event: Event) {
    // A site's own kind may fire a plain CustomEvent('history-block-content', { detail: { content } }).
    const content = event instanceof HistoryBlockContentEvent ? event.content : (event as CustomEvent<{ content?: unknown }>).detail?.content;
    if (typeof content !== 'object' || content === null || Array.isArray(content)) return;
    event.stopPropagation();
    this.#update(index, { content: content as HistoryProgramBlock['content'] });
  }

  #onSetting(index: number, event: HistoryBlockSettingEvent) {
    this.#update(index, { settings: { ...this._blocks[index].settings, [event.setting]: event.settingValue } });
  }

  #kindLabel(kind: string): string {
    const loaded = this._kinds.get(kind);
    return loaded ? this.localize.string(loaded.manifest.meta.label) : kind;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focusAfterUpdate === undefined) return;
    const index = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    const block = this.shadowRoot?.querySelector<HistoryProgramBlockElement>(`history-cms-program-block[data-index="${index}"]`);
    block?.updateComplete.then(() => block.focusHandle());
  }

  override render() {
    const count = this._blocks.length;
    return html`
      ${count === 0 ? html`<p class="empty">${this.localize.term('historyCms_noBlocks')}</p>` : nothing}
      <ol aria-label=${this.localize.term('historyCms_blocksList')}>
        ${repeat(this._blocks, (b) => b.key, (block, index) => this.#renderBlock(block, index, count))}
      </ol>
      ${this._removed && !this.readonly
        ? html`<div class="undo">
            <span>${this.localize.term('historyCms_blockRemoved', this.#kindLabel(this._removed.block.kind))}</span>
            <uui-button id="undo" look="secondary" label=${this.localize.term('historyCms_undoRemoveLabel', this.#kindLabel(this._removed.block.kind))}
              @click=${() => this.undoRemove()}>${this.localize.term('historyCms_undoRemove')}</uui-button>
          </div>`
        : nothing}
      ${this.readonly ? nothing : this.#renderCatalogue()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  #renderBlock(block: HistoryProgramBlock, index: number, count: number) {
    const kind = this._kinds.get(block.kind);
    const checks = [...(kind?.api?.check(block.content) ?? []), ...checkSettings(block, this._blocks)];
    return html`<li
      data-index=${index}
      draggable=${!this.readonly && this._armed === index ? 'true' : 'false'}
      class=${this._dropTarget === index && this.#drag.dragging !== index ? 'drop-target' : ''}
      @pointerdown=${(e: PointerEvent) => (this._armed = isDragHandle(e) ? index : undefined)}
      @dragstart=${(e: DragEvent) => this.#drag.start(e, index)}
      @dragover=${(e: DragEvent) => this.#drag.over(e, index)}
      @drop=${(e: DragEvent) => this.#drag.drop(e, index)}
      @dragend=${() => {
        this.#drag.end();
        this._armed = undefined;
      }}>
      <history-cms-program-block
        data-index=${index}
        .block=${block}
        .kind=${kind}
        .checks=${checks}
        .index=${index}
        .count=${count}
        ?expanded=${this._expanded.has(block.key)}
        ?readonly=${this.readonly}
        @history-block-action=${(e: HistoryBlockActionEvent) => this.#onAction(index, e)}
        @history-block-setting=${(e: HistoryBlockSettingEvent) => this.#onSetting(index, e)}
        @history-block-content=${(e: Event) => this.#onContent(index, e)}></history-cms-program-block>
    </li>`;
  }

  #renderCatalogue() {
    return html`<uui-button id="add" look="placeholder" aria-expanded=${this._catalogueOpen ? 'true' : 'false'} aria-controls="catalogue"
        label=${this.localize.term('historyCms_addBlock')} @click=${() => (this._catalogueOpen = !this._catalogueOpen)}>
        ${this.localize.term('historyCms_addBlock')}
      </uui-button>
      ${this._catalogueOpen
        ? html`<ul id="catalogue" aria-label=${this.localize.term('historyCms_blockCatalogue')}>
            ${this.catalogue.map(
              (k) => html`<li>
                <button type="button" data-kind=${k.manifest.meta.kind} @click=${() => this.addBlock(k.manifest.meta.kind)}>
                  <uui-icon name=${k.manifest.meta.icon}></uui-icon> ${this.localize.string(k.manifest.meta.label)}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  static override styles = css`
    :host { display: block; }
    ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--uui-size-space-3, 9px); }
    ol > li { border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px);
      background: var(--uui-color-surface, #fff); padding: var(--uui-size-space-2, 6px); }
    ol > li.drop-target { outline: 2px dashed var(--uui-color-selected, #3544b1); }
    #add { width: 100%; margin-top: var(--uui-size-space-4, 12px); }
    #catalogue { list-style: none; padding: 0; margin: var(--uui-size-space-2, 6px) 0 0; display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: var(--uui-size-space-2, 6px); }
    #catalogue button { width: 100%; display: flex; align-items: center; gap: var(--uui-size-space-2, 6px); font: inherit; color: inherit;
      padding: var(--uui-size-space-3, 9px); border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: var(--uui-border-radius, 3px);
      background: var(--uui-color-surface, #fff); cursor: pointer; }
    #catalogue button:hover, #catalogue button:focus-visible { border-color: var(--uui-color-interactive-emphasis, #3544b1); }
    .undo { display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); margin-top: var(--uui-size-space-3, 9px); }
    .empty { color: var(--uui-color-text-alt, #515054); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;
}

export { HistoryProgramBlocksElement as element };

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-program-blocks': HistoryProgramBlocksElement;
  }
}
