import { FIXTURE_DOCUMENTS } from '../testing/citation-documents.js';
import { onStage, screenshot } from '../testing/backoffice-stage.js';
import { loadValueFixture, stubFetch, waitUntil } from '../testing/test-utils.js';
import type { HistoryCitationItemElement } from '../document-citations/citation-item.element.js';
import type { HistoryCitationsValue } from '../document-citations/citation-value.js';
import '../document-citations/document-citations.element.js';
import type { HistoryDocumentCitationsElement } from '../document-citations/document-citations.element.js';
import { expect, html } from '@open-wc/testing';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

// Each state of the Document Citations editor as an editor sees it, at 1040 and 720 px (artifacts/screenshots).

const preview = (request: { value: unknown }) => ({
  // The preview endpoint's shape: each citation as the Delivery API delivers it (a CitationDto), plus its messages.
  items: (request.value as HistoryCitationsValue).citations.map((c, i) => ({
    citation: {
      key: c.key,
      number: i + 1,
      document: { id: c.documentKey, title: FIXTURE_DOCUMENTS.find((d) => d.id === c.documentKey)?.name ?? '' },
      // The locators of the fixture as Chicago prints them; a citation without one prints none.
      formatted: { note: `${FIXTURE_DOCUMENTS.find((d) => d.id === c.documentKey)?.name}${c.locator ? (i === 0 ? ', l. 193ob' : ', pp. 67–70') : ''}, Wilson Center Digital Archive.` },
    },
    messages: [],
  })),
  messages: [],
});

function cards(el: HistoryDocumentCitationsElement): Array<HistoryCitationItemElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-citation-item')];
}

async function citations(value: unknown, config: Array<{ alias: string; value: unknown }> = [], readonly = false) {
  return onStage<HistoryDocumentCitationsElement>(
    'Citations',
    'The archival documents this post cites, with the page or folio of each passage.',
    html`<history-cms-document-citations .previewDelay=${10} ?readonly=${readonly} .config=${new UmbPropertyEditorConfigCollection(config)}
      .value=${value}></history-cms-document-citations>`,
  );
}

async function named(el: HistoryDocumentCitationsElement) {
  await waitUntil(() => cards(el).every((c) => c.document !== undefined), 'document names loaded', 5000);
  await el.updateComplete;
}

async function openAll(el: HistoryDocumentCitationsElement, stored: HistoryCitationsValue) {
  for (const c of stored.citations) el.toggle(c.key);
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

describe('screenshots: Document Citations', () => {
  let stub: ReturnType<typeof stubFetch>;
  let stored: HistoryCitationsValue;
  beforeEach(async () => (stored = await loadValueFixture<HistoryCitationsValue>('citations.valid.json')));
  afterEach(() => stub.restore());

  it('filled and collapsed: one line per citation', async () => {
    stub = stubFetch(preview, FIXTURE_DOCUMENTS);
    const el = await citations(structuredClone(stored));
    await named(el);
    expect(cards(el).map((c) => c.expanded)).to.deep.equal([false, false, false]);
    await screenshot('citations-collapsed');
  });

  it('filled and expanded, with the preview', async () => {
    stub = stubFetch(preview, FIXTURE_DOCUMENTS);
    const el = await citations(structuredClone(stored));
    await named(el);
    await openAll(el, stored);
    await waitUntil(() => cards(el)[0].shadowRoot!.querySelector('.preview') !== null, 'preview shown');
    await screenshot('citations-filled');
  });

  it('first paint: before the document names arrive', async () => {
    stub = stubFetch(preview, []);
    const el = await citations(structuredClone(stored));
    expect(cards(el)[0].shadowRoot!.querySelector('.title')!.textContent).to.equal('Loading the document\u2026');
    await screenshot('citations-first-paint');
  });

  it('empty', async () => {
    stub = stubFetch(preview, FIXTURE_DOCUMENTS);
    const el = await citations(undefined);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No documents cited yet.');
    await screenshot('citations-empty');
  });

  it('errors at the fields after a save', async () => {
    stub = stubFetch(() => undefined, FIXTURE_DOCUMENTS);
    const broken = structuredClone(stored);
    broken.citations[0].locator = { label: 'folio', value: 'fol. x?' };
    broken.citations[1].quoteLanguage = 'Russian';
    const el = await citations(broken, [{ alias: 'requireLocator', value: true }]);
    await named(el);
    expect(el.checkValidity()).to.equal(false);
    await el.focusFirstInvalidElement();
    el.toggle(broken.citations[1].key);
    el.toggle(broken.citations[2].key);
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(cards(el)[0].shadowRoot!.querySelector('uui-input[name=locator]')!.hasAttribute('error')).to.equal(true);
    await screenshot('citations-errors');
  });

  it('read-only', async () => {
    stub = stubFetch(preview, FIXTURE_DOCUMENTS);
    const el = await citations(structuredClone(stored), [], true);
    await named(el);
    await openAll(el, stored);
    expect(cards(el)[0].shadowRoot!.querySelectorAll('uui-button')).to.have.length(0);
    expect((cards(el)[0].shadowRoot!.querySelector('uui-input[name=locator]') as HTMLElement & { readonly: boolean }).readonly).to.equal(true);
    expect(cards(el)[2].shadowRoot!.querySelector('uui-input[name=locator]'), 'no locator: no empty box beside "No locator"').to.equal(null);
    await screenshot('citations-read-only');
  });

  it('preview endpoint down: names still come from Umbraco', async () => {
    stub = stubFetch(() => undefined, FIXTURE_DOCUMENTS);
    const el = await citations(structuredClone(stored));
    await named(el);
    el.toggle(stored.citations[0].key);
    await el.updateComplete;
    expect(cards(el)[1].shadowRoot!.querySelector('.title')!.textContent).to.equal(FIXTURE_DOCUMENTS[1].name);
    await screenshot('citations-preview-down');
  });
});
