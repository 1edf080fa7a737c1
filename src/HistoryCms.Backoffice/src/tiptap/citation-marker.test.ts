import { createHost, loadValueFixture, registerEnglish, stubFetch, waitUntil } from '../testing/test-utils.js';
import type { HistoryCitationsValue } from '../document-citations/citation-value.js';
import { HistoryCitationMarker, citationNumbers, insertCitationMarker } from './citation-marker.node.js';
import HistoryCitationMarkerTiptapApi from './citation-marker.tiptap-api.js';
import './cite-toolbar.element.js';
import type { HistoryCiteToolbarElement } from './cite-toolbar.element.js';
import HistoryCiteTiptapToolbarApi from './cite.tiptap-toolbar-api.js';
import { expect, fixture, html } from '@open-wc/testing';
import '@umbraco-cms/backoffice/property';
import { Bold, Document, Editor, Paragraph, Superscript, Text } from '@umbraco-cms/backoffice/tiptap';

registerEnglish();

const BODY =
  '<p>Stalin agreed<sup data-citation="k-one"></sup> while Malik<sup>2</sup> objected<sup data-citation="k-two"></sup>, ' +
  'as the cable repeats<sup data-citation="k-one"></sup>.</p>';

function newEditor(content: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions: [Document, Paragraph, Text, Bold, Superscript, HistoryCitationMarker], content });
}

function shownNumbers(editor: Editor): Array<string> {
  return [...editor.view.dom.querySelectorAll('sup[data-citation]')].map((sup) => sup.textContent ?? '');
}

describe('citation marker (Tiptap node)', () => {
  let editor: Editor;
  afterEach(() => editor?.destroy());

  it('keeps every marker and its attribute through a get/set HTML round trip, next to a real superscript', () => {
    editor = newEditor(BODY);
    expect(editor.getHTML()).to.equal(BODY);
    editor.commands.setContent(editor.getHTML());
    expect(editor.getHTML()).to.equal(BODY);
    const json = editor.getJSON();
    editor.commands.setContent(json);
    expect(editor.getHTML()).to.equal(BODY);
  });

  it('shows each marker as its note number, numbered by first appearance', () => {
    editor = newEditor(BODY);
    expect(shownNumbers(editor)).to.deep.equal(['1', '2', '1']);
    expect([...citationNumbers(editor.state.doc)]).to.deep.equal([
      ['k-one', 1],
      ['k-two', 2],
    ]);
  });

  it('inserts a marker at the cursor and renumbers the notes after it', () => {
    editor = newEditor(BODY);
    editor.commands.setTextSelection(1 + 'Stalin'.length);
    expect(insertCitationMarker(editor, 'k-three')).to.equal(true);
    expect(editor.getHTML()).to.equal(BODY.replace('<p>Stalin', '<p>Stalin<sup data-citation="k-three"></sup>'));
    expect(shownNumbers(editor)).to.deep.equal(['1', '2', '3', '2']);
  });

  it('is what the rich-text extension API gives the editor', () => {
    const api = new HistoryCitationMarkerTiptapApi(createHost());
    expect(api.getTiptapExtensions().map((e) => e.name)).to.deep.equal(['historyCitationMarker']);
    expect(api.getStyles()).to.not.equal(undefined);
  });

  it('the toolbar API inserts a marker for the chosen key and reports a selected marker as active', () => {
    editor = newEditor('<p>Text</p>');
    const api = new HistoryCiteTiptapToolbarApi(createHost());
    editor.commands.setTextSelection(5);
    api.execute(editor, 'k-one');
    expect(editor.getHTML()).to.equal('<p>Text<sup data-citation="k-one"></sup></p>');
    api.execute(editor, undefined);
    expect(editor.getHTML()).to.equal('<p>Text<sup data-citation="k-one"></sup></p>');
    editor.commands.setNodeSelection(5);
    expect(api.isActive(editor)).to.equal(true);
  });
});

describe('history-cms-cite-toolbar-button', () => {
  let editor: Editor;
  let stub: ReturnType<typeof stubFetch>;
  let citations: HistoryCitationsValue;

  beforeEach(async () => {
    citations = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    stub = stubFetch((request) => ({
      items: (request.value as HistoryCitationsValue).citations.map((c, i) => ({
        citation: { key: c.key, number: i + 1, document: { id: c.documentKey, title: `Document ${i + 1}` }, formatted: null },
        messages: [],
      })),
    }));
  });

  afterEach(() => {
    stub.restore();
    editor?.destroy();
  });

  async function renderButton(value: unknown): Promise<HistoryCiteToolbarElement> {
    editor = newEditor('<p>Stalin agreed.</p>');
    const api = new HistoryCiteTiptapToolbarApi(createHost());
    const dataset = await fixture(html`<umb-property-dataset .value=${[{ alias: 'citations', value }]}>
      <history-cms-cite-toolbar-button .editor=${editor} .api=${api}></history-cms-cite-toolbar-button>
    </umb-property-dataset>`);
    return dataset.querySelector('history-cms-cite-toolbar-button')!;
  }

  it('lists the post\u2019s citations and inserts the chosen one at the cursor', async () => {
    const button = await renderButton(citations);
    await waitUntil(() => button.shadowRoot!.querySelectorAll('li button').length === 3, 'citations listed');
    const menu = button.shadowRoot!.querySelector<HTMLElement>('#menu')!;
    menu.showPopover();
    await waitUntil(() => button.shadowRoot!.textContent!.includes('Document 2'), 'titles from the preview endpoint');
    expect(stub.requests.filter((r) => r.url.endsWith('/citations/preview'))).to.have.length(1);
    editor.commands.setTextSelection(1 + 'Stalin agreed'.length);
    button.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${citations.citations[1].key}"]`)!.click();
    expect(editor.getHTML()).to.equal(`<p>Stalin agreed<sup data-citation="${citations.citations[1].key}"></sup>.</p>`);
    expect(menu.matches(':popover-open')).to.equal(false);
  });

  it('tells the editor to add citations first when the post has none', async () => {
    const button = await renderButton(undefined);
    await button.updateComplete;
    expect(button.shadowRoot!.querySelectorAll('li button')).to.have.length(0);
    expect(button.shadowRoot!.textContent).to.contain('This post has no citations yet');
  });

  it('passes the accessibility audit', async () => {
    const button = await renderButton(citations);
    await waitUntil(() => button.shadowRoot!.querySelectorAll('li button').length === 3, 'citations listed');
    await expect(button).to.be.accessible();
  });
});
