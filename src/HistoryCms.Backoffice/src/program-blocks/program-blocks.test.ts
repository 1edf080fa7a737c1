import { blocksOf as blocks, editorOf, inside, renderProgramBlocks, useProgramBlocksSuite } from '../testing/program-blocks.js';
import { dragEvent, markup, registerEnglish, type, waitUntil } from '../testing/test-utils.js';
import { manifests } from './manifests.js';
import './program-blocks.element.js';
import { HistoryProgramBlocksElement } from './program-blocks.element.js';
import type { HistoryProgramBlocksValue } from './types.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';

registerEnglish();
umbExtensionsRegistry.registerMany(manifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)));

type Clickable = HTMLElement & { click(): Promise<void> | void };

function liveRegion(el: HistoryProgramBlocksElement): string {
  return el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent ?? '';
}

function keysOf(value: HistoryProgramBlocksValue | undefined): Array<string> {
  return (value?.blocks ?? []).map((b) => b.key);
}

/** Picks documents in one of Umbraco's document pickers as the picker modal would. */
function pick(editor: HTMLElement, field: string, keys: Array<string>) {
  const picker = inside<HTMLElement & { selection: Array<string> }>(editor, `umb-input-document[data-field="${field}"]`);
  picker.selection = keys;
  picker.dispatchEvent(new UmbChangeEvent());
}

/** Flips one of Umbraco's toggles as a click on it does (the click lands on its own checkbox). */
function flip(toggle: Element) {
  toggle.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
}

async function click(root: Element, selector: string) {
  await (inside<Clickable>(root, selector).click() as Promise<void> | undefined);
}

/** Fills a freshly added block's editor with the content of a fixture block. */
const fill: Record<string, (editor: HTMLElement, content: Record<string, any>) => Promise<void>> = {
  richText: async (editor, c) => {
    const rte = inside<HTMLElement & { value: string }>(editor, 'umb-input-tiptap');
    rte.value = c.markup;
    rte.dispatchEvent(new UmbChangeEvent());
  },
  featuredDocuments: async (editor, c) => {
    pick(editor, 'documents', c.documents);
    type(inside(editor, 'uui-textarea[name=note]'), c.note);
  },
  latestPosts: async (editor, c) => {
    type(inside(editor, 'uui-input[name=count]'), String(c.count));
    const box = inside<HTMLInputElement>(editor, 'uui-toggle[name=includeProjects]');
    if (box.checked !== c.includeProjects) flip(box);
  },
  projectPromos: async (editor, c) => entries(editor, c.items, 'program', 'blurb'),
  people: async (editor, c) => entries(editor, c.items, 'author', 'role'),
  callToAction: async (editor, c) => {
    type(inside(editor, 'uui-input[name=label]'), c.label);
    if (c.link.url) type(inside(editor, 'uui-input[name=url]'), c.link.url);
    if (c.link.document) pick(editor, 'link.document', [c.link.document]);
  },
  documentSearch: async (editor, c) => {
    type(inside(editor, 'uui-input[name=label]'), c.label);
    pick(editor, 'query.program', [c.query.program]);
    for (const field of ['language', 'repository', 'from', 'to']) type(inside(editor, `uui-input[name=${field}]`), c.query[field]);
  },
};

async function entries(editor: HTMLElement, items: Array<Record<string, string>>, pickField: string, textField: string) {
  for (const [i, item] of items.entries()) {
    await click(editor, '#add-entry');
    await (editor as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    pick(editor, `items[${i}].${pickField}`, [item[pickField]]);
    if (item[textField]) type(inside(editor, `uui-input[name=${textField}-${i}]`), item[textField]);
  }
}

describe('history-cms-program-blocks', () => {
  const suite = useProgramBlocksSuite();

  const render = (value: unknown, config: Array<{ alias: string; value: unknown }> = []) => renderProgramBlocks(value, { config });

  it('renders a stored value collapsed, one summary line per block', async () => {
    const el = await render(structuredClone(suite.stored));
    expect(el).to.be.instanceOf(HistoryProgramBlocksElement);
    const rendered = blocks(el);
    expect(rendered).to.have.length(8);
    await rendered[0].updateComplete;
    expect(rendered[0].shadowRoot!.querySelector('.summary')!.textContent).to.contain('Rich text').and.contain('About the program');
    expect(rendered[2].shadowRoot!.querySelector('.summary')!.getAttribute('aria-expanded')).to.equal('false');
    expect(rendered[6].shadowRoot!.querySelector('.badge')!.textContent).to.equal('Hidden');
    expect(markup(rendered[0].shadowRoot!.querySelector('#body'))).to.equal(undefined);
  });

  it('emits exactly the stored value when nothing but a setting toggled back changes it', async () => {
    const el = await render(structuredClone(suite.stored));
    await click(blocks(el)[2], '.summary');
    await blocks(el)[2].updateComplete;
    flip(inside(blocks(el)[2], 'uui-toggle[name=hidden]'));
    setTimeout(() => flip(inside(blocks(el)[2], 'uui-toggle[name=hidden]')));
    await oneEvent(el, 'change');
    expect(el.value).to.deep.equal(suite.stored);
  });

  it('adds and edits a block of every built-in kind and emits exactly the fixture value', async () => {
    const el = await render(undefined);
    for (const expected of suite.stored.blocks) {
      await click(el, '#add');
      await el.updateComplete;
      await (el.shadowRoot!.querySelector<HTMLButtonElement>(`#catalogue button[data-kind="${expected.kind}"]`)!).click();
      await el.updateComplete;
      const block = blocks(el).at(-1)!;
      await block.updateComplete;
      if (expected.settings.heading) type(inside(block, 'uui-input[name=heading]'), expected.settings.heading);
      type(inside(block, 'uui-input[name=anchor]'), expected.settings.anchor!);
      if (expected.settings.hidden) flip(inside(block, 'uui-toggle[name=hidden]'));
      await fill[expected.kind](await editorOf(block), expected.content);
    }
    const keys = keysOf(el.value);
    expect(new Set(keys).size).to.equal(suite.stored.blocks.length);
    const withFixtureKeys = { ...el.value!, blocks: el.value!.blocks.map((b, i) => ({ ...b, key: suite.stored.blocks[i].key })) };
    expect(withFixtureKeys).to.deep.equal(suite.stored);
    await el.updateComplete;
    await Promise.all(blocks(el).map((b) => b.updateComplete));
    for (const block of blocks(el)) expect(markup(block.shadowRoot!.querySelector('.messages')), block.block!.kind).to.equal(undefined);
  });

  it('offers only the allowed kinds in the catalogue', async () => {
    const el = await render(undefined, [{ alias: 'allowedKinds', value: ['latestPosts', 'people'] }]);
    await click(el, '#add');
    await el.updateComplete;
    const offered = [...el.shadowRoot!.querySelectorAll('#catalogue button')].map((b) => b.getAttribute('data-kind'));
    expect(offered).to.deep.equal(['latestPosts', 'people']);
  });

  it('reorders blocks with the keyboard, the move buttons and by dragging', async () => {
    const el = await render(structuredClone(suite.stored));
    const original = keysOf(suite.stored);
    inside(blocks(el)[0], '#handle').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
    expect(keysOf(el.value).slice(0, 3)).to.deep.equal([original[1], original[0], original[2]]);
    await waitUntil(() => el.shadowRoot!.activeElement === blocks(el)[1], 'focus follows the moved block');
    expect(liveRegion(el)).to.equal('Block moved to position 2 of 8.');
    await click(blocks(el)[1], 'uui-button:first-of-type');
    expect(keysOf(el.value)).to.deep.equal(original);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Block moved to position 1 of 8.');
    const rows = el.shadowRoot!.querySelectorAll(':host > ol > li, ol[aria-label] > li');
    rows[7].dispatchEvent(dragEvent('dragstart'));
    rows[0].dispatchEvent(dragEvent('dragover'));
    rows[0].dispatchEvent(dragEvent('drop'));
    expect(keysOf(el.value)).to.deep.equal([original[7], ...original.slice(0, 7)]);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Block moved to position 1 of 8.');
    expect(rows[7].getAttribute('draggable'), 'not armed without the handle').to.equal('false');
  });

  it('deletes a block and undoes the deletion', async () => {
    const el = await render(structuredClone(suite.stored));
    await click(blocks(el)[3], 'uui-button[color=danger]');
    expect(keysOf(el.value)).to.deep.equal(keysOf(suite.stored).filter((_, i) => i !== 3));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.undo')!.textContent).to.contain('Project promos block removed.');
    expect(liveRegion(el)).to.equal('Project promos block removed.');
    await waitUntil(() => el.shadowRoot!.activeElement === blocks(el)[3], 'focus moves to the block that took its place');
    expect(blocks(el)[3].block!.key).to.equal(suite.stored.blocks[4].key);
    setTimeout(() => click(el, '#undo'));
    await oneEvent(el, 'change');
    expect(el.value).to.deep.equal(suite.stored);
    await el.updateComplete;
    expect(markup(el.shadowRoot!.querySelector('.undo'))).to.equal(undefined);
  });

  it('shows each block\u2019s validation messages next to it, even collapsed', async () => {
    const value = structuredClone(suite.stored);
    (value.blocks[2].content as { count: number }).count = 30;
    value.blocks[5].settings.anchor = 'about';
    (value.blocks[6].content as { link: unknown }).link = {};
    const el = await render(value);
    const text = (i: number) => blocks(el)[i].shadowRoot!.querySelector('.messages')?.textContent ?? '';
    expect(text(2)).to.contain('Show between 1 and 24 posts.');
    expect(text(0)).to.contain('Another block uses the same anchor.');
    expect(text(5)).to.contain('Another block uses the same anchor.');
    expect(text(6)).to.contain('Give an external link or pick a page.');
    expect(text(1)).to.equal('');
  });

  it('keeps a block of an unknown kind as it is and upgrades a version 1 value', async () => {
    const el = await render({
      v: 1,
      blocks: [
        { key: 'k1', kind: 'siteMap', content: { depth: 2 }, anchor: 'map', hidden: true },
        { key: 'k2', kind: 'latestPosts', content: { count: 5, includeProjects: false }, heading: 'News' },
        'not a block',
      ],
    });
    await click(blocks(el)[1], '.summary');
    await blocks(el)[1].updateComplete;
    type(inside(blocks(el)[1], 'uui-input[name=heading]'), 'Latest news');
    expect(el.value).to.deep.equal({
      v: 2,
      blocks: [
        { key: 'k1', kind: 'siteMap', content: { depth: 2 }, settings: { anchor: 'map', hidden: true } },
        { key: 'k2', kind: 'latestPosts', content: { count: 5, includeProjects: false }, settings: { hidden: false, heading: 'Latest news' } },
      ],
    });
  });

  it('lets a site register its own kind with its own editor element', async () => {
    class SiteTimelineElement extends HTMLElement {
      content?: Record<string, unknown>;
      readonly = false;
      override connectedCallback() {
        this.innerHTML = '<button type="button">Add year</button>';
        this.querySelector('button')!.addEventListener('click', () =>
          this.dispatchEvent(new CustomEvent('history-block-content', { bubbles: true, composed: true, detail: { content: { years: [1945] } } })),
        );
      }
    }
    if (!customElements.get('site-timeline-block')) customElements.define('site-timeline-block', SiteTimelineElement);
    umbExtensionsRegistry.register({
      type: 'historyProgramBlockKind',
      alias: 'Site.ProgramBlockKind.Timeline',
      name: 'Timeline',
      elementName: 'site-timeline-block',
      meta: { kind: 'siteTimeline', label: 'Timeline', icon: 'icon-time', defaultContent: { years: [] } },
    });
    try {
      const el = await render(undefined);
      await waitUntil(() => el.catalogue.some((k) => k.manifest.meta.kind === 'siteTimeline'), 'site kind listed');
      el.addBlock('siteTimeline');
      await el.updateComplete;
      const editor = await editorOf(blocks(el)[0]);
      editor.querySelector('button')!.click();
      expect(el.value!.blocks[0]).to.deep.include({ kind: 'siteTimeline', content: { years: [1945] } });
    } finally {
      umbExtensionsRegistry.unregister('Site.ProgramBlockKind.Timeline');
    }
  });

  it('in read-only mode shows the blocks without ways to change them', async () => {
    const el = await render(structuredClone(suite.stored));
    el.readonly = true;
    await el.updateComplete;
    expect(markup(el.shadowRoot!.querySelector('#add'))).to.equal(undefined);
    const block = blocks(el)[1];
    await block.updateComplete;
    expect(markup(block.shadowRoot!.querySelector('#handle'))).to.equal(undefined);
    expect(block.shadowRoot!.querySelectorAll('uui-button')).to.have.length(0);
    await click(block, '.summary');
    await block.updateComplete;
    expect(inside<HTMLElement & { readonly: boolean }>(block, 'uui-input[name=anchor]').readonly).to.equal(true);
    expect(inside<HTMLInputElement & { readonly: boolean }>(block, 'uui-toggle[name=hidden]').readonly).to.equal(true);
    const editor = await editorOf(block);
    expect(inside<HTMLElement & { readonly: boolean }>(editor, 'uui-textarea[name=note]').readonly).to.equal(true);
    expect(editor.shadowRoot!.querySelector('uui-button'), 'no way to add or remove').to.equal(null);
    expect(el.value).to.deep.equal(suite.stored);
  });

  it('is invalid when mandatory and empty', async () => {
    const el = await fixture<HistoryProgramBlocksElement>(html`<history-cms-program-blocks mandatory></history-cms-program-blocks>`);
    await waitUntil(() => el.kinds.size >= 7, 'kinds loaded', 30000);
    expect(el.checkValidity()).to.equal(false);
    el.addBlock('latestPosts');
    expect(el.checkValidity()).to.equal(true);
  });

  it('says when there are fewer blocks than minItems or more than maxItems', async () => {
    const el = await render(structuredClone(suite.stored), [
      { alias: 'minItems', value: 9 },
      { alias: 'maxItems', value: 9 },
    ]);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Add at least 9 blocks.');
    el.addBlock('latestPosts');
    expect(el.checkValidity()).to.equal(true);
    el.addBlock('latestPosts');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Use at most 9 blocks.');
  });

  it('passes the accessibility audit with blocks expanded and the catalogue open', async () => {
    const el = await render(structuredClone(suite.stored));
    for (const i of [1, 2, 3, 5, 7]) await click(blocks(el)[i], '.summary');
    for (const i of [1, 2, 3, 5, 7]) await editorOf(blocks(el)[i]);
    await click(el, '#add');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

