import { FIXTURE_DOCUMENTS } from '../testing/citation-documents.js';
import { createHost, loadValueFixture, markup, provideDocumentItemStore, registerEnglish, stubFetch, type, waitUntil } from '../testing/test-utils.js';
import { HistoryCitationPickDocumentEvent, type HistoryCitationItemElement } from './citation-item.element.js';
import type { HistoryCitationsValue } from './citation-value.js';
import './document-citations.element.js';
import type { HistoryDocumentCitationsElement } from './document-citations.element.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

registerEnglish();

function items(el: HistoryDocumentCitationsElement): Array<HistoryCitationItemElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-citation-item')];
}

function text(root: Element, selector: string): string {
  return root.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const NEW_DOCUMENT = { id: '11111111-2222-4333-8444-555555555555', name: 'Memorandum of Conversation', icon: 'icon-newspaper' };

describe('history-cms-document-citations cards', () => {
  let stored: HistoryCitationsValue;
  let stub: ReturnType<typeof stubFetch>;
  let el: HistoryDocumentCitationsElement;

  async function render(config: Array<{ alias: string; value: unknown }> = []) {
    const host = createHost();
    await provideDocumentItemStore(host);
    el = await fixture<HistoryDocumentCitationsElement>(
      html`<history-cms-document-citations .previewDelay=${10} .config=${new UmbPropertyEditorConfigCollection(config)}
        .value=${structuredClone(stored)}></history-cms-document-citations>`,
      { parentNode: host },
    );
  }

  beforeEach(async () => {
    stored = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    // The preview endpoint is down: every name must come from Umbraco's document items.
    stub = stubFetch(() => undefined, [...FIXTURE_DOCUMENTS, NEW_DOCUMENT]);
  });

  afterEach(() => stub.restore());

  it('collapses each citation to one line: number, document name and icon, printed locator or "no locator"', async () => {
    await render();
    await waitUntil(() => text(items(el)[0], '.title') === FIXTURE_DOCUMENTS[0].name, 'document name from the item repository');
    const [first, second, third] = items(el);
    expect(first.expanded).to.equal(false);
    expect(markup(first.shadowRoot!.querySelector('#body'))).to.equal(undefined, 'no fields while collapsed');
    expect(text(first, '#toggle')).to.equal(`1 ${FIXTURE_DOCUMENTS[0].name} fol. 193ob`);
    expect(first.shadowRoot!.querySelector('#toggle umb-icon')!.getAttribute('name')).to.equal('icon-newspaper');
    expect(text(second, '#toggle')).to.equal(`2 ${FIXTURE_DOCUMENTS[1].name} pp. 67–70`);
    expect(text(third, '#toggle')).to.equal(`3 ${FIXTURE_DOCUMENTS[0].name} no locator`);
    expect(first.shadowRoot!.querySelector('#toggle')!.getAttribute('aria-expanded')).to.equal('false');
    (first.shadowRoot!.querySelector('#toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await first.updateComplete;
    expect(first.expanded).to.equal(true);
    expect(first.shadowRoot!.querySelector('uui-input[name=locator]')).to.not.equal(null);
  });

  it('names a document that no longer exists as missing, at its Document field', async () => {
    stub.restore();
    stub = stubFetch(() => undefined, FIXTURE_DOCUMENTS.slice(0, 1));
    await render();
    await waitUntil(() => text(items(el)[1], '.title') === 'Document not found', 'missing document named');
    el.toggle(stored.citations[1].key);
    await el.updateComplete;
    await items(el)[1].updateComplete;
    expect(text(items(el)[1], '#document-messages')).to.contain('no longer exists');
    expect(items(el)[1].shadowRoot!.querySelector('#pick-document')!.getAttribute('label')).to.equal('Choose another document');
  });

  it('changes the document of a citation from its card, keeping its locator, quote and note', async () => {
    await render();
    el.toggle(stored.citations[0].key);
    await el.updateComplete;
    const card = items(el)[0];
    await card.updateComplete;
    setTimeout(() => (card.shadowRoot!.querySelector('#pick-document') as HTMLElement).click());
    const asked = await oneEvent(el, HistoryCitationPickDocumentEvent.TYPE);
    expect(asked).to.be.instanceOf(HistoryCitationPickDocumentEvent);
    setTimeout(() => el.changeDocument(0, NEW_DOCUMENT.id));
    await oneEvent(el, 'change');
    expect(el.value!.citations[0]).to.deep.equal({ ...stored.citations[0], documentKey: NEW_DOCUMENT.id });
    await waitUntil(() => text(items(el)[0], '.title') === NEW_DOCUMENT.name, 'the new document named');
  });

  it('shows no errors on a new, untouched citation until the editor leaves it or saves; then marks the field and focuses it', async () => {
    await render([{ alias: 'requireLocator', value: true }]);
    el.addDocuments([NEW_DOCUMENT.id]);
    await el.updateComplete;
    const card = items(el)[3];
    await card.updateComplete;
    expect(card.expanded, 'a new citation opens').to.equal(true);
    expect(markup(card.shadowRoot!.querySelector('.field-messages'))).to.equal(undefined);
    expect(card.shadowRoot!.querySelector('uui-input[name=locator]')!.hasAttribute('error')).to.equal(false);

    expect(el.checkValidity(), 'saving finds the missing locator').to.equal(false);
    expect(el.validationMessage).to.equal('Some citations need attention: see the marked fields.');
    await el.updateComplete;
    await card.updateComplete;
    expect(text(card, '#locator-messages')).to.equal('Give a locator: the page or folio of the passage, like 12 or 193ob.');
    expect(card.shadowRoot!.querySelector('uui-input[name=locator]')!.hasAttribute('error')).to.equal(true);
    expect(items(el)[0].shadowRoot!.querySelector('.field-messages')).to.equal(null, 'valid citations stay quiet');

    // The stored third citation has no locator either: it is the first invalid one, so it opens and takes the focus.
    const third = items(el)[2];
    expect(third.expanded).to.equal(false);
    await el.focusFirstInvalidElement();
    expect(third.expanded, 'the first invalid citation opens').to.equal(true);
    await waitUntil(() => third.shadowRoot!.activeElement?.id === 'locator', 'the focus is on its locator');

    type(card.shadowRoot!.querySelector<HTMLInputElement>('uui-input[name=locator]')!, '12');
    type(third.shadowRoot!.querySelector<HTMLInputElement>('uui-input[name=locator]')!, '4');
    await el.updateComplete;
    await card.updateComplete;
    expect(markup(card.shadowRoot!.querySelector('#locator-messages'))).to.equal(undefined);
    expect(el.checkValidity()).to.equal(true);
  });

  it('shows "Add quote" and "Add note" instead of empty optional fields, and opens the field asked for', async () => {
    await render();
    el.toggle(stored.citations[2].key);
    await el.updateComplete;
    const card = items(el)[2];
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('uui-textarea')).to.equal(null);
    expect(card.shadowRoot!.querySelector('#locatorLabel')!.getAttribute('label')).to.equal('Locator');
    await (card.shadowRoot!.querySelector('#add-note') as HTMLElement & { click(): Promise<void> }).click();
    await waitUntil(() => card.shadowRoot!.activeElement?.id === 'note', 'the note field takes the focus');
    expect(card.shadowRoot!.querySelector('#add-note')).to.equal(null);
    expect(card.shadowRoot!.querySelector('#add-quote')).to.not.equal(null);
    for (const input of card.shadowRoot!.querySelectorAll('uui-input, uui-textarea')) {
      expect(input.getAttribute('placeholder') ?? '', 'no placeholder that looks like a value').to.equal('');
    }
  });
});
