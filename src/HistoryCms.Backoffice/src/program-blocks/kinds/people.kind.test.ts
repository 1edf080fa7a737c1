import { BLOCK_DOCUMENTS } from '../../testing/block-documents.js';
import { onStage } from '../../testing/backoffice-stage.js';
import { loadValueFixture, pickedDocuments, stubFetch, waitUntil } from '../../testing/test-utils.js';
import type { HistoryProgramBlocksValue } from '../types.js';
import './people.kind.js';
import type { HistoryPeopleKindElement } from './people.kind.js';
import { expect, html } from '@open-wc/testing';

// A People block's entries pick their person with Umbraco's own document picker (`umb-input-document`), which names
// each pick through the document item repository it finds by alias (UMB_DOCUMENT_ITEM_REPOSITORY_ALIAS,
// documents/components/input-document/input-document.context.js) and the document item reference
// (documents/item/document-item-ref.element.js, named for the variant context's display culture), backoffice 17.1.0.

describe('People block kind in Umbraco’s property layout', () => {
  let stub: ReturnType<typeof stubFetch>;
  afterEach(() => stub.restore());

  it('shows each picked person by name and icon, as the document picker lists them', async () => {
    stub = stubFetch(() => undefined, BLOCK_DOCUMENTS);
    const stored = await loadValueFixture<HistoryProgramBlocksValue>('blocks.valid.json');
    const people = stored.blocks.find((b) => b.kind === 'people')!;
    const el = await onStage<HistoryPeopleKindElement>('People', '', html`<history-cms-block-people .content=${people.content}></history-cms-block-people>`);
    const pickers = () => [...el.shadowRoot!.querySelectorAll('umb-input-document')];
    expect(pickers()).to.have.length(2);
    await waitUntil(() => pickers().every((p) => pickedDocuments(p).length === 1), 'each entry’s picker shows its person', 10000);
    expect(pickers().map(pickedDocuments)).to.deep.equal([[{ name: 'Mira Holt', icon: 'icon-user' }], [{ name: 'Tomas Varga', icon: 'icon-user' }]]);
  });
});
