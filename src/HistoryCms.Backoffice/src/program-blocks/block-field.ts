import { css, html, nothing, type TemplateResult } from '@umbraco-cms/backoffice/external/lit';

/** Messages of a block by the path they are about, relative to the block's content or settings (`link.url`, `items[0].author`). */
export type HistoryBlockMessages = ReadonlyMap<string, ReadonlyArray<string>>;

/** What a field row shows: its label (for the control with `id`), the control, an optional description and its messages. */
export interface HistoryBlockFieldRow {
  id: string;
  label: string;
  control: unknown;
  description?: string;
  messages?: ReadonlyArray<string>;
}

/** A safe element id for a field path (`items[0].author` → `items-0-author`). */
export function blockFieldId(path: string): string {
  return path.replace(/[^\w-]+/g, '-').replace(/-+$/, '');
}

/**
 * One row of a block's form: the label in the first column of the block's grid, the control with its description and
 * its messages (red, announced) under it in the second, as Umbraco's property layout puts a label beside its editor.
 * The settings and every kind's fields use the same columns, so labels and inputs line up across the block.
 */
export function renderBlockField(row: HistoryBlockFieldRow): TemplateResult {
  const messages = row.messages ?? [];
  return html`<div class="row">
    <uui-label for=${row.id} class="label">${row.label}</uui-label>
    <div class="field" @invalid=${(e: Event) => e.stopPropagation()} @valid=${(e: Event) => e.stopPropagation()}>
      ${row.control}
      ${row.description ? html`<small class="description" id=${`${row.id}-description`}>${row.description}</small>` : nothing}
      ${messages.length
        ? html`<div class="field-messages" id=${`${row.id}-messages`} role="alert">${messages.map((m) => html`<p>${m}</p>`)}</div>`
        : nothing}
    </div>
  </div>`;
}

/** Messages that no field claimed, at the end of the form. */
export function renderLeftoverMessages(messages: ReadonlyArray<string>): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<div class="row"><span></span><div class="field-messages leftover" role="alert">${messages.map((m) => html`<p>${m}</p>`)}</div></div>`;
}

/** The grid of a block's form; `--history-block-label-width` is shared by the settings and the kind's editor. */
export const blockFieldStyles = css`
  .row { display: grid; grid-template-columns: var(--history-block-label-width, 11rem) minmax(0, 1fr);
    gap: var(--uui-size-space-4, 12px); align-items: start; margin-bottom: var(--uui-size-space-4, 12px); }
  .label { padding-top: var(--uui-size-space-2, 6px); font-weight: 700; }
  .field { display: flex; flex-direction: column; gap: var(--uui-size-space-1, 3px); min-width: 0; }
  .field uui-input, .field uui-textarea, .field uui-select { width: 100%; max-width: 40rem; }
  .field uui-toggle { padding-top: var(--uui-size-space-2, 6px); }
  .description { color: var(--uui-color-text-alt, #515054); font-size: var(--uui-type-small-size, 12px); }
  .field-messages { color: var(--uui-color-danger-standalone, #b2242d); }
  .field-messages p { margin: 0; }
  @media (max-width: 800px) {
    .row { grid-template-columns: minmax(0, 1fr); gap: var(--uui-size-space-1, 3px); }
  }
`;
