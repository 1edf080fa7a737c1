import { HistoryDocumentItems } from '../shared/document-items.js';
import { historyListItemHeaderStyles, renderItemActions, renderItemHandle } from '../shared/list-item-header.js';
import { keyboardMoveOffset } from '../shared/list-reorder.js';
import type { HistoryLoadedBlockKind } from './kind-registry.js';
import { blockFieldStyles, renderBlockField } from './block-field.js';
import type { HistoryBlockCheck, HistoryProgramBlock, HistoryProgramBlockKindEditorElement } from './types.js';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { createExtensionElement } from '@umbraco-cms/backoffice/extension-api';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UMB_PROPERTY_DATASET_CONTEXT } from '@umbraco-cms/backoffice/property';

/** A validation message with its path, as Umbraco's validation context holds it. */
export interface HistoryBlockPathMessage {
  path: string;
  body: string;
}

/** The settings in the order they take the focus when the editor saves with errors. */
const SETTINGS = ['heading', 'anchor', 'hidden'] as const;

/** Actions a block asks its list for. */
export type HistoryBlockAction = 'toggle' | 'remove' | 'up' | 'down';

/** Fired for a block action (keyboard, buttons). */
export class HistoryBlockActionEvent extends Event {
  static readonly TYPE = 'history-block-action';
  constructor(readonly action: HistoryBlockAction) {
    super(HistoryBlockActionEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired when a setting (heading, anchor, hidden) changes. */
export class HistoryBlockSettingEvent extends Event {
  static readonly TYPE = 'history-block-setting';
  constructor(
    readonly setting: 'heading' | 'anchor' | 'hidden',
    readonly settingValue: string | boolean,
  ) {
    super(HistoryBlockSettingEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** One block of the Program Blocks editor: a one-line summary, and when expanded its settings and its kind's editor. */
@customElement('history-cms-program-block')
export class HistoryProgramBlockElement extends UmbLitElement {
  @property({ attribute: false }) block?: HistoryProgramBlock;
  @property({ attribute: false }) kind?: HistoryLoadedBlockKind;
  @property({ attribute: false }) checks: ReadonlyArray<HistoryBlockCheck> = [];
  /** The messages Umbraco's validation reported for this block, with their paths (`$.blocks[?(@.key == 'K')].content.link.url`). */
  @property({ attribute: false }) serverMessages: ReadonlyArray<HistoryBlockPathMessage> = [];
  /** A block added in this session: its checks wait until the editor leaves it or saves (`showErrors`). */
  @property({ type: Boolean }) fresh = false;
  /** Show the checks of a fresh block too (the list asks, after a save). */
  @property({ type: Boolean, attribute: 'show-errors' }) showErrors = false;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Boolean, reflect: true }) expanded = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Whether the registered block kinds have been read; until then a block of an unknown kind is still loading. */
  @property({ type: Boolean, attribute: 'kinds-loaded' }) kindsLoaded = true;

  @state() private _editor?: HistoryProgramBlockKindEditorElement;
  @state() private _touched = false;
  #editorFor?: HistoryLoadedBlockKind;
  /** The names of the documents the block picks, for its collapsed summary (Umbraco's document item repository). */
  #documents = new HistoryDocumentItems(this, () => this.requestUpdate());
  /** The name of the document the blocks are on (its property dataset's, as Umbraco's workspace provides it). */
  #page?: string;

  constructor() {
    super();
    this.consumeContext(UMB_PROPERTY_DATASET_CONTEXT, (dataset) => {
      this.observe(dataset?.name, (name) => {
        this.#page = name?.trim() || undefined;
        this.requestUpdate();
      }, 'historyPageName');
    });
  }

  /** The kind's editor element, once created (tests and a site's kind reach the content through it). */
  get editor(): HistoryProgramBlockKindEditorElement | undefined {
    return this._editor;
  }

  focusHandle(): void {
    this.shadowRoot?.querySelector<HTMLElement>('#handle')?.focus();
  }

  /** Whether any message is shown for this block. */
  get hasErrors(): boolean {
    return this.#messages().size > 0;
  }

  /** Moves the focus to the first field with a message (the block must be expanded): the settings, then the kind's fields. */
  async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const messages = this.#messages();
    const setting = SETTINGS.find((s) => messages.has(`settings.${s}`));
    if (setting) {
      this.shadowRoot?.querySelector<HTMLElement>(`#${setting}`)?.focus();
      return;
    }
    if (this._editor?.focusFirstInvalid && (await this._editor.focusFirstInvalid())) return;
    this.shadowRoot?.querySelector<HTMLElement>('#toggle')?.focus();
  }

  /** Messages by their path relative to the block (`settings.anchor`, `content.link.url`; '' for the block). */
  #messages(): Map<string, Array<string>> {
    const byPath = new Map<string, Array<string>>();
    const add = (path: string, body: string) => {
      const list = byPath.get(path) ?? [];
      if (!list.includes(body)) list.push(body);
      byPath.set(path, list);
    };
    if (!this.fresh || this._touched || this.showErrors) {
      for (const check of this.checks) add(check.path ?? '', this.localize.term(check.term, ...(check.args ?? [])));
    }
    for (const m of this.serverMessages) add(blockPathOf(m.path), m.body);
    return byPath;
  }

  /** The messages of the content, by their path relative to the content, for the kind's editor to show at its fields. */
  #contentMessages(messages: Map<string, Array<string>>): Map<string, Array<string>> {
    const content = new Map<string, Array<string>>();
    for (const [path, list] of messages) {
      if (path.startsWith('content.')) content.set(path.slice('content.'.length), list);
      else if (path === 'content') content.set('', list);
    }
    return content;
  }

  #onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && (this.shadowRoot?.contains(next) || this._editor?.shadowRoot?.contains(next) || this._editor?.contains(next))) return;
    this._touched = true;
  }

  protected override async willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    if ((changed.has('block') || changed.has('kind')) && this.block) {
      void this.#documents.load(this.kind?.api?.pickedDocuments?.(this.block.content) ?? []);
    }
    if (this._editor) {
      this._editor.content = this.block?.content;
      this._editor.readonly = this.readonly;
      if (this.#editorShowsMessages()) this._editor.messages = this.#contentMessages(this.#messages());
    }
    if (this.expanded && this.kind && this.#editorFor !== this.kind) {
      this.#editorFor = this.kind;
      const editor = await createExtensionElement(this.kind.manifest);
      if (editor && this.#editorFor === this.kind) {
        editor.content = this.block?.content;
        editor.readonly = this.readonly;
        if ('messages' in editor) editor.messages = this.#contentMessages(this.#messages());
        this._editor = editor;
      }
    }
  }

  /** Whether the kind's editor shows messages at its fields (the built-in ones do; a site's own may not). */
  #editorShowsMessages(): boolean {
    return this._editor !== undefined && 'messages' in this._editor;
  }

  #act(action: HistoryBlockAction) {
    this.dispatchEvent(new HistoryBlockActionEvent(action));
  }

  #onKeydown(event: KeyboardEvent) {
    const offset = keyboardMoveOffset(event);
    if (this.readonly || offset === 0) return;
    event.preventDefault();
    this.#act(offset < 0 ? 'up' : 'down');
  }

  #label(): string {
    if (this.kind) return this.localize.string(this.kind.manifest.meta.label);
    return this.kindsLoaded ? (this.block?.kind ?? '') : this.localize.term('historyCms_blockLoading');
  }

  /**
   * What the collapsed line says after the kind's name: the heading, unless it only repeats that name (then, like an
   * empty heading, the kind's own summary of the content), so the line never names the kind twice. The kind names its
   * picked documents once they are resolved, and words a count until then or when a document cannot be found.
   */
  #summary(block: HistoryProgramBlock): string {
    const heading = block.settings.heading?.trim() ?? '';
    if (heading && heading.toLowerCase() !== this.#label().toLowerCase()) return heading;
    return this.kind?.api?.summary(block.content, (key) => this.#documents.get(key)?.name || undefined, this.#page) ?? '';
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const number = this.index + 1;
    const summary = this.#summary(block);
    const messages = this.#messages();
    return html`
      <div class="header" @keydown=${this.#onKeydown}>
        ${this.readonly ? nothing : renderItemHandle(this.localize.term('historyCms_dragBlock', number), this.localize.term('historyCms_reorderHint'))}
        <button id="toggle" type="button" class="summary" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body"
          @click=${() => this.#act('toggle')}>
          ${this.kind || this.kindsLoaded ? html`<uui-icon name=${this.kind?.manifest.meta.icon ?? 'icon-block'}></uui-icon>` : html`<uui-loader-circle></uui-loader-circle>`}
          <strong>${this.#label()}</strong>${summary && summary !== this.#label() ? html`<span class="line">${summary}</span>` : nothing}
          ${block.settings.hidden ? html`<span class="badge">${this.localize.term('historyCms_settingsHidden')}</span>` : nothing}
          ${messages.size > 0 && !this.expanded
            ? html`<uui-badge color="invalid" attention label=${this.localize.term('historyCms_blockNeedsAttention')}>!</uui-badge>`
            : nothing}
        </button>
        ${this.readonly
          ? nothing
          : renderItemActions({
              localize: this.localize,
              number,
              index: this.index,
              count: this.count,
              removeTerm: 'historyCms_removeBlock',
              move: (offset) => this.#act(offset < 0 ? 'up' : 'down'),
              remove: () => this.#act('remove'),
            })}
      </div>
      ${this.#renderMessages(messages)}
      ${this.expanded
        ? html`<div id="body" @focusout=${this.#onFocusOut}>${this.#renderSettings(messages)}${this.#renderEditor()}</div>`
        : nothing}
    `;
  }

  #renderSettings(messages: Map<string, Array<string>>) {
    const settings = this.block!.settings;
    const own = (setting: string) => messages.get(`settings.${setting}`) ?? [];
    const text = (setting: 'heading' | 'anchor', term: string, help?: string) => {
      const invalid = own(setting).length > 0;
      return renderBlockField({
        id: setting,
        label: this.localize.term(term),
        description: help ? this.localize.term(help) : undefined,
        messages: own(setting),
        control: html`<uui-input id=${setting} name=${setting} label=${this.localize.term(term)} .value=${settings[setting] ?? ''}
          ?readonly=${this.readonly} ?error=${invalid} .pristine=${!invalid} aria-describedby=${help ? `${setting}-description` : nothing}
          @input=${(e: Event) => this.dispatchEvent(new HistoryBlockSettingEvent(setting, String((e.target as HTMLInputElement).value ?? '')))}></uui-input>`,
      });
    };
    return html`<fieldset class="settings">
      <legend class="visually-hidden">${this.localize.term('historyCms_blockSettings')}</legend>
      ${text('heading', 'historyCms_settingsHeading', 'historyCms_settingsHeadingHelp')}
      ${text('anchor', 'historyCms_settingsAnchor', 'historyCms_settingsAnchorHelp')}
      ${renderBlockField({
        id: 'hidden',
        label: this.localize.term('historyCms_settingsHidden'),
        description: this.localize.term('historyCms_settingsHiddenHelp'),
        messages: own('hidden'),
        control: html`<uui-toggle id="hidden" name="hidden" label=${this.localize.term('historyCms_settingsHiddenToggle')} .checked=${settings.hidden}
          ?readonly=${this.readonly}
          @change=${(e: Event) => this.dispatchEvent(new HistoryBlockSettingEvent('hidden', (e.target as HTMLInputElement).checked))}></uui-toggle>`,
      })}
    </fieldset>`;
  }

  #renderEditor() {
    if (!this.kind) return html`<p>${this.localize.term('historyCms_unknownKind', this.block!.kind)}</p>`;
    return this._editor ? html`<div class="editor">${this._editor}</div>` : html`<uui-loader></uui-loader>`;
  }

  /**
   * The block's own messages under its header. Collapsed, every message is listed (the editor sees what to fix without
   * opening it); expanded, each field shows its own and only those about no field stay here.
   */
  #renderMessages(byPath: Map<string, Array<string>>) {
    const shownAtFields = (path: string) =>
      this.expanded && (path.startsWith('settings.') || ((path === 'content' || path.startsWith('content.')) && this.#editorShowsMessages()));
    const messages = [...new Set([...byPath].filter(([path]) => !shownAtFields(path)).flatMap(([, list]) => list))];
    if (messages.length === 0) return nothing;
    return html`<div role="status">
      <ul class="messages">
        ${messages.map((message) => html`<li><uui-icon name="icon-alert"></uui-icon> ${message}</li>`)}
      </ul>
    </div>`;
  }

  static override styles = [
    blockFieldStyles,
    historyListItemHeaderStyles,
    css`
    :host { display: block; }
    .line { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--uui-color-text-alt, #515054); }
    .badge { font-size: 0.8em; padding: 0 var(--uui-size-space-2, 6px); border-radius: var(--uui-border-radius, 3px);
      background: var(--uui-color-surface-alt, #f3f3f5); }
    .summary uui-badge { position: relative; inset: auto; }
    #body { padding: var(--uui-size-space-4, 12px) var(--uui-size-space-4, 12px) 0; border-top: 1px solid var(--uui-color-divider, #ececed);
      margin-top: var(--uui-size-space-2, 6px); }
    .settings { border: 0; padding: 0 0 var(--uui-size-space-2, 6px); margin: 0 0 var(--uui-size-space-4, 12px);
      border-bottom: 1px solid var(--uui-color-divider, #ececed); min-width: 0; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .messages { list-style: none; margin: var(--uui-size-space-2, 6px) 0 0; padding: 0 var(--uui-size-space-2, 6px);
      color: var(--uui-color-danger-standalone, #b2242d); }
  `,
  ];
}

/** A message's path below the block (`settings.anchor`, `content.link.url`), from the path Umbraco's validation gives it. */
export function blockPathOf(path: string): string {
  return path.replace(/^\$?\.?(?:blocks\[[^\]]*\])?\.?/, '');
}

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-program-block': HistoryProgramBlockElement;
  }
}
