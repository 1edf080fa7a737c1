import { BLOCK_DOCUMENTS } from '../testing/block-documents.js';
import { onStage, screenshot } from '../testing/backoffice-stage.js';
import { loadValueFixture, pickedDocuments, stubFetch, waitUntil } from '../testing/test-utils.js';
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
    stub = stubFetch(() => undefined, BLOCK_DOCUMENTS);
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

    /** Expands a block and waits for its kind's editor. */
    async function open(el: HistoryProgramBlocksElement, index: number) {
      (rows(el)[index].shadowRoot!.querySelector('#toggle') as HTMLElement).click();
      await el.updateComplete;
      await waitUntil(() => rows(el)[index].editor !== undefined, 'kind editor created', 30000);
      await rows(el)[index].updateComplete;
      await (rows(el)[index].editor as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }

    async function blocks(value: unknown, readonly = false) {
      const el = await onStage<HistoryProgramBlocksElement>('Blocks', 'The sections of the program page, in order.', html`<history-cms-program-blocks
        ?readonly=${readonly} .config=${new UmbPropertyEditorConfigCollection([])} .value=${value}></history-cms-program-blocks>`);
      await waitUntil(() => el.kinds.size === 7, 'kinds loaded', 30000);
      await el.updateComplete;
      return el;
    }

    it('filled and collapsed: summaries say something', async () => {
      const el = await blocks(structuredClone(stored));
      await waitUntil(() => line(rows(el)[4]) === 'People Mira Holt and Tomas Varga', 'the people named', 10000);
      const lines = rows(el).map(line);
      expect(lines[0]).to.equal('Rich text About the program');
      expect(lines[1]).to.equal(
        'Featured documents Record of a Conversation with Comrade Mao Zedong and Cable from the Soviet Embassy in Beijing',
        'a heading that repeats the kind: the picked documents instead',
      );
      expect(lines[5]).to.equal('Call to action Explore the digital archive → https://example.org/archive');
      for (const text of lines) expect(text).to.not.match(/0 \u00d7|\u2014$/);
      await screenshot('blocks-collapsed');
    });

    it('summaries of blocks without a heading: the picked items, never "0 \u00d7 \u2014"', async () => {
      const value = structuredClone(stored);
      for (const b of value.blocks) delete b.settings.heading;
      value.blocks[1].content = { documents: [] };
      const el = await blocks(value);
      await waitUntil(() => line(rows(el)[4]) === 'People Mira Holt and Tomas Varga', 'the people named', 10000);
      const lines = rows(el).map(line);
      expect(lines[1]).to.equal('Featured documents', 'nothing picked: no count, no dash');
      expect(lines[2]).to.equal('Latest posts The latest 3 posts, including its projects\u2019 posts');
    });

    // Like Umbraco's Block List, whose collapsed block shows a label from its content: the picked documents' names, from
    // Umbraco's document item repository (as umb-input-document names its picks), the count until they are known.
    const named: Array<{ kind: string; index: number; content: Record<string, unknown>; names: string; counted: string }> = [
      {
        kind: 'featuredDocuments',
        index: 1,
        content: { documents: ['0b9e1f3a-7c2d-4e8f-a1b5-6d4c3e2f1a00', '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170', '9f304152-6c7d-4e8f-a01b-c2d3e4f50617'], note: 'Soviet side.' },
        names: 'Featured documents Record of a Conversation with Comrade Mao Zedong, Cable from the Soviet Embassy in Beijing and 1 more',
        counted: 'Featured documents 3 documents: Soviet side.',
      },
      {
        kind: 'projectPromos',
        index: 3,
        content: { items: [{ program: '7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5', blurb: 'Own words.' }] },
        names: 'Project promos North Korea International Documentation Project',
        counted: 'Project promos 1 entry: Own words.',
      },
      {
        kind: 'people',
        index: 4,
        content: { items: [{ author: '9f304152-6c7d-4e8f-a01b-c2d3e4f50617', role: 'Director' }, { author: 'a0415263-7d8e-4f90-b12c-d3e4f5061728' }, { role: 'Editor' }] },
        names: 'People Mira Holt, Tomas Varga and 1 more',
        counted: 'People 3 entries: Director, Editor',
      },
    ];
    it('a collapsed latestPosts block without a heading names the page the blocks are on (its property dataset)', async () => {
      const value = structuredClone(stored);
      delete value.blocks[2].settings.heading;
      const dataset = await onStage<HTMLElement & { name?: string }>('Blocks', 'The sections of the program page, in order.', html`<umb-property-dataset
        .name=${'North Korea International Documentation Project'}><history-cms-program-blocks .config=${new UmbPropertyEditorConfigCollection([])}
        .value=${value}></history-cms-program-blocks></umb-property-dataset>`);
      const el = dataset.querySelector<HistoryProgramBlocksElement>('history-cms-program-blocks')!;
      await waitUntil(() => el.kinds.size === 7, 'kinds loaded', 30000);
      const expected = 'Latest posts 3 posts from North Korea International Documentation Project and its projects';
      await waitUntil(() => line(rows(el)[2]) === expected, `the page named: ${line(rows(el)[2])}`, 10000);
      dataset.name = 'Cold War International History Project';
      await waitUntil(() => line(rows(el)[2]).endsWith('from Cold War International History Project and its projects'), 'the renamed page', 10000);
    });

    for (const c of named) {
      it(`a collapsed ${c.kind} block without a heading names its picked documents once they are resolved`, async () => {
        const value = structuredClone(stored);
        delete value.blocks[c.index].settings.heading;
        value.blocks[c.index].content = c.content;
        const el = await blocks(value);
        await waitUntil(() => line(rows(el)[c.index]) === c.names, `${c.kind} named: ${line(rows(el)[c.index])}`, 10000);
        const label = rows(el)[c.index].shadowRoot!.querySelector('.summary strong')!.textContent!.trim();
        expect(line(rows(el)[c.index]).split(label)).to.have.length(2, 'the kind named once');
      });

      it(`a collapsed ${c.kind} block keeps its count when the repository knows none of its documents`, async () => {
        stub.restore();
        stub = stubFetch(() => undefined, []);
        const value = structuredClone(stored);
        delete value.blocks[c.index].settings.heading;
        value.blocks[c.index].content = c.content;
        const el = await blocks(value);
        await waitUntil(() => stub.requests.some((r) => r.url.includes('/item/document?')), 'the documents asked for', 10000);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await rows(el)[c.index].updateComplete;
        expect(line(rows(el)[c.index])).to.equal(c.counted);
      });
    }

    it('catalogue open', async () => {
      const el = await blocks(undefined);
      await (el.shadowRoot!.querySelector('#add') as HTMLElement & { click(): Promise<void> | void }).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('#catalogue button')).to.have.length(7);
      expect(el.shadowRoot!.querySelector('#catalogue button[data-kind=people] .kind-description')!.textContent).to.equal('People of the program with their roles.');
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
      await open(el, 1);
      expect(rows(el)[1].shadowRoot!.querySelector('#anchor-description')!.textContent).to.contain('lowercase letters, digits and hyphens');
      expect(rows(el)[1].shadowRoot!.querySelector('uui-input[name=anchor]')!.hasAttribute('error')).to.equal(true);
      expect(rows(el)[1].shadowRoot!.querySelector('#anchor-messages')!.textContent).to.contain('An anchor uses lowercase letters');
      expect((rows(el)[1].editor as unknown as Element).shadowRoot!.querySelector('#documents-messages')!.textContent).to.contain('Pick at least one document.');
      await screenshot('blocks-errors');
    });

    it('a new block after a save with errors: the fields marked, the focus on the first', async () => {
      const el = await blocks(undefined);
      el.addBlock('callToAction');
      await el.updateComplete;
      const block = rows(el)[0];
      await waitUntil(() => block.editor !== undefined, 'kind editor created', 30000);
      const editor = block.editor as unknown as HTMLElement & { updateComplete: Promise<unknown> };
      await editor.updateComplete;
      expect(editor.shadowRoot!.querySelector('.field-messages'), 'untouched: quiet').to.equal(null);
      await screenshot('blocks-new-untouched');
      expect(el.checkValidity()).to.equal(false);
      await el.focusFirstInvalidElement();
      await editor.updateComplete;
      expect(editor.shadowRoot!.querySelector('uui-input[name=label]')!.hasAttribute('error')).to.equal(true);
      await screenshot('blocks-errors-after-save');
    });

    it('filled and expanded: settings and each kind’s fields in one grid', async () => {
      const el = await blocks(structuredClone(stored));
      for (const i of [4, 5]) await open(el, i);
      const pickers = [...(rows(el)[4].editor as unknown as Element).shadowRoot!.querySelectorAll('umb-input-document')];
      await waitUntil(() => pickers.every((p) => pickedDocuments(p).length === 1), 'the people named', 10000);
      expect(pickers.map((p) => pickedDocuments(p)[0].name)).to.deep.equal(['Mira Holt', 'Tomas Varga']);
      await screenshot('blocks-filled');
    });

    // One editor per test: open-wc removes each test's fixture after it, so a second stage in one test would remove the first.
    it('filled and expanded: the latest posts and search link kinds', async () => {
      const all = await blocks(structuredClone(stored));
      for (const i of [2, 7]) await open(all, i);
      await screenshot('blocks-filled-search');
    });

    it('read-only', async () => {
      const el = await blocks(structuredClone(stored), true);
      expect(el.shadowRoot!.querySelector('#add')).to.equal(null);
      await open(el, 4);
      await open(el, 5);
      expect((rows(el)[5].shadowRoot!.querySelector('uui-input[name=anchor]') as HTMLElement & { readonly: boolean }).readonly).to.equal(true);
      await screenshot('blocks-read-only');
    });
  });
});
