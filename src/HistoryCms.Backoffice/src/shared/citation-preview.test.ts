import { readPreview } from './citation-preview.js';
import { expect } from '@open-wc/testing';

// The answer of POST /history/api/v1/citations/preview exactly as the C# CitationPreviewBuilder serializes it
// (tests/HistoryCms.Core.Tests/Citations/CitationPreviewBuilderTests.cs, Answers_in_the_contract_shape): each item is
// the Delivery API's citation plus its messages.
const answer = {
  items: [
    {
      citation: {
        key: '3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c',
        number: 2,
        document: {
          id: '6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61',
          title: 'On the Korean Question',
          date: 'July 31, 1958',
          archivalReference: 'RGANI, f. 5, op. 49, d. 131, ll. 193–194',
          path: '/archive/on-the-korean-question/',
          url: null,
        },
        locator: { label: 'folio', value: 'abc', text: 'l. abc' },
        quote: null,
        quoteLanguage: null,
        note: null,
        repeatOf: null,
        isReferenced: false,
        formatted: { note: '“On the Korean Question,” …', shortNote: 'Short', bibliography: 'Bib.', digitalArchive: 'DA' },
      },
      messages: [{ path: 'citations[0].locator.value', message: '"abc" is not a folio number.' }],
    },
  ],
  messages: [{ path: 'body', message: 'A marker points at no citation.' }],
};

describe('readPreview', () => {
  it('reads each item as the delivered citation and its messages', () => {
    const preview = readPreview(answer);

    expect(preview.items).to.deep.equal([
      {
        key: '3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c',
        number: 2,
        document: {
          id: '6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61',
          title: 'On the Korean Question',
          date: 'July 31, 1958',
          archivalReference: 'RGANI, f. 5, op. 49, d. 131, ll. 193–194',
          path: '/archive/on-the-korean-question/',
        },
        formatted: { note: '“On the Korean Question,” …', shortNote: 'Short', bibliography: 'Bib.', digitalArchive: 'DA' },
        messages: [{ path: 'citations[0].locator.value', message: '"abc" is not a folio number.' }],
      },
    ]);
    expect(preview.messages).to.deep.equal([{ path: 'body', message: 'A marker points at no citation.' }]);
  });

  it('drops items that carry no citation and reads a malformed answer as empty', () => {
    expect(readPreview({ items: [{ key: 'flat', messages: [] }, { citation: { number: 1 } }], messages: 'no' })).to.deep.equal({ items: [], messages: [] });
    expect(readPreview('<html>')).to.deep.equal({ items: [], messages: [] });
  });
});
