/** The keyboard shortcut for moving a list item: Alt+ArrowUp (-1) or Alt+ArrowDown (+1). */
export function keyboardMoveOffset(event: KeyboardEvent): -1 | 1 | 0 {
  if (!event.altKey || event.ctrlKey || event.metaKey) return 0;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return 0;
}

const DRAG_TYPE = 'application/x-history-cms-index';

/**
 * Pointer reordering of a rendered list through the browser's drag and drop events. The element renders
 * each item with `draggable` and forwards its drag events here with the item's index; `onMove(from, to)`
 * is called once on drop. One instance per list keeps the index of the dragged item, so dragging
 * between two different lists does nothing.
 */
export class HistoryListDrag {
  #from: number | undefined;
  #over: number | undefined;
  readonly #onMove: (from: number, to: number) => void;
  readonly #onHover: (index: number | undefined) => void;

  constructor(onMove: (from: number, to: number) => void, onHover: (index: number | undefined) => void = () => undefined) {
    this.#onMove = onMove;
    this.#onHover = onHover;
  }

  /** The index of the item being dragged, if any. */
  get dragging(): number | undefined {
    return this.#from;
  }

  start(event: DragEvent, index: number): void {
    this.#from = index;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, String(index));
    }
  }

  over(event: DragEvent, index: number): void {
    if (this.#from === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.#over !== index) {
      this.#over = index;
      this.#onHover(index);
    }
  }

  drop(event: DragEvent, index: number): void {
    if (this.#from === undefined) return;
    event.preventDefault();
    const from = this.#from;
    this.end();
    if (from !== index) this.#onMove(from, index);
  }

  end(): void {
    this.#from = undefined;
    this.#over = undefined;
    this.#onHover(undefined);
  }
}
