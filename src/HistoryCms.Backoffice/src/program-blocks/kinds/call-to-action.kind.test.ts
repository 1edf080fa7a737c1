import { createHost } from '../../testing/test-utils.js';
import { HistoryCallToActionKindApi } from './call-to-action.kind.js';
import { expect } from '@open-wc/testing';

// The link of a call to action leads to one place: an external link or a page of the site. Missing and doubled links
// are two different mistakes and get two different messages (the server's CallToActionBlockKind says "not both" only
// when both are given).
describe('call to action checks', () => {
  const api = new HistoryCallToActionKindApi(createHost());
  const page = '6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61';
  const terms = (link: Record<string, unknown>) => api.check({ label: 'Explore', link }).map((c) => `${c.path}: ${c.term}`);

  it('asks for a link when neither an external link nor a page is given', () => {
    expect(terms({})).to.deep.equal(['link.url: historyCms_checkLinkMissing']);
  });

  it('says "not both" only when both an external link and a page are given', () => {
    expect(terms({ url: 'https://example.org/archive', document: page })).to.deep.equal(['link.url: historyCms_checkLinkBoth']);
  });

  it('accepts one external link or one page', () => {
    expect(terms({ url: 'https://example.org/archive' })).to.deep.equal([]);
    expect(terms({ document: page })).to.deep.equal([]);
  });
});
