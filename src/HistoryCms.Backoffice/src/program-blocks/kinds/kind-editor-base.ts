import { isGuid } from '../../shared/guid.js';
import {
  HistoryBlockContentEvent,
  type HistoryBlockCheck,
  type HistoryBlockContent,
  type HistoryDocumentName,
  type HistoryProgramBlockKindApi,
} from '../types.js';
import { fallbackSummary } from '../block-value.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbInputDocumentElement } from '@umbraco-cms/backoffice/document';
import { css, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import { blockFieldId, blockFieldStyles, renderBlockField, renderLeftoverMessages, type HistoryBlockMessages } from '../block-field.js';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';

/** Whether a value is a document key (GUID). */
export function isKey(value: unknown): value is string {
  return isGuid(value);
}

/** A string field of content, or '' when absent or not a string. */
export function str(content: HistoryBlockContent, field: string): string {
  const value = content[field];
  return typeof value === 'string' ? value : '';
}

/** The object entries of an array field. */
export function entries(content: HistoryBlockContent, field: string): Array<Record<string, unknown>> {
  const value = content[field];
  return Array.isArray(value)
    ? value.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e))
    : [];
}

/** Copies the non-empty string fields of `source` named in `fields`, in that order. */
export function pickText(source: Record<string, unknown>, fields: ReadonlyArray<string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of fields) {
    const value = source[field];
    if (typeof value === 'string' && value.length > 0) result[field] = value;
  }
  return result;
}

/**
 * The base of the built-in kinds' APIs: identity normalisation, no checks, the fallback summary. Summaries are worded
 * through Umbraco's localize controller (`historyCms_summary*` terms), in the language of the editor that hosts the kind.
 */
export class HistoryBlockKindApiBase extends UmbControllerBase implements HistoryProgramBlockKindApi {
  protected readonly localize = new UmbLocalizationController(this);

  normalise(content: HistoryBlockContent): HistoryBlockContent {
    return content;
  }
  check(_content: HistoryBlockContent): Array<HistoryBlockCheck> {
    return [];
  }
  /** The documents the content picks (none unless the kind picks documents). */
  pickedDocuments?(content: HistoryBlockContent): Array<string>;
  summary(content: HistoryBlockContent, _name?: HistoryDocumentName, _page?: string): string {
    return fallbackSummary(content);
  }

  /**
   * The first picked documents by name ("A, B and 1 more"), as Umbraco's Block List labels a block from its content;
   * undefined (so the kind words its count) until each of the first names is known.
   * @param keys The picked document keys, in order.
   * @param name The names resolved so far.
   * @param total How many items the block has (more than the keys when some pick nothing yet).
   */
  protected namedSummary(keys: ReadonlyArray<string>, name: HistoryDocumentName | undefined, total = keys.length): string | undefined {
    const shown = keys.slice(0, NAMED_IN_SUMMARY);
    const names = shown.map((key) => name?.(key));
    if (shown.length === 0 || names.some((n) => !n)) return undefined;
    return this.localize.term('historyCms_summaryNames', names as Array<string>, total - shown.length);
  }
}

/** How many picked documents a collapsed block names before "and N more". */
const NAMED_IN_SUMMARY = 2;

/** Options of a one-line text field. */
export interface HistoryTextFieldOptions {
  value?: string;
  onInput?: (text: string) => void;
  /** The input's `name` (defaults to the path). */
  name?: string;
  descriptionTerm?: string;
  type?: 'text' | 'number' | 'url';
}

/**
 * The base of the built-in kinds' editor elements: holds the content, merges each edit into the latest
 * content (so quick successive edits never overwrite each other) and fires the new content. Fields are rows of the
 * block's grid (label beside the control, description and messages under it); a message whose path (relative to the
 * content: `label`, `link.url`, `items[0].author`) no field shows is listed after the fields.
 */
export abstract class HistoryBlockKindEditorBase extends UmbLitElement {
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The messages of the content to show, by their path relative to the content. */
  @property({ attribute: false }) messages: HistoryBlockMessages = new Map();

  #content: HistoryBlockContent = {};
  #claimed = new Set<string>();

  @property({ attribute: false })
  set content(content: HistoryBlockContent | undefined) {
    const old = this.#content;
    this.#content = content ?? {};
    this.requestUpdate('content', old);
  }
  get content(): HistoryBlockContent {
    return this.#content;
  }

  /** The kind's fields, as rows made with {@link field}, {@link renderText} and {@link renderDocuments}. */
  protected abstract renderFields(): unknown;

  override render() {
    this.#claimed = new Set();
    const fields = this.renderFields();
    const leftover = [...this.messages].filter(([path]) => !this.#claimed.has(path)).flatMap(([, list]) => list);
    return html`${fields}${renderLeftoverMessages([...new Set(leftover)])}`;
  }

  /** Moves the focus to the first field with a message; false when no field of this editor has one. */
  async focusFirstInvalid(): Promise<boolean> {
    await this.updateComplete;
    const target = this.shadowRoot?.querySelector<HTMLElement>('[data-invalid] [data-focus], [data-invalid][data-focus], .leftover');
    if (!target) return false;
    if (target.classList.contains('leftover')) target.scrollIntoView?.({ block: 'nearest' });
    else target.focus();
    return true;
  }

  protected change(change: HistoryBlockContent): void {
    this.#content = { ...this.#content, ...change };
    this.dispatchEvent(new HistoryBlockContentEvent(this.#content));
    this.requestUpdate();
  }

  protected fieldId(path: string): string {
    return blockFieldId(path);
  }

  /** Whether the field at `path` has a message. */
  protected invalid(path: string): boolean {
    return (this.messages.get(path)?.length ?? 0) > 0;
  }

  /** A row of the block's grid for the field at `path`: its label, the control, its description and its messages. */
  protected field(path: string, labelTerm: string, control: unknown, descriptionTerm?: string) {
    this.#claimed.add(path);
    return renderBlockField({
      id: this.fieldId(path),
      label: this.localize.term(labelTerm),
      control: html`<div class="control" ?data-invalid=${this.invalid(path)}>${control}</div>`,
      description: descriptionTerm ? this.localize.term(descriptionTerm) : undefined,
      messages: this.messages.get(path),
    });
  }

  /** Claims messages at `path` for a control that shows them itself (a group of entries). */
  protected claim(path: string): ReadonlyArray<string> {
    this.#claimed.add(path);
    return this.messages.get(path) ?? [];
  }

  /** A labelled one-line text field (Umbraco's `uui-input`) bound to `content[path]` unless `value`/`onInput` are given. */
  protected renderText(path: string, labelTerm: string, options: HistoryTextFieldOptions = {}) {
    const invalid = this.invalid(path);
    const id = this.fieldId(path);
    const value = options.value ?? str(this.content, path);
    return this.field(
      path,
      labelTerm,
      html`<uui-input id=${id} data-focus name=${options.name ?? path} type=${options.type ?? 'text'} label=${this.localize.term(labelTerm)}
        .value=${value} ?readonly=${this.readonly} ?error=${invalid} .pristine=${!invalid}
        aria-describedby=${options.descriptionTerm ? `${id}-description` : nothing}
        @input=${(e: Event) => {
          const text = String((e.target as HTMLInputElement).value ?? '');
          if (options.onInput) options.onInput(text);
          else this.change({ [path]: text });
        }}></uui-input>`,
      options.descriptionTerm,
    );
  }

  /** A labelled document picker (Umbraco's own) limited to one document type, bound to a list of keys. */
  protected renderDocuments(
    path: string,
    labelTerm: string,
    selection: Array<string>,
    onChange: (keys: Array<string>) => void,
    options: { max?: number; allowedTypeKey?: string; descriptionTerm?: string } = {},
  ) {
    return this.field(
      path,
      labelTerm,
      html`<umb-input-document
        id=${this.fieldId(path)}
        data-focus
        data-field=${path}
        .selection=${selection}
        .max=${options.max ?? Infinity}
        .allowedContentTypeIds=${options.allowedTypeKey ? [options.allowedTypeKey] : undefined}
        ?readonly=${this.readonly}
        @change=${(e: Event) => onChange([...(e.target as UmbInputDocumentElement).selection].filter(isKey))}></umb-input-document>`,
      options.descriptionTerm,
    );
  }

  static override styles = [
    blockFieldStyles,
    css`
      :host { display: block; }
      .control[data-invalid] umb-input-document { display: block; outline: 1px solid var(--uui-color-invalid, #d42054); outline-offset: 2px;
        border-radius: var(--uui-border-radius, 3px); }
    `,
  ];
}
