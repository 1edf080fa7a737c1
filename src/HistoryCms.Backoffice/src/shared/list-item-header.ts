import type { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';
import { css, html, type TemplateResult } from '@umbraco-cms/backoffice/external/lit';

/** What the header of a list item needs for its buttons. */
export interface HistoryListItemHeader {
  localize: UmbLocalizationController;
  /** The item's number as the editor sees it (1-based). */
  number: number;
  index: number;
  count: number;
  /** The localization key of the remove button's label, given `number` ("Remove citation 2"). */
  removeTerm: string;
  move: (offset: -1 | 1) => void;
  remove: () => void;
}

/**
 * The drag handle of a list item (a citation card, a block): a button that takes the focus for keyboard moves
 * (Alt+Arrow Up/Down) and names what it moves.
 */
export function renderItemHandle(label: string, title?: string): TemplateResult {
  return html`<button id="handle" type="button" class="handle" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" aria-label=${label}
    title=${title ?? label}><uui-icon name="icon-navigation"></uui-icon></button>`;
}

/** Move up, move down and remove, at the end of a list item's header, as Block List items have them. */
export function renderItemActions(header: HistoryListItemHeader): TemplateResult {
  const { localize, number } = header;
  return html`<span class="actions">
    <uui-button compact label=${localize.term('historyCms_moveUp', number)} ?disabled=${header.index === 0}
      @click=${() => header.move(-1)}><uui-icon name="icon-arrow-up"></uui-icon></uui-button>
    <uui-button compact label=${localize.term('historyCms_moveDown', number)} ?disabled=${header.index >= header.count - 1}
      @click=${() => header.move(1)}><uui-icon name="icon-arrow-down"></uui-icon></uui-button>
    <uui-button compact color="danger" label=${localize.term(header.removeTerm, number)}
      @click=${() => header.remove()}><uui-icon name="icon-trash"></uui-icon></uui-button>
  </span>`;
}

/** The header row of a list item: handle, the summary button that expands it, the actions. */
export const historyListItemHeaderStyles = css`
  .header { display: flex; align-items: center; gap: var(--uui-size-space-2, 6px); }
  .handle, .summary { border: 0; background: none; font: inherit; color: inherit; padding: var(--uui-size-space-2, 6px); }
  .handle { cursor: grab; }
  .handle:focus-visible, .summary:focus-visible { outline: 2px solid var(--uui-color-focus, #3879ff); }
  .summary { flex: 1; display: flex; align-items: center; gap: var(--uui-size-space-3, 9px); text-align: left; cursor: pointer; min-width: 0; }
  .actions { display: flex; }
`;
