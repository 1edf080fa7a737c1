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
        const number = citationNumbers(doc).get(key);
        dom.setAttribute('data-citation', key);
        dom.textContent = number === undefined ? '?' : String(number);
        dom.title = number === undefined ? key : `${number}`;
      };
      const onUpdate = () => show(editor.state.doc);
      show(view.state.doc);
      editor.on('update', onUpdate);
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== HISTORY_CITATION_MARKER_NODE) return false;
          key = String(updated.attrs['citation'] ?? '');
          show(editor.state.doc);
          return true;
        },
        destroy: () => editor.off('update', onUpdate),
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
