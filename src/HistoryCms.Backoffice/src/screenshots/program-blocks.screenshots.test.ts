import { onStage, screenshot } from '../testing/backoffice-stage.js';
import { loadValueFixture, stubFetch, waitUntil } from '../testing/test-utils.js';
import { manifests as kindManifests } from '../program-blocks/kinds/manifests.js';
import '../program-blocks/program-block.element.js';
import type { HistoryProgramBlockElement } from '../program-blocks/program-block.element.js';
import '../program-blocks/program-blocks.element.js';
import type { HistoryProgramBlocksElement } from '../program-blocks/program-blocks.element.js';
import type { HistoryProgramBlocksValue } from '../program-blocks/types.js';
import { expect, html } from '@open-wc/testing';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

// Each state of the Program Blocks editor as an editor sees it, at 1040 and 720 px (artifacts/screenshots/blocks-*).

function rows(el: HistoryProgramBlocksElement): Array<HistoryProgramBlockElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-program-block')];
}

/** The collapsed line: the kind's name, then the summary. */
function line(block: Element): string {
  const part = (selector: string) => block.shadowRoot!.querySelector(`.summary ${selector}`)?.textContent?.trim() ?? '';
  return [part('strong'), part('.line')].filter((t) => t.length > 0).join(' ');
}

describe('screenshots: Program Blocks', () => {
  let stub: ReturnType<typeof stubFetch>;
  let stored: HistoryProgramBlocksValue;
  beforeEach(async () => {
    stored = await loadValueFixture<HistoryProgramBlocksValue>('blocks.valid.json');
    stub = stubFetch(() => undefined);
  });
  afterEach(() => stub.restore());

  it('first paint: a block whose kind is not loaded yet shows a neutral loading row, not its alias', async () => {
    const list = await onStage<HTMLElement>('Blocks', 'The sections of the program page.', html`<div>
      ${stored.blocks.slice(0, 3).map((b, i) => html`<history-cms-program-block .block=${b} .index=${i} .count=${3} .kindsLoaded=${false}></history-cms-program-block>`)}
    </div>`);
    const first = list.querySelector('history-cms-program-block')!;
    await first.updateComplete;
    expect(line(first)).to.equal('Loading block\u2026 About the program');
    expect(line(first)).to.not.contain('richText');
    await screenshot('blocks-first-paint');
  });

  describe('with the built-in kinds', () => {
    before(() => umbExtensionsRegistry.registerMany(kindManifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias))));

    async function blocks(value: unknown, readonly = false) {
      const el = await onStage<HistoryProgramBlocksElement>('Blocks', 'The sections of the program page, in order.', html`<history-cms-program-blocks
        ?readonly=${readonly} .config=${new UmbPropertyEditorConfigCollection([])} .value=${value}></history-cms-program-blocks>`);
      await waitUntil(() => el.kinds.size === 7, 'kinds loaded', 30000);
      await el.updateComplete;
      return el;
    }

    it('filled and collapsed: summaries say something', async () => {
      const el = await blocks(structuredClone(stored));
      const lines = rows(el).map(line);
      expect(lines[0]).to.equal('Rich text About the program');
      expect(lines[5]).to.equal('Call to action Explore the digital archive → https://example.org/archive');
      for (const text of lines) expect(text).to.not.match(/0 \u00d7|\u2014$/);
      await screenshot('blocks-collapsed');
    });

    it('summaries of blocks without a heading: the picked items, never "0 \u00d7 \u2014"', async () => {
      const value = structuredClone(stored);
      for (const b of value.blocks) delete b.settings.heading;
      value.blocks[1].content = { documents: [] };
      const el = await blocks(value);
      const lines = rows(el).map(line);
      expect(lines[1]).to.equal('Featured documents', 'nothing picked: no count, no dash');
      expect(lines[2]).to.equal('Latest posts The latest 3 posts, including its projects\u2019 posts');
      expect(lines[4]).to.equal('People 2 entries: Director');
    });

    it('catalogue open', async () => {
      const el = await blocks(undefined);
      await (el.shadowRoot!.querySelector('#add') as HTMLElement & { click(): Promise<void> | void }).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('#catalogue button')).to.have.length(7);
      await screenshot('blocks-catalogue-open');
    });

    it('empty', async () => {
      const el = await blocks(undefined);
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No blocks yet.');
      await screenshot('blocks-empty');
    });

    it('expanded, with errors and the Anchor help', async () => {
      const value = structuredClone(stored);
      value.blocks[1].content = { documents: [] };
      value.blocks[1].settings.anchor = 'Not An Anchor';
      const el = await blocks(value);
      (rows(el)[1].shadowRoot!.querySelector('.summary') as HTMLElement).click();
      await el.updateComplete;
      await waitUntil(() => rows(el)[1].editor !== undefined, 'kind editor created', 30000);
      await rows(el)[1].updateComplete;
      expect(rows(el)[1].shadowRoot!.querySelector('#anchor-help')!.textContent).to.contain('lowercase letters, digits and hyphens');
      await screenshot('blocks-errors');
    });

    it('read-only', async () => {
      const el = await blocks(structuredClone(stored), true);
      expect(el.shadowRoot!.querySelector('#add')).to.equal(null);
      await screenshot('blocks-read-only');
    });
  });
});
