/** A field of a citation an editor can change. */
export type HistoryCitationField = 'locatorLabel' | 'locatorValue' | 'quote' | 'quoteLanguage' | 'note';

/** Fired when the editor changes one field; the list applies it to its current citation. */
export class HistoryCitationEditEvent extends Event {
  static readonly TYPE = 'history-citation-edit';
  constructor(
    readonly field: HistoryCitationField,
    readonly text: string,
  ) {
    super(HistoryCitationEditEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to move the citation by an offset (keyboard or the move buttons). */
export class HistoryCitationMoveEvent extends Event {
  static readonly TYPE = 'history-citation-move';
  constructor(readonly offset: number) {
    super(HistoryCitationMoveEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to remove the citation. */
export class HistoryCitationRemoveEvent extends Event {
  static readonly TYPE = 'history-citation-remove';
  constructor() {
    super(HistoryCitationRemoveEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to choose the citation's document (again): the list opens Umbraco's document picker. */
export class HistoryCitationPickDocumentEvent extends Event {
  static readonly TYPE = 'history-citation-pick-document';
  constructor() {
    super(HistoryCitationPickDocumentEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Fired to expand or collapse the citation's card. */
export class HistoryCitationToggleEvent extends Event {
  static readonly TYPE = 'history-citation-toggle';
  constructor() {
    super(HistoryCitationToggleEvent.TYPE, { bubbles: true, composed: true });
  }
}

/** Where a message about a citation is shown: at one of its fields, or on the card. */
export type HistoryCitationMessageField = 'document' | 'locatorLabel' | 'locator' | 'quote' | 'quoteLanguage' | 'note' | 'card';

/**
 * The field a server path below a citation points at (`citations[2].locator.value`, `$.citations[?(@.key == 'k')].note`,
 * or a path relative to the citation such as `locator`).
 */
export function citationFieldOfPath(path: string): HistoryCitationMessageField {
  const below = path.replace(/^\$?\.?(?:citations\[[^\]]*\])?\.?/, '');
  if (below === 'documentKey') return 'document';
  if (below === 'locator.label') return 'locatorLabel';
  if (below === 'locator' || below === 'locator.value') return 'locator';
  if (below === 'quote' || below === 'quoteLanguage' || below === 'note') return below;
  return 'card';
}
