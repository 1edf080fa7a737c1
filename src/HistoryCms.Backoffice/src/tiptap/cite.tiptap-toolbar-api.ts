import { HISTORY_CITATION_MARKER_NODE, insertCitationMarker } from './citation-marker.node.js';
import { UmbTiptapToolbarElementApiBase, type Editor } from '@umbraco-cms/backoffice/tiptap';

/** The "Cite" toolbar action: inserts a marker for the chosen citation at the cursor. */
export default class HistoryCiteTiptapToolbarApi extends UmbTiptapToolbarElementApiBase {
  override execute(editor?: Editor, key?: unknown): void {
    if (editor && typeof key === 'string' && key.length > 0) insertCitationMarker(editor, key);
  }

  override isActive(editor?: Editor): boolean {
    return editor?.isActive(HISTORY_CITATION_MARKER_NODE) === true;
  }
}
