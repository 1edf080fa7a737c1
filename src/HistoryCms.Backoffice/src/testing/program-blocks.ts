// Helpers of the Program Blocks browser tests (never bundled): one way to render the editor and reach into it.
import { loadValueFixture, stubFetch, waitUntil } from './test-utils.js';
import { manifests as kindManifests } from '../program-blocks/kinds/manifests.js';
import type { HistoryProgramBlockElement } from '../program-blocks/program-block.element.js';
import '../program-blocks/program-blocks.element.js';
import type { HistoryProgramBlocksElement } from '../program-blocks/program-blocks.element.js';
import type { HistoryProgramBlocksValue } from '../program-blocks/types.js';
import { fixture, html } from '@open-wc/testing';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';

/** An element Lit renders, with its `updateComplete`. */
export type HistoryUpdatingElement = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Renders the Program Blocks editor with `value` and the data type's `config`, read-only if asked, and waits until the
 * built-in kinds are loaded.
 */
export async function renderProgramBlocks(
  value: unknown,
  options: { config?: Array<{ alias: string; value: unknown }>; readonly?: boolean } = {},
): Promise<HistoryProgramBlocksElement> {
  const el = await fixture<HistoryProgramBlocksElement>(
    html`<history-cms-program-blocks ?readonly=${options.readonly ?? false} .config=${new UmbPropertyEditorConfigCollection(options.config ?? [])}
      .value=${value}></history-cms-program-blocks>`,
  );
  await waitUntil(() => el.kinds.size >= 7, 'built-in kinds loaded', 30000);
  await el.updateComplete;
  return el;
}

/** The editor's blocks, in order. */
export function blocksOf(el: HistoryProgramBlocksElement): Array<HistoryProgramBlockElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-program-block')];
}

/** The first element matching `selector` in `root`'s shadow root; fails naming both when there is none. */
export function inside<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${root.tagName}`);
  return found;
}

/** The kind's editor of an expanded block, once it is created and rendered. */
export async function editorOf(block: HistoryProgramBlockElement): Promise<HistoryUpdatingElement> {
  await waitUntil(() => block.editor !== undefined && (block.editor as unknown as HTMLElement).isConnected, `editor of ${block.block?.kind}`, 30000);
  const editor = block.editor as unknown as HistoryUpdatingElement;
  await editor.updateComplete;
  return editor;
}

/** What a Program Blocks test reads: the fixture value, a fresh copy for each test. */
export interface HistoryProgramBlocksSuite {
  stored: HistoryProgramBlocksValue;
}

/**
 * The hooks of a Program Blocks test file (call it inside the `describe`): every kind's module loaded once up front
 * (they pull in Umbraco's rich-text editor and document picker); before each test a fresh copy of
 * tests/fixtures/values/blocks.valid.json and the Management API stubbed (restored after it).
 */
export function useProgramBlocksSuite(): HistoryProgramBlocksSuite {
  const suite = {} as HistoryProgramBlocksSuite;
  let stub: ReturnType<typeof stubFetch> | undefined;
  before(async function () {
    this.timeout(180000);
    await Promise.all(kindManifests.map((m) => (typeof m.js === 'function' ? m.js() : undefined)));
  });
  beforeEach(async () => {
    suite.stored = await loadValueFixture<HistoryProgramBlocksValue>('blocks.valid.json');
    stub = stubFetch(() => undefined);
  });
  afterEach(() => stub?.restore());
  return suite;
}
