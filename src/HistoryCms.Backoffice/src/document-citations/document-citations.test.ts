import {
  createHost,
  dragEvent,
  loadValueFixture,
  markup,
  provideDocumentItemStore,
  registerEnglish,
  stubFetch,
  type,
  waitUntil,
} from '../testing/test-utils.js';
import { FIXTURE_DOCUMENTS } from '../testing/citation-documents.js';
import type { HistoryCitationItemElement } from './citation-item.element.js';
import type { HistoryCitationsValue } from './citation-value.js';
import './document-citations.element.js';
import { HistoryDocumentCitationsElement } from './document-citations.element.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

registerEnglish();

function items(el: HistoryDocumentCitationsElement): Array<HistoryCitationItemElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-citation-item')];
}

function field<T extends HTMLElement>(item: HistoryCitationItemElement, selector: string): T {
  const found = item.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function liveRegion(el: HistoryDocumentCitationsElement): string {
  return el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent ?? '';
}

function keysOf(value: HistoryCitationsValue | undefined): Array<string> {
  return (value?.citations ?? []).map((c) => c.key);
}

const previewAnswer = (request: { value: unknown }) => {
  const value = request.value as HistoryCitationsValue;
  return {
    items: value.citations.map((c, i) => ({
      citation: {
        key: c.key,
        number: i + 1,
        document: { id: c.documentKey, title: `Document ${i + 1}` },
        formatted: { note: `Formatted note ${i + 1}`, shortNote: `Short ${i + 1}` },
      },
      messages: c.locator?.value === '999' ? [{ path: 'locator', message: 'Folio 999 is not in this document.' }] : [],
    })),
    messages: [{ path: 'body', message: 'The body has a marker for a citation that is not in the list.' }],
  };
};

describe('history-cms-document-citations', () => {
  let stored: HistoryCitationsValue;
  let stub: ReturnType<typeof stubFetch>;
  let el: HistoryDocumentCitationsElement;
  let host: HTMLElement;

  beforeEach(async () => {
    // A fresh host each time: the fixture renders into it (it becomes the fixture's wrapper, removed after the test).
    host = createHost();
    await provideDocumentItemStore(host);
    stored = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    stub = stubFetch(previewAnswer, FIXTURE_DOCUMENTS);
    el = await fixture<HistoryDocumentCitationsElement>(
      html`<history-cms-document-citations
        .previewDelay=${10}
        .config=${new UmbPropertyEditorConfigCollection([{ alias: 'allowedDocumentTypes', value: ['historyArchivalDocument'] }])}
        .value=${structuredClone(stored)}></history-cms-document-citations>`,
      { parentNode: host },
    );
    // Cards start collapsed; most tests edit fields, so open them all (the collapsed state has its own tests).
    for (const citation of stored.citations) el.toggle(citation.key);
    await el.updateComplete;
    await Promise.all(items(el).map((item) => item.updateComplete));
  });

  afterEach(() => stub.restore());

  it('renders a stored value: one item per citation with its fields', async () => {
    expect(el).to.be.instanceOf(HistoryDocumentCitationsElement);
    const rendered = items(el);
    expect(rendered).to.have.length(3);
    await rendered[0].updateComplete;
    expect(field<HTMLSelectElement>(rendered[0], 'uui-select#locatorLabel').value).to.equal('folio');
    expect(field<HTMLInputElement>(rendered[0], 'uui-input[name=locator]').value).to.equal('193ob');
    expect(field<HTMLTextAreaElement>(rendered[0], 'uui-textarea[name=quote]').value).to.equal('Товарищ Вышинский доложил');
    expect(field<HTMLInputElement>(rendered[0], 'uui-input[name=quoteLanguage]').value).to.equal('ru');
    expect(field<HTMLInputElement>(rendered[2], 'uui-input[name=locator]').value).to.equal('');
    expect(field<HTMLSelectElement>(rendered[2], 'uui-select#locatorLabel').value).to.equal('', 'no locator is "no locator", not Page');
  });

  it('asks the preview endpoint once for the whole list and shows the titles and formatted notes', async () => {
    await waitUntil(() => items(el)[2]?.shadowRoot?.textContent?.includes('Formatted note 3') ?? false, 'preview rendered');
    const previews = stub.requests.filter((r) => r.url.endsWith('/history/api/v1/citations/preview'));
    expect(previews).to.have.length(1);
    expect(previews[0].method).to.equal('POST');
    expect((previews[0].body as { value: unknown }).value).to.deep.equal(stored);
    expect((previews[0].body as { configuration: unknown }).configuration).to.deep.equal({ allowedDocumentTypes: ['historyArchivalDocument'] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.messages')!.textContent).to.contain('a marker for a citation that is not in the list');
    expect(items(el)[1].shadowRoot!.querySelector('.title')!.textContent).to.equal('Cable from the Soviet Embassy in Beijing');
  });

  it('emits UmbChangeEvent with the exact value when the locator is edited', async () => {
    const item = items(el)[1];
    setTimeout(() => type(field<HTMLInputElement>(item, 'uui-input[name=locator]'), '12'));
    const event = await oneEvent(el, 'change');
    expect(event.constructor.name).to.equal('UmbChangeEvent');
    const expected = structuredClone(stored);
    expected.citations[1].locator = { label: 'page', value: '12' };
    expect(el.value).to.deep.equal(expected);
  });

  it('emits the exact value when the locator label, quote and language are edited', async () => {
    const item = items(el)[2];
    const select = field<HTMLSelectElement>(item, 'uui-select#locatorLabel');
    select.value = 'leaf';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value).to.deep.equal(stored, 'a label without a value is not a locator yet');
    type(field<HTMLInputElement>(items(el)[2], 'uui-input[name=locator]'), '5-7ob');
    expect(markup(items(el)[2].shadowRoot!.querySelector('uui-textarea[name=quote]'))).to.equal(undefined, 'an empty quote hides behind "Add quote"');
    await (field<HTMLElement & { click(): Promise<void> }>(items(el)[2], '#add-quote').click());
    await items(el)[2].updateComplete;
    type(field<HTMLTextAreaElement>(items(el)[2], 'uui-textarea[name=quote]'), 'Die Lage ist ernst.');
    setTimeout(() => type(field<HTMLInputElement>(items(el)[2], 'uui-input[name=quoteLanguage]'), 'de'));
    await oneEvent(el, 'change');
    const expected = structuredClone(stored);
    expected.citations[2] = {
      ...expected.citations[2],
      locator: { label: 'leaf', value: '5-7ob' },
      quote: 'Die Lage ist ernst.',
      quoteLanguage: 'de',
    };
    expect(el.value).to.deep.equal(expected);
  });

  it('leaves empty optional fields out of the value', async () => {
    type(field<HTMLTextAreaElement>(items(el)[0], 'uui-textarea[name=note]'), '');
    type(field<HTMLInputElement>(items(el)[0], 'uui-input[name=locator]'), '');
    const citation = el.value!.citations[0];
    expect(citation).to.not.have.property('note');
    expect(citation).to.not.have.property('locator');
    expect(citation.quote).to.equal('Товарищ Вышинский доложил');
  });

  it('moves a citation with Alt+ArrowDown and Alt+ArrowUp and keeps the focus on it', async () => {
    const first = items(el)[0];
    const handle = field<HTMLButtonElement>(first, '#handle');
    handle.focus();
    setTimeout(() => handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true })));
    await oneEvent(el, 'change');
    expect(keysOf(el.value)).to.deep.equal([stored.citations[1].key, stored.citations[0].key, stored.citations[2].key]);
    await waitUntil(() => el.shadowRoot!.activeElement === items(el)[1], 'focus follows the moved item');
    expect(liveRegion(el)).to.equal('Citation moved to position 2 of 3.');
    const moved = items(el)[1];
    field<HTMLButtonElement>(moved, '#handle').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true }),
    );
    expect(keysOf(el.value)).to.deep.equal(keysOf(stored));
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Citation moved to position 1 of 3.');
  });

  it('does not move the first citation up or the last down', async () => {
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const altKey = (key: string) => new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, composed: true });
    field<HTMLButtonElement>(items(el)[0], '#handle').dispatchEvent(altKey('ArrowUp'));
    field<HTMLButtonElement>(items(el)[2], '#handle').dispatchEvent(altKey('ArrowDown'));
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect(keysOf(el.value)).to.deep.equal(keysOf(stored));
    expect(liveRegion(el)).to.equal('');
  });

  it('moves a citation with the move buttons', async () => {
    const down = items(el)[0].shadowRoot!.querySelectorAll('uui-button')[1] as HTMLElement;
    expect(down.getAttribute('label')).to.equal('Move item 1 down');
    await (down as unknown as { click(): Promise<void> }).click();
    expect(keysOf(el.value)).to.deep.equal([stored.citations[1].key, stored.citations[0].key, stored.citations[2].key]);
  });

  it('moves a citation by dragging it with the pointer onto another', async () => {
    const rows = el.shadowRoot!.querySelectorAll('li');
    rows[0].dispatchEvent(dragEvent('dragstart'));
    const over = dragEvent('dragover');
    rows[2].dispatchEvent(over);
    expect(over.defaultPrevented, 'the row accepts the drop').to.equal(true);
    setTimeout(() => rows[2].dispatchEvent(dragEvent('drop')));
    await oneEvent(el, 'change');
    expect(keysOf(el.value)).to.deep.equal([stored.citations[1].key, stored.citations[2].key, stored.citations[0].key]);
  });

  it('removes a citation', async () => {
    const remove = items(el)[1].shadowRoot!.querySelectorAll('uui-button')[2] as HTMLElement;
    await (remove as unknown as { click(): Promise<void> }).click();
    expect(keysOf(el.value)).to.deep.equal([stored.citations[0].key, stored.citations[2].key]);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Citation removed.');
    await waitUntil(() => el.shadowRoot!.activeElement === items(el)[1], 'focus moves to the citation that took its place');
    expect(items(el)[1].citation!.key).to.equal(stored.citations[2].key);
  });

  it('adds citations for picked documents with new keys', async () => {
    el.addDocuments(['11111111-2222-4333-8444-555555555555', 'not-a-key']);
    const added = el.value!.citations[3];
    expect(el.value!.citations).to.have.length(4);
    expect(added.documentKey).to.equal('11111111-2222-4333-8444-555555555555');
    expect(added.key).to.match(/^[0-9a-f-]{36}$/);
    expect(keysOf(el.value)).to.not.include.members(['']);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('One citation added.');
  });

  it('shows client checks and the endpoint messages next to the item', async () => {
    const locator = field<HTMLInputElement>(items(el)[0], 'uui-input[name=locator]');
    type(locator, 'fol. x?');
    type(field<HTMLInputElement>(items(el)[1], 'uui-input[name=locator]'), '999');
    await el.updateComplete;
    expect(markup(items(el)[0].shadowRoot!.querySelector('#locator-messages'))).to.equal(undefined, 'no error while the editor is still in the card');
    locator.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
    field<HTMLInputElement>(items(el)[1], 'uui-input[name=locator]').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await items(el)[0].updateComplete;
    expect(field(items(el)[0], '#locator-messages').textContent).to.contain('Give a folio number, like 193, 193ob, 12r, 5v or 193-194.');
    expect(field(items(el)[0], 'uui-input[name=locator]').hasAttribute('error'), 'the locator field is marked invalid').to.equal(true);
    expect(field(items(el)[0], 'uui-textarea[name=quote]').hasAttribute('error')).to.equal(false);
    await waitUntil(
      () => items(el)[1].shadowRoot!.querySelector('#locator-messages')?.textContent?.includes('Folio 999 is not in this document.') ?? false,
      'server message shown under the locator',
    );
    expect(markup(items(el)[2].shadowRoot!.querySelector('.field-messages'))).to.equal(undefined);
  });

  it('shows no preview and no error when the endpoint cannot be reached', async () => {
    stub.restore();
    stub = stubFetch(() => undefined, FIXTURE_DOCUMENTS);
    type(field<HTMLTextAreaElement>(items(el)[0], 'uui-textarea[name=note]'), 'changed');
    await waitUntil(() => stub.requests.some((r) => r.url.includes('/citations/preview')), 'preview requested');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markup(items(el)[0].shadowRoot!.querySelector('.preview'))).to.equal(undefined);
    expect(markup(items(el)[0].shadowRoot!.querySelector('.field-messages'))).to.equal(undefined);
  });

  it('in read-only mode shows the values without ways to change them', async () => {
    el.readonly = true;
    await el.updateComplete;
    expect(markup(el.shadowRoot!.querySelector('#add'))).to.equal(undefined);
    const item = items(el)[0];
    await item.updateComplete;
    expect(markup(item.shadowRoot!.querySelector('#handle'))).to.equal(undefined);
    expect(item.shadowRoot!.querySelectorAll('uui-button')).to.have.length(0);
    expect(field(item, 'uui-input[name=locator]').hasAttribute('readonly'), 'the locator is read-only').to.equal(true);
    expect(field(item, 'uui-textarea[name=quote]').hasAttribute('readonly'), 'the quote is read-only').to.equal(true);
    expect(field<HTMLSelectElement>(item, 'uui-select#locatorLabel').disabled).to.equal(true);
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true }));
    expect(keysOf(el.value)).to.deep.equal(keysOf(stored));
  });

  it('is invalid when mandatory and empty', async () => {
    const empty = await fixture<HistoryDocumentCitationsElement>(
      html`<history-cms-document-citations mandatory .value=${undefined}></history-cms-document-citations>`,
    );
    expect(empty.checkValidity()).to.equal(false);
    empty.addDocuments(['11111111-2222-4333-8444-555555555555']);
    expect(empty.checkValidity()).to.equal(true);
  });

  it('says when there are fewer citations than minItems or more than maxItems', async () => {
    el.config = new UmbPropertyEditorConfigCollection([
      { alias: 'minItems', value: 4 },
      { alias: 'maxItems', value: 4 },
    ]);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Add at least 4 citations.');
    el.addDocuments(['11111111-2222-4333-8444-555555555555']);
    expect(el.checkValidity()).to.equal(true);
    el.addDocuments(['11111111-2222-4333-8444-666666666666']);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Cite at most 4 documents.');
  });

  it('reads a JSON string and tolerates malformed values', async () => {
    el.value = JSON.stringify(stored) as unknown as HistoryCitationsValue;
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
    el.value = '{not json' as unknown as HistoryCitationsValue;
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
    el.value = { v: 1, citations: [42, null, { key: 'k', documentKey: 'd', locator: { label: 'nonsense', value: '3' } }] } as never;
    await el.updateComplete;
    expect(items(el)).to.have.length(1);
  });

  it('passes the accessibility audit', async () => {
    await waitUntil(() => items(el)[0]?.shadowRoot?.querySelector('.preview') !== null, 'preview rendered');
    await expect(el).to.be.accessible();
  });
});
