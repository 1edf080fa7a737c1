import { FIXTURE_DOCUMENTS } from '../testing/citation-documents.js';
import { onStage, screenshot } from '../testing/backoffice-stage.js';
import { createHost, loadValueFixture, stubFetch, waitUntil } from '../testing/test-utils.js';
import type { HistoryCitationsValue } from '../document-citations/citation-value.js';
import { HistoryCitationMarker } from '../tiptap/citation-marker.node.js';
import HistoryCitationMarkerTiptapApi from '../tiptap/citation-marker.tiptap-api.js';
import '../tiptap/cite-toolbar.element.js';
import type { HistoryCiteToolbarElement } from '../tiptap/cite-toolbar.element.js';
import HistoryCiteTiptapToolbarApi from '../tiptap/cite.tiptap-toolbar-api.js';
import { expect, html } from '@open-wc/testing';
import '@umbraco-cms/backoffice/property';
import { Bold, Document, Editor, Paragraph, Superscript, Text } from '@umbraco-cms/backoffice/tiptap';

// The Cite tool in a post body: markers of existing citations, a marker whose citation was removed, and the menu.
// Asserts what an editor must be able to tell, and writes the screenshots (artifacts/screenshots/cite-*).

const GONE = 'deadbeef-0000-4000-8000-000000000000';

describe('screenshots: the Cite tool and its markers', () => {
  let stub: ReturnType<typeof stubFetch>;
  let editor: Editor;
  let citations: HistoryCitationsValue;
  let button: HistoryCiteToolbarElement;

  beforeEach(async () => {
    citations = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    stub = stubFetch(() => undefined, FIXTURE_DOCUMENTS);
    const [first, second] = citations.citations;
    const body =
      `<p>Mao agreed to the proposal<sup data-citation="${first.key}"></sup>, while the embassy doubted it` +
      `<sup data-citation="${GONE}"></sup> and the cable repeats the point<sup data-citation="${second.key}"></sup>.</p>`;
    const stage = await onStage<HTMLElement>(
      'Body',
      'The text of the post; "Cite" inserts a note for one of its citations.',
      html`<umb-property-dataset .value=${[{ alias: 'citations', value: citations }]}>
        <div class="toolbar"><history-cms-cite-toolbar-button></history-cms-cite-toolbar-button></div>
        <div class="body"></div>
        <style>
          .toolbar { border: 1px solid var(--uui-color-border, #d8d7d9); border-bottom: 0; padding: 3px; background: var(--uui-color-surface, #fff); }
          .body { border: 1px solid var(--uui-color-border, #d8d7d9); padding: 0 12px; background: var(--uui-color-surface, #fff); min-height: 6em; }
          ${new HistoryCitationMarkerTiptapApi(createHost()).getStyles().cssText}
        </style>
      </umb-property-dataset>`,
    );
    editor = new Editor({ element: stage.querySelector('.body')!, extensions: [Document, Paragraph, Text, Bold, Superscript, HistoryCitationMarker], content: body });
    button = stage.querySelector('history-cms-cite-toolbar-button')!;
    button.api = new HistoryCiteTiptapToolbarApi(button);
    button.editor = editor;
    await waitUntil(() => editor.view.dom.querySelector('sup.broken') !== null, 'markers know the citations', 5000);
    await waitUntil(() => (editor.view.dom.querySelector('sup[title]')?.getAttribute('title') ?? '').includes(FIXTURE_DOCUMENTS[0].name), 'names loaded', 5000);
  });

  afterEach(() => {
    stub.restore();
    editor.destroy();
  });

  function marker(key: string): HTMLElement {
    return editor.view.dom.querySelector<HTMLElement>(`sup[data-citation="${key}"]`)!;
  }

  it('markers: a valid marker names its document; a broken one looks broken and says so', async () => {
    const valid = marker(citations.citations[0].key);
    expect(valid.textContent).to.equal('1');
    expect(valid.classList.contains('broken')).to.equal(false);
    expect(valid.title).to.equal(`Note 1: ${FIXTURE_DOCUMENTS[0].name}`);
    const broken = marker(GONE);
    expect(broken.classList.contains('broken')).to.equal(true);
    expect(broken.textContent, 'not a number like the valid ones').to.equal('!');
    expect(broken.title).to.equal('Broken note: its citation is no longer in the list. Remove the marker or cite again.');
    await screenshot('cite-markers');
  });

  it('Cite menu: one numbering (the notes), uncited citations marked, the selected marker active', async () => {
    editor.commands.setNodeSelection(editor.view.posAtDOM(marker(citations.citations[1].key), 0));
    await button.updateComplete;
    const menu = button.shadowRoot!.querySelector<HTMLElement>('#menu')!;
    menu.showPopover();
    await button.updateComplete;
    const entries = [...button.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    // The server's numbering: cited ones by first marker (the broken marker counts for nothing), then the uncited one.
    expect(entries).to.deep.equal([
      `1 ${FIXTURE_DOCUMENTS[0].name} fol. 193ob`,
      `2 ${FIXTURE_DOCUMENTS[1].name} pp. 67–70`,
      `3 ${FIXTURE_DOCUMENTS[0].name} not cited yet`,
    ]);
    expect(marker(citations.citations[1].key).textContent, 'the marker shows the same number').to.equal('2');
    const selected = button.shadowRoot!.querySelector(`button[data-key="${citations.citations[1].key}"]`)!;
    expect(selected.getAttribute('aria-current')).to.equal('true');
    expect(button.shadowRoot!.querySelector('uui-button')!.classList.contains('active'), 'the Cite button shows a selected marker').to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    await screenshot('cite-menu-open');
    menu.hidePopover();
  });
});
