import { Node, mergeAttributes, type Editor } from '@umbraco-cms/backoffice/tiptap';

/** The Tiptap (ProseMirror) name of the citation marker node. */
export const HISTORY_CITATION_MARKER_NODE = 'historyCitationMarker';

type Doc = Editor['state']['doc'];

const numbersByDoc = new WeakMap<Doc, Map<string, number>>();

/**
 * Note numbers by citation key, in the order each key first appears in the document (the numbering the
 * server uses for the published notes). Documents are immutable, so the answer is cached per document.
 */
export function citationNumbers(doc: Doc): Map<string, number> {
  const cached = numbersByDoc.get(doc);
  if (cached) return cached;
  const numbers = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name !== HISTORY_CITATION_MARKER_NODE) return true;
    const key = String(node.attrs['citation'] ?? '');
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return false;
  });
  numbersByDoc.set(doc, numbers);
  return numbers;
}

/** What the markers know about the post's citations (the Cite button fills it from the sibling `citations` property). */
export interface HistoryCitationMarkerStorage {
  /** Whether the citations are known yet; until then no marker is called broken. */
  known: boolean;
  /** The document name of each citation, by citation key ('' while the name is unknown). */
  citations: Map<string, string>;
  /** Texts of the tooltips (the editor's localization). */
  texts: { note: (number: number, name: string) => string; broken: (number: number) => string };
}

/** The storage of the marker extension of an editor. */
export function markerStorage(editor: Editor): HistoryCitationMarkerStorage | undefined {
  return (editor.storage as unknown as Record<string, HistoryCitationMarkerStorage | undefined>)[HISTORY_CITATION_MARKER_NODE];
}

/**
 * Tells the markers of an editor which citations exist (and their documents' names), and redraws them: a marker
 * whose citation is gone shows as broken.
 */
export function setMarkerCitations(editor: Editor, citations: ReadonlyMap<string, string>, texts?: HistoryCitationMarkerStorage['texts']): void {
  const storage = markerStorage(editor);
  if (!storage) return;
  storage.known = true;
  storage.citations = new Map(citations);
  if (texts) storage.texts = texts;
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(HISTORY_CITATION_MARKER_NODE, 'citations'));
}

/**
 * The note number of every citation, as the server numbers them (HistoryCms.Core CitationNumbering): by the first
 * marker of each citation in the body, markers of unknown keys skipped, then the citations no marker cites, in list order.
 * @param doc The editor's document.
 * @param keys The citation keys, in list order.
 */
export function noteNumbers(doc: Doc, keys: ReadonlyArray<string>): Map<string, number> {
  const known = new Set(keys);
  const numbers = new Map<string, number>();
  for (const key of citationNumbers(doc).keys()) if (known.has(key)) numbers.set(key, numbers.size + 1);
  for (const key of keys) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  return numbers;
}

/**
 * The inline marker of a citation: `<sup data-citation="KEY"></sup>` in the stored HTML. It is an atom
 * (no editable content), so the editor keeps the element and its attribute whole through every
 * parse/render; it parses before the Superscript mark, which would otherwise take the empty `<sup>` and
 * drop it. In the editor it shows its note number.
 */
export const HistoryCitationMarker = Node.create({
  name: HISTORY_CITATION_MARKER_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  marks: '',

  addStorage(): HistoryCitationMarkerStorage {
    return {
      known: false,
      citations: new Map(),
      texts: { note: (number, name) => (name ? `Note ${number}: ${name}` : `Note ${number}`), broken: () => 'Note for a citation that is not in the list' },
    };
  },

  addAttributes() {
    return {
      citation: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-citation') ?? '',
        renderHTML: (attributes: Record<string, unknown>) => ({ 'data-citation': String(attributes['citation'] ?? '') }),
      },
    };
  },

  parseHTML() {
    // ProseMirror tries parse rules by priority (default 50) and marks before nodes: 100 wins over Superscript.
    return [{ tag: 'sup[data-citation]', priority: 100 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes)];
  },

  renderText({ node }) {
    return `[${String(node.attrs['citation'] ?? '')}]`;
  },

  addNodeView() {
    return ({ node, view, editor }) => {
      const dom = document.createElement('sup');
      dom.className = 'history-citation-marker';
      dom.contentEditable = 'false';
      let key = String(node.attrs['citation'] ?? '');
      const show = (doc: Doc) => {
        const storage = markerStorage(editor);
        const broken = storage?.known === true && !storage.citations.has(key);
        const number = (storage?.known ? noteNumbers(doc, [...storage.citations.keys()]) : citationNumbers(doc)).get(key) ?? 0;
        dom.setAttribute('data-citation', key);
        dom.classList.toggle('broken', broken);
        // A broken marker does not read as a note number: it shows "!" and says why.
        dom.textContent = broken ? '!' : String(number);
        dom.title = broken ? (storage?.texts.broken(number) ?? '') : (storage?.texts.note(number, storage.citations.get(key) ?? '') ?? String(number));
        dom.setAttribute('aria-label', dom.title);
      };
      const onUpdate = () => show(editor.state.doc);
      show(view.state.doc);
      editor.on('transaction', onUpdate);
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== HISTORY_CITATION_MARKER_NODE) return false;
          key = String(updated.attrs['citation'] ?? '');
          show(editor.state.doc);
          return true;
        },
        destroy: () => editor.off('transaction', onUpdate),
      };
    };
  },
});

/** Inserts a marker for the citation `key` at the cursor (replacing a selection). */
export function insertCitationMarker(editor: Editor, key: string): boolean {
  return editor
    .chain()
    .focus()
    .insertContent({ type: HISTORY_CITATION_MARKER_NODE, attrs: { citation: key } })
    .run();
}
