import { canMove, focusAfterRemove, insertItem, moveItem, readLengthLimit, removeItem, replaceItem } from './list-operations.js';
import { HistoryListDrag } from './list-reorder.js';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { css, html, repeat, type ReactiveController, type ReactiveControllerHost } from '@umbraco-cms/backoffice/external/lit';
import type { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';
import type { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';
import type { UmbFormControlMixinInterface } from '@umbraco-cms/backoffice/validation';

/** An item of a reorderable list: its key identifies it across edits and moves (Lit keys the rows by it). */
export interface HistoryListItem {
  readonly key: string;
}

/** The element that renders one item: it can put the focus on its drag handle. */
export interface HistoryListItemElement extends Element {
  focusHandle(): void;
  readonly updateComplete?: Promise<unknown>;
}

/** The property editor element that owns the list (an `UmbFormControlMixin` Lit element). */
export type HistoryListEditorHost = ReactiveControllerHost &
  HTMLElement &
  Pick<UmbFormControlMixinInterface<unknown>, 'addValidator'> & {
    readonly localize: UmbLocalizationController;
    readonly: boolean;
    mandatory: boolean;
    mandatoryMessage: string;
  };

/** Localization keys of the list's texts. */
export interface HistoryListTerms {
  /** Announced after a move, with the new position (counting from 1) and the number of items. */
  moved: string;
  /** The validation message when there are fewer than `minItems` items, with that minimum. */
  tooFew: string;
  /** The validation message when there are more than `maxItems` items, with that maximum. */
  tooMany: string;
}

/** What differs between two list property editors: the value shape and the texts. */
export interface HistoryReorderableListOptions<T extends HistoryListItem, V> {
  /** Reads any incoming property value (object, JSON string, malformed) as the list's items. */
  read(value: V | undefined): Array<T>;
  /** The property value to store for these items. */
  toValue(items: ReadonlyArray<T>): V;
  /** Puts the new value on the editor and runs its validators; the controller then fires `UmbChangeEvent`. */
  write(value: V): void;
  /** Localization keys of what a screen reader hears after a move and of the length validation messages. */
  terms: HistoryListTerms;
  /** Called after the items changed, by an edit or by a new value from outside. */
  changed?(): void;
}

/** Whether a pointer event started on an item's drag handle (inside the item's shadow root). */
function isDragHandle(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof HTMLElement && target.id === 'handle');
}

/**
 * The item list of a list property editor (Document Citations, Program Blocks): holds the keyed items,
 * adds, edits, moves and removes them, reorders them by dragging, keeps the focus on the moved item (or
 * on a neighbour of a removed one), announces changes in a live region, validates the number of items
 * against `mandatory`, `minItems` and `maxItems`, and emits every edit as the editor's value with
 * `UmbChangeEvent`. The element keeps what is its own: how one item renders and edits, and its texts.
 */
export class HistoryReorderableListController<T extends HistoryListItem, V> implements ReactiveController {
  readonly #host: HistoryListEditorHost;
  readonly #options: HistoryReorderableListOptions<T, V>;
  readonly #drag = new HistoryListDrag(
    (from, to) => this.move(from, to),
    (index) => this.#set(() => (this.#dropTarget = index)),
  );
  #items: Array<T> = [];
  #emitted?: V;
  #min = 0;
  #max = 0;
  #announcement = '';
  #armed?: number;
  #dropTarget?: number;
  #focusAfterUpdate?: number;

  constructor(host: HistoryListEditorHost, options: HistoryReorderableListOptions<T, V>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    const count = () => this.#items.length;
    const { terms } = options;
    host.addValidator('valueMissing', () => host.mandatoryMessage, () => host.mandatory && count() === 0);
    host.addValidator('rangeUnderflow', () => host.localize.term(terms.tooFew, this.#min), () => this.#min > 0 && count() > 0 && count() < this.#min);
    host.addValidator('rangeOverflow', () => host.localize.term(terms.tooMany, this.#max), () => this.#max > 0 && count() > this.#max);
  }

  /** The items, in order. */
  get items(): ReadonlyArray<T> {
    return this.#items;
  }

  /** The text of the live region (the last change announced). */
  get announcement(): string {
    return this.#announcement;
  }

  /** Reads `minItems` and `maxItems` from the data type configuration. */
  configure(config: UmbPropertyEditorConfigCollection | undefined): void {
    this.#min = readLengthLimit(config?.getValueByAlias('minItems'));
    this.#max = readLengthLimit(config?.getValueByAlias('maxItems'));
  }

  /** Takes a value set from outside (the stored value, a reset); the value this list just emitted is ignored. */
  receive(value: V | undefined): void {
    if (value !== undefined && value === this.#emitted) return;
    this.#set(() => (this.#items = this.#options.read(value)));
    this.#options.changed?.();
  }

  /** Replaces the items and emits the new value. */
  commit(items: Array<T>): void {
    this.#set(() => (this.#items = items));
    const value = this.#options.toValue(items);
    this.#emitted = value;
    this.#options.write(value);
    this.#host.dispatchEvent(new UmbChangeEvent());
    this.#options.changed?.();
  }

  /** Adds items at the end. */
  append(...items: Array<T>): void {
    this.commit([...this.#items, ...items]);
  }

  /** Puts an item at a place (an undone removal). */
  insert(index: number, item: T): void {
    this.commit(insertItem(this.#items, index, item));
  }

  /** Changes the item at `index`. */
  replace(index: number, change: (item: T) => T): void {
    this.commit(replaceItem(this.#items, index, change));
  }

  /** Moves an item, keeps the focus on it and announces its new position; a move out of the list does nothing. */
  move(from: number, to: number): boolean {
    if (!canMove(this.#items.length, from, to)) return false;
    this.commit(moveItem(this.#items, from, to));
    this.#focusAfterUpdate = to;
    this.announce(this.#host.localize.term(this.#options.terms.moved, to + 1, this.#items.length));
    return true;
  }

  /** Removes the item at `index` and moves the focus to the item that took its place; returns the removed item. */
  remove(index: number): T | undefined {
    const removed = this.#items[index];
    if (removed === undefined) return undefined;
    this.commit(removeItem(this.#items, index));
    this.#focusAfterUpdate = focusAfterRemove(this.#items.length, index);
    return removed;
  }

  /** Tells screen readers about a change, through the live region of `renderAnnouncement()`. */
  announce(text: string): void {
    this.#set(() => (this.#announcement = text));
  }

  /** The list: an `<ol>` of rows keyed by the items' keys, each draggable by its item's handle. */
  renderList(label: string, renderItem: (item: T, index: number) => unknown) {
    return html`<ol aria-label=${label}>
      ${repeat(this.#items, (item) => item.key, (item, index) => this.#renderRow(item, index, renderItem))}
    </ol>`;
  }

  /** The polite live region that reads out what `announce` says. */
  renderAnnouncement() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>`;
  }

  /** After a move or removal has rendered, puts the focus on the handle of the item that should have it. */
  hostUpdated(): void {
    if (this.#focusAfterUpdate === undefined) return;
    const index = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    const row = this.#host.shadowRoot?.querySelector(`li[data-index="${index}"]`);
    const item = row?.firstElementChild as HistoryListItemElement | null | undefined;
    if (typeof item?.focusHandle !== 'function') return;
    if (item.updateComplete) item.updateComplete.then(() => item.focusHandle());
    else item.focusHandle();
  }

  #renderRow(item: T, index: number, renderItem: (item: T, index: number) => unknown) {
    return html`<li
      data-index=${index}
      draggable=${!this.#host.readonly && this.#armed === index ? 'true' : 'false'}
      class=${this.#dropTarget === index && this.#drag.dragging !== index ? 'drop-target' : ''}
      @pointerdown=${(e: PointerEvent) => this.#set(() => (this.#armed = isDragHandle(e) ? index : undefined))}
      @dragstart=${(e: DragEvent) => this.#drag.start(e, index)}
      @dragover=${(e: DragEvent) => this.#drag.over(e, index)}
      @drop=${(e: DragEvent) => this.#drag.drop(e, index)}
      @dragend=${() => {
        this.#drag.end();
        this.#set(() => (this.#armed = undefined));
      }}>
      ${renderItem(item, index)}
    </li>`;
  }

  /** Changes render state and asks the host to render again. */
  #set(change: () => unknown): void {
    change();
    this.#host.requestUpdate();
  }
}

/** The styles of the list's rows and live region; an element adds them to its own. */
export const historyListStyles = css`
  ol > li.drop-target { outline: 2px dashed var(--uui-color-selected, #3544b1); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
