import { keyboardMoveOffset } from '../shared/list-reorder.js';
import type { HistoryLoadedBlockKind } from './kind-registry.js';
import type { HistoryBlockCheck, HistoryProgramBlock, HistoryProgramBlockKindEditorElement } from './types.js';
import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { createExtensionElement } from '@umbraco-cms/backoffice/extension-api';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';

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
  /** The messages Umbraco's validation reported for this block (from the server, at its path). */
  @property({ attribute: false }) serverMessages: ReadonlyArray<string> = [];
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Boolean, reflect: true }) expanded = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Whether the registered block kinds have been read; until then a block of an unknown kind is still loading. */
  @property({ type: Boolean, attribute: 'kinds-loaded' }) kindsLoaded = true;

  @state() private _editor?: HistoryProgramBlockKindEditorElement;
  #editorFor?: HistoryLoadedBlockKind;

  /** The kind's editor element, once created (tests and a site's kind reach the content through it). */
  get editor(): HistoryProgramBlockKindEditorElement | undefined {
    return this._editor;
  }

  focusHandle(): void {
    this.shadowRoot?.querySelector<HTMLElement>('#handle')?.focus();
  }

  protected override async willUpdate(changed: Map<PropertyKey, unknown>) {
    super.willUpdate(changed);
    if (this._editor) {
      this._editor.content = this.block?.content;
      this._editor.readonly = this.readonly;
    }
    if (this.expanded && this.kind && this.#editorFor !== this.kind) {
      this.#editorFor = this.kind;
      const editor = await createExtensionElement(this.kind.manifest);
      if (editor && this.#editorFor === this.kind) {
        editor.content = this.block?.content;
        editor.readonly = this.readonly;
        this._editor = editor;
      }
    }
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

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const number = this.index + 1;
    const summary = block.settings.heading || (this.kind?.api?.summary(block.content) ?? '');
    return html`
      <div class="header" @keydown=${this.#onKeydown}>
        ${this.readonly
          ? nothing
          : html`<button id="handle" type="button" class="handle" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              aria-label=${this.localize.term('historyCms_dragBlock', number)}><uui-icon name="icon-navigation"></uui-icon></button>`}
        <button type="button" class="summary" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body"
          @click=${() => this.#act('toggle')}>
          ${this.kind || this.kindsLoaded ? html`<uui-icon name=${this.kind?.manifest.meta.icon ?? 'icon-block'}></uui-icon>` : html`<uui-loader-circle></uui-loader-circle>`}
          <strong>${this.#label()}</strong>${summary && summary !== this.#label() ? html`<span class="line">${summary}</span>` : nothing}
          ${block.settings.hidden ? html`<span class="badge">${this.localize.term('historyCms_settingsHidden')}</span>` : nothing}
        </button>
        ${this.readonly ? nothing : this.#renderActions(number)}
      </div>
      ${this.#renderMessages()}
      ${this.expanded ? html`<div id="body">${this.#renderSettings()}${this.#renderEditor()}</div>` : nothing}
    `;
  }

  #renderActions(number: number) {
    return html`<span class="actions">
      <uui-button compact label=${this.localize.term('historyCms_moveUp', number)} ?disabled=${this.index === 0}
        @click=${() => this.#act('up')}><uui-icon name="icon-arrow-up"></uui-icon></uui-button>
      <uui-button compact label=${this.localize.term('historyCms_moveDown', number)} ?disabled=${this.index >= this.count - 1}
        @click=${() => this.#act('down')}><uui-icon name="icon-arrow-down"></uui-icon></uui-button>
      <uui-button compact color="danger" label=${this.localize.term('historyCms_removeBlock', number)}
        @click=${() => this.#act('remove')}><uui-icon name="icon-trash"></uui-icon></uui-button>
    </span>`;
  }

  #renderSettings() {
    const settings = this.block!.settings;
    const text = (setting: 'heading' | 'anchor', term: string, help?: string) =>
      html`<label for=${setting}>${this.localize.term(term)}</label>
        <span class="field">
          <input id=${setting} name=${setting} .value=${settings[setting] ?? ''} ?readonly=${this.readonly}
            aria-describedby=${help ? `${setting}-help` : nothing}
            @input=${(e: Event) => this.dispatchEvent(new HistoryBlockSettingEvent(setting, (e.target as HTMLInputElement).value))} />
          ${help ? html`<small id=${`${setting}-help`} class="help">${this.localize.term(help)}</small>` : nothing}
        </span>`;
    return html`<fieldset class="settings">
      ${text('heading', 'historyCms_settingsHeading')} ${text('anchor', 'historyCms_settingsAnchor', 'historyCms_settingsAnchorHelp')}
      <label for="hidden">${this.localize.term('historyCms_settingsHidden')}</label>
      <input id="hidden" name="hidden" type="checkbox" .checked=${settings.hidden} ?disabled=${this.readonly}
        @change=${(e: Event) => this.dispatchEvent(new HistoryBlockSettingEvent('hidden', (e.target as HTMLInputElement).checked))} />
    </fieldset>`;
  }

  #renderEditor() {
    if (!this.kind) return html`<p>${this.localize.term('historyCms_unknownKind', this.block!.kind)}</p>`;
    return this._editor ? html`<div class="editor">${this._editor}</div>` : html`<uui-loader></uui-loader>`;
  }

  #renderMessages() {
    const messages = [
      ...new Set([...this.checks.map((check) => this.localize.term(check.term, ...(check.args ?? []))), ...this.serverMessages]),
    ];
    if (messages.length === 0) return nothing;
    return html`<div role="status">
      <ul class="messages">
        ${messages.map((message) => html`<li><uui-icon name="icon-alert"></uui-icon> ${message}</li>`)}
      </ul>
    </div>`;
  }

  static override styles = css`
    :host { display: block; }
    .header { display: flex; align-items: center; gap: var(--uui-size-space-2, 6px); }
    .handle, .summary { border: 0; background: none; font: inherit; color: inherit; padding: var(--uui-size-space-2, 6px); }
    .handle { cursor: grab; }
    .summary { flex: 1; display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); text-align: left; cursor: pointer; min-width: 0; }
    .line { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--uui-color-text-alt, #515054); }
    .badge { font-size: 0.8em; padding: 0 var(--uui-size-space-2, 6px); border-radius: var(--uui-border-radius, 3px);
      background: var(--uui-color-surface-alt, #f3f3f5); }
    .actions { display: flex; }
    #body { padding: var(--uui-size-space-3, 9px) var(--uui-size-space-4, 12px); }
    .settings { display: grid; grid-template-columns: max-content 1fr; gap: var(--uui-size-space-2, 6px) var(--uui-size-space-4, 12px);
      border: 0; padding: 0; margin: 0 0 var(--uui-size-space-4, 12px); align-items: center; }
    .settings input[type='checkbox'] { justify-self: start; }
    .field { display: flex; flex-direction: column; gap: var(--uui-size-space-1, 3px); }
    .help { color: var(--uui-color-text-alt, #515054); }
    input { font: inherit; padding: var(--uui-size-space-1, 3px) var(--uui-size-space-2, 6px);
      border: 1px solid var(--uui-color-border-standalone, #c2c2c2); border-radius: var(--uui-border-radius, 3px); }
    .messages { list-style: none; margin: var(--uui-size-space-2, 6px) 0 0; padding: 0; color: var(--uui-color-danger-standalone, #b2242d); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'history-cms-program-block': HistoryProgramBlockElement;
  }
}
