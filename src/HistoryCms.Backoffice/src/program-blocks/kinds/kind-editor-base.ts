import { isGuid } from '../../shared/guid.js';
import { HistoryBlockContentEvent, type HistoryBlockCheck, type HistoryBlockContent, type HistoryProgramBlockKindApi } from '../types.js';
import { fallbackSummary } from '../block-value.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbInputDocumentElement } from '@umbraco-cms/backoffice/document';
import { css, html, property } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';

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

/** The base of the built-in kinds' APIs: identity normalisation, no checks, the fallback summary. */
export class HistoryBlockKindApiBase extends UmbControllerBase implements HistoryProgramBlockKindApi {
  normalise(content: HistoryBlockContent): HistoryBlockContent {
    return content;
  }
  check(_content: HistoryBlockContent): Array<HistoryBlockCheck> {
    return [];
  }
  summary(content: HistoryBlockContent): string {
    return fallbackSummary(content);
  }
}

/**
 * The base of the built-in kinds' editor elements: holds the content, merges each edit into the latest
 * content (so quick successive edits never overwrite each other) and fires the new content.
 */
export abstract class HistoryBlockKindEditorBase extends UmbLitElement {
  @property({ type: Boolean, reflect: true }) readonly = false;

  #content: HistoryBlockContent = {};

  @property({ attribute: false })
  set content(content: HistoryBlockContent | undefined) {
    const old = this.#content;
    this.#content = content ?? {};
    this.requestUpdate('content', old);
  }
  get content(): HistoryBlockContent {
    return this.#content;
  }

  protected change(change: HistoryBlockContent): void {
    this.#content = { ...this.#content, ...change };
    this.dispatchEvent(new HistoryBlockContentEvent(this.#content));
    this.requestUpdate();
  }

  protected fieldId(field: string): string {
    return `field-${field}`;
  }

  /** A labelled one-line text field bound to `content[field]` (or to `value`/`onInput` when given). */
  protected renderText(field: string, labelTerm: string, value = str(this.content, field), onInput?: (text: string) => void) {
    return html`<label for=${this.fieldId(field)}>${this.localize.term(labelTerm)}</label>
      <input id=${this.fieldId(field)} name=${field} .value=${value} ?readonly=${this.readonly}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          if (onInput) onInput(text);
          else this.change({ [field]: text });
        }} />`;
  }

  /** A labelled document picker (Umbraco's own) limited to one document type, bound to a list of keys. */
  protected renderDocuments(
    field: string,
    labelTerm: string,
    selection: Array<string>,
    onChange: (keys: Array<string>) => void,
    options: { max?: number; allowedTypeKey?: string } = {},
  ) {
    return html`<span class="picker-label" id=${this.fieldId(field)}>${this.localize.term(labelTerm)}</span>
      <umb-input-document
        data-field=${field}
        aria-labelledby=${this.fieldId(field)}
        .selection=${selection}
        .max=${options.max ?? Infinity}
        .allowedContentTypeIds=${options.allowedTypeKey ? [options.allowedTypeKey] : undefined}
        ?readonly=${this.readonly}
        @change=${(e: Event) => onChange([...(e.target as UmbInputDocumentElement).selection].filter(isKey))}></umb-input-document>`;
  }

  static override styles = css`
    :host { display: grid; grid-template-columns: max-content 1fr; gap: var(--uui-size-space-2, 6px) var(--uui-size-space-4, 12px);
      align-items: center; }
    input, textarea { font: inherit; padding: var(--uui-size-space-1, 3px) var(--uui-size-space-2, 6px);
      border: 1px solid var(--uui-color-border-standalone, #c2c2c2); border-radius: var(--uui-border-radius, 3px); }
    input[type='checkbox'] { justify-self: start; }
    .full { grid-column: 1 / -1; }
    ol { grid-column: 1 / -1; margin: 0; padding-left: 1.5em; display: flex; flex-direction: column; gap: var(--uui-size-space-3, 9px); }
    ol li { display: grid; grid-template-columns: max-content 1fr auto; gap: var(--uui-size-space-2, 6px) var(--uui-size-space-4, 12px);
      align-items: center; }
  `;
}
