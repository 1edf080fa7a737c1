import { onStage, screenshot } from '../testing/backoffice-stage.js';
import { loadValueFixture, stubFetch } from '../testing/test-utils.js';
import type { HistoryCitationsValue } from '../document-citations/citation-value.js';
import '../document-citations/document-citations.element.js';
import type { HistoryDocumentCitationsElement } from '../document-citations/document-citations.element.js';
import { expect, html } from '@open-wc/testing';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

describe('screenshots: Document Citations', () => {
  let stub: ReturnType<typeof stubFetch>;
  afterEach(() => stub.restore());

  it('filled', async () => {
    stub = stubFetch(() => undefined);
    const stored = await loadValueFixture<HistoryCitationsValue>('citations.valid.json');
    const el = await onStage<HistoryDocumentCitationsElement>('Citations', 'The archival documents this post cites', html`<history-cms-document-citations
      .config=${new UmbPropertyEditorConfigCollection([])} .value=${stored}></history-cms-document-citations>`);
    const paths = await screenshot('citations-filled');
    expect(paths).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('history-cms-citation-item')).to.have.length(3);
  });
});
