import { createHost, registerEnglish, waitUntil, type HistoryTestHostElement } from '../testing/test-utils.js';
import { HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY } from '../constants.js';
import './document-citations.element.js';
import type { HistoryDocumentCitationsElement } from './document-citations.element.js';
import { forgetDocumentTypeKeys } from './document-type-keys.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { UmbModalManagerContext, type UmbModalContext } from '@umbraco-cms/backoffice/modal';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

registerEnglish();

// The site's document types as the Management API lists them: the package's archival document and blog post at the
// root, and the site's own "siteLetter" inside a folder.
const BLOG_POST_KEY = 'e85b610c-3101-59bc-8c1a-9f21aa3b5bc1';
const SITE_LETTER_KEY = '5c1e7a3b-0d4e-4f6a-9b8c-7d6e5f4a3b2c';
const FOLDER_KEY = '0f0f0f0f-1111-4222-8333-444444444444';
const ALIASES: Record<string, string> = {
  [HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY]: 'historyArchivalDocument',
  [BLOG_POST_KEY]: 'historyBlogPost',
  [SITE_LETTER_KEY]: 'siteLetter',
};
const treeItem = (id: string, isFolder = false, hasChildren = false) => ({ id, isFolder, hasChildren, isElement: false, name: id, icon: 'icon-document', flags: [] });

const realFetch = window.fetch.bind(window);
let requests: Array<string> = [];

function stubManagementApi() {
  requests = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push(url);
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url.includes('/tree/document-type/root')) {
      return json({ total: 3, items: [treeItem(FOLDER_KEY, true, true), treeItem(HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY), treeItem(BLOG_POST_KEY)] });
    }
    if (url.includes('/tree/document-type/children')) return json({ total: 1, items: [treeItem(SITE_LETTER_KEY)] });
    const detail = /\/document-type\/([0-9a-f-]{36})(?:\?|$)/.exec(url);
    if (detail && ALIASES[detail[1]]) return json({ id: detail[1], alias: ALIASES[detail[1]] });
    return json({ items: [], total: 0 });
  };
}

/** Opens the editor's document picker and returns the pickable filter Umbraco's picker would get. */
async function openPicker(host: HistoryTestHostElement, manager: UmbModalManagerContext, allowed: Array<string>) {
  const el = await fixture<HistoryDocumentCitationsElement>(
    html`<history-cms-document-citations
      .config=${new UmbPropertyEditorConfigCollection([{ alias: 'allowedDocumentTypes', value: allowed }])}></history-cms-document-citations>`,
    { parentNode: host },
  );
  let modals: Array<UmbModalContext<{ pickableFilter?: (item: { documentType: { unique: string } }) => boolean }>> = [];
  const subscription = manager.modals.subscribe((m) => (modals = m as never));
  el.shadowRoot!.querySelector<HTMLElement>('#add')!.click();
  await waitUntil(() => modals.length === 1, 'the document picker opened', 10000);
  const filter = modals[0].data.pickableFilter!;
  modals[0].reject();
  subscription.unsubscribe();
  return (key: string) => filter({ documentType: { unique: key } });
}

describe('the citation picker limits documents to the allowed document types', () => {
  let host: HistoryTestHostElement;
  let manager: UmbModalManagerContext;

  beforeEach(() => {
    forgetDocumentTypeKeys();
    stubManagementApi();
    host = createHost();
    manager = new UmbModalManagerContext(host);
  });

  afterEach(() => {
    window.fetch = realFetch;
    fixtureCleanup();
    manager.destroy();
    host.remove();
  });

  it("lets an editor pick documents of the site's own type named by alias, and of the package's type", async () => {
    const pickable = await openPicker(host, manager, ['historyArchivalDocument', 'siteLetter']);

    expect(pickable(HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY)).to.equal(true);
    expect(pickable(SITE_LETTER_KEY)).to.equal(true);
    expect(pickable(SITE_LETTER_KEY.toUpperCase())).to.equal(true);
    expect(pickable(BLOG_POST_KEY)).to.equal(false);
  });

  it('resolves the package types without asking the server', async () => {
    const pickable = await openPicker(host, manager, ['historyArchivalDocument']);

    expect(pickable(HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY)).to.equal(true);
    expect(pickable(BLOG_POST_KEY)).to.equal(false);
    expect(requests.filter((url) => url.includes('document-type'))).to.deep.equal([]);
  });

  it('takes a configured key as it is', async () => {
    const pickable = await openPicker(host, manager, [BLOG_POST_KEY]);

    expect(pickable(BLOG_POST_KEY)).to.equal(true);
    expect(pickable(SITE_LETTER_KEY)).to.equal(false);
  });

  it('allows every document when no type is configured', async () => {
    const any = await openPicker(host, manager, []);

    expect(any(SITE_LETTER_KEY)).to.equal(true);
    expect(any(BLOG_POST_KEY)).to.equal(true);
  });

  it('allows no document when no configured alias names a document type, rather than every document', async () => {
    const none = await openPicker(host, manager, ['noSuchType']);

    expect(none(SITE_LETTER_KEY)).to.equal(false);
    expect(none(HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY)).to.equal(false);
    expect(requests.some((url) => url.includes('/tree/document-type/children'))).to.equal(true);
  });
});
