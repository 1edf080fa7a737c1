import { createPropertyWorkspace, type HistoryPropertyWorkspace } from '../testing/server-validation.js';
import { loadValueFixture, markup, registerEnglish, stubFetch, type, waitUntil } from '../testing/test-utils.js';
import { HistoryCitationMoveEvent, type HistoryCitationItemElement } from './citation-item.element.js';
import type { HistoryCitationsValue } from './citation-value.js';
import './document-citations.element.js';
import type { HistoryDocumentCitationsElement } from './document-citations.element.js';
import { manifests } from './manifests.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';

registerEnglish();
umbExtensionsRegistry.registerMany(manifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)));

const FOLIO = 'Folio 999 is not in this document.';

function items(el: HistoryDocumentCitationsElement): Array<HistoryCitationItemElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-citation-item')];
}

function messagesOf(item: HistoryCitationItemElement): string {
  const shown = [...item.shadowRoot!.querySelectorAll('.field-messages, .messages')].map((m) => m.textContent ?? '');
  return shown.join(' ').replace(/\s+/g, ' ').trim();
}

describe('server validation messages in history-cms-document-citations', () => {
  let stored: HistoryCitationsValue;
  let workspace: HistoryPropertyWorkspace;
  let el: HistoryDocumentCitationsElement;
  let stub: ReturnType<typeof stubFetch>;

  beforeEach(async () => {
    stored = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    stub = stubFetch(() => undefined);
    workspace = createPropertyWorkspace('citations');
    el = await fixture<HistoryDocumentCitationsElement>(
      html`<history-cms-document-citations .value=${structuredClone(stored)}></history-cms-document-citations>`,
      { parentNode: workspace.host },
    );
  });

  afterEach(() => {
    stub.restore();
    fixtureCleanup();
    workspace.dispose();
  });

  const data = () => ({ alias: 'citations', editorAlias: 'HistoryCms.DocumentCitations', culture: null, segment: null, value: stored });

  it('shows the message the server reports at $.values[i].value.citations[1].locator.value next to the second citation only', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.citations[1].locator.value': [FOLIO] });
    await waitUntil(() => messagesOf(items(el)[1]).includes(FOLIO), 'message on the second citation');
    expect(items(el)[1].expanded, 'the card with the message opens').to.equal(true);
    expect(items(el)[1].shadowRoot!.querySelector('#locator-messages')?.textContent, 'under the locator field').to.include(FOLIO);
    expect(items(el)[1].shadowRoot!.querySelector('uui-input[name=locator]')?.hasAttribute('error'), 'the locator is marked invalid').to.equal(true);
    expect(items(el)[1].shadowRoot!.querySelector('uui-textarea[name=quote]')).to.equal(null, 'no quote field (the citation has none)');
    expect(messagesOf(items(el)[0])).to.not.include(FOLIO);
    expect(messagesOf(items(el)[2])).to.not.include(FOLIO);
  });

  it('points the message at the citation key, so it follows the citation when the list is reordered', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.citations[2].quote': ['The quote is too long.'] });
    const path = workspace.validation.messages.getMessages()[0].path;
    expect(path).to.equal(`${workspace.dataPath}.citations[?(@.key == '${stored.citations[2].key}')].quote`);

    items(el)[2].dispatchEvent(new HistoryCitationMoveEvent(-2));
    await el.updateComplete;
    expect(el.value?.citations[0].key).to.equal(stored.citations[2].key);
    await waitUntil(() => messagesOf(items(el)[0]).includes('The quote is too long.'), 'message moved with its citation');
    expect(messagesOf(items(el)[2])).to.not.include('The quote is too long.');
  });

  it('shows a message at an untranslated index path next to that citation', async () => {
    workspace.validation.messages.addMessage('server', `${workspace.dataPath}.citations[0].locator`, FOLIO);
    await waitUntil(() => messagesOf(items(el)[0]).includes(FOLIO), 'message on the first citation');
    expect(messagesOf(items(el)[1])).to.not.include(FOLIO);
  });

  it('drops a citation server message once the editor changes that citation', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.citations[1].locator.value': [FOLIO] });
    await waitUntil(() => messagesOf(items(el)[1]).includes(FOLIO), 'message shown');
    await items(el)[1].updateComplete;

    type(items(el)[1].shadowRoot!.querySelector<HTMLInputElement>('uui-input[name=locator]')!, '12');

    await waitUntil(() => !messagesOf(items(el)[1]).includes(FOLIO), 'message gone after the edit');
    expect(workspace.validation.messages.getMessages()).to.have.length(0);
  });

  it('keeps messages of the property itself to umb-property and shows list-level ones above the list', async () => {
    await workspace.reportServerErrors(data(), {
      '$.values[0].value.citations': ['Too many citations.'],
      '$.values[0].value': ['Cite at least one document.'],
    });
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Too many citations.'), 'list message shown');
    expect(el.shadowRoot!.textContent).to.not.include('Cite at least one document.');
    for (const item of items(el)) expect(messagesOf(item)).to.equal('');
  });

  it('passes the accessibility audit with a server message shown', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.citations[1].locator.value': [FOLIO] });
    await waitUntil(() => messagesOf(items(el)[1]).includes(FOLIO), 'message shown');
    expect(markup(items(el)[1].shadowRoot!.querySelector('#locator-messages[role=alert]'))).to.include(FOLIO);
    await expect(el).to.be.accessible();
  });
});
