import { createPropertyWorkspace, type HistoryPropertyWorkspace } from '../testing/server-validation.js';
import { loadValueFixture, registerEnglish, stubFetch, waitUntil } from '../testing/test-utils.js';
import { manifests } from './manifests.js';
import { HistoryBlockActionEvent, HistoryBlockSettingEvent, type HistoryProgramBlockElement } from './program-block.element.js';
import './program-blocks.element.js';
import type { HistoryProgramBlocksElement } from './program-blocks.element.js';
import type { HistoryProgramBlocksValue } from './types.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';

registerEnglish();
umbExtensionsRegistry.registerMany(manifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)));

const BAD_LINK = 'The call to action link must be an absolute http(s) URL.';

function blocks(el: HistoryProgramBlocksElement): Array<HistoryProgramBlockElement> {
  return [...el.shadowRoot!.querySelectorAll('history-cms-program-block')];
}

function messagesOf(block: HistoryProgramBlockElement): string {
  return block.shadowRoot!.querySelector('.messages')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('server validation messages in history-cms-program-blocks', () => {
  let stored: HistoryProgramBlocksValue;
  let workspace: HistoryPropertyWorkspace;
  let el: HistoryProgramBlocksElement;
  let stub: ReturnType<typeof stubFetch>;

  beforeEach(async () => {
    stub = stubFetch(() => undefined);
    stored = await loadValueFixture<HistoryProgramBlocksValue>('blocks.valid.json');
    workspace = createPropertyWorkspace('blocks');
    el = await fixture<HistoryProgramBlocksElement>(
      html`<history-cms-program-blocks .value=${structuredClone(stored)}></history-cms-program-blocks>`,
      { parentNode: workspace.host },
    );
    await waitUntil(() => el.kinds.size >= 7, 'block kinds loaded', 30000);
    await el.updateComplete;
  });

  afterEach(() => {
    stub.restore();
    fixtureCleanup();
    workspace.dispose();
  });

  const data = () => ({ alias: 'blocks', editorAlias: 'HistoryCms.ProgramBlocks', culture: null, segment: null, value: stored });

  it('shows the message the server reports at $.values[i].value.blocks[6].content.url next to the seventh block only', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.blocks[6].content.url': [BAD_LINK] });
    await waitUntil(() => messagesOf(blocks(el)[6]).includes(BAD_LINK), 'message on the seventh block');
    blocks(el).forEach((block, i) => {
      if (i !== 6) expect(messagesOf(block), `block ${i}`).to.not.include(BAD_LINK);
    });
    const path = workspace.validation.messages.getMessages()[0].path;
    expect(path).to.equal(`${workspace.dataPath}.blocks[?(@.key == '${stored.blocks[6].key}')].content.url`);
  });

  it('keeps the message with its block when the block is moved', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.blocks[6].settings.anchor': ['The anchor is used twice.'] });
    blocks(el)[6].dispatchEvent(new HistoryBlockActionEvent('up'));
    await el.updateComplete;
    expect(el.value?.blocks[5].key).to.equal(stored.blocks[6].key);
    await waitUntil(() => messagesOf(blocks(el)[5]).includes('The anchor is used twice.'), 'message moved with its block');
    expect(messagesOf(blocks(el)[6])).to.not.include('The anchor is used twice.');
  });

  it('drops a block server message once the editor changes that block, and a removed block takes its messages along', async () => {
    await workspace.reportServerErrors(data(), {
      '$.values[0].value.blocks[1].settings.heading': ['The heading is too long.'],
      '$.values[0].value.blocks[2].content': ['No such program.'],
    });
    await waitUntil(() => messagesOf(blocks(el)[1]).includes('The heading is too long.'), 'first message shown');

    blocks(el)[1].dispatchEvent(new HistoryBlockSettingEvent('heading', 'Shorter'));
    blocks(el)[2].dispatchEvent(new HistoryBlockActionEvent('remove'));

    await waitUntil(() => workspace.validation.messages.getMessages().length === 0, 'both messages gone');
    await el.updateComplete;
    await blocks(el)[1].updateComplete;
    expect(messagesOf(blocks(el)[1])).to.not.include('The heading is too long.');
  });

  // Paths as ProgramBlockListValidator writes them: blocks[i].content.<path of BlockContentCheck> (Nested: link.url,
  // items[1].author) and blocks[i].settings.anchor.
  it('puts server messages with nested paths under the same fields the editor’s own checks use', async () => {
    const url = 'Block 6 (callToAction): the link must be an absolute http or https URL, such as https://www.example.org/page.';
    const person = 'Block 5 (people): Person 2 does not exist or is not published.';
    await workspace.reportServerErrors(data(), {
      '$.values[0].value.blocks[5].content.link.url': [url],
      '$.values[0].value.blocks[4].content.items[1].author': [person],
      '$.values[0].value.blocks[0].settings.anchor': ['The anchor is used twice.'],
    });
    await waitUntil(() => messagesOf(blocks(el)[5]).includes(url), 'collapsed: listed at the block');
    const open = async (i: number) => {
      (blocks(el)[i].shadowRoot!.querySelector('#toggle') as HTMLElement).click();
      await el.updateComplete;
      await blocks(el)[i].updateComplete;
      await waitUntil(() => blocks(el)[i].editor !== undefined, 'editor created', 30000);
      const editor = blocks(el)[i].editor as unknown as HTMLElement & { updateComplete: Promise<unknown> };
      await editor.updateComplete;
      return editor;
    };
    const cta = await open(5);
    expect(cta.shadowRoot!.querySelector('#link-url-messages')?.textContent).to.contain(url);
    expect(cta.shadowRoot!.querySelector('uui-input[name=url]')!.hasAttribute('error')).to.equal(true);
    expect(messagesOf(blocks(el)[5]), 'expanded: only at the field').to.equal('');
    const people = await open(4);
    expect(people.shadowRoot!.querySelector('[id="items-1-author-messages"]')?.textContent).to.contain(person);
    await open(0);
    expect(blocks(el)[0].shadowRoot!.querySelector('#anchor-messages')?.textContent).to.contain('The anchor is used twice.');
    expect(blocks(el)[0].shadowRoot!.querySelector('uui-input[name=anchor]')!.hasAttribute('error')).to.equal(true);
  });

  it('passes the accessibility audit with a server message shown', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.blocks[0].content.markup': ['The text holds a script.'] });
    await waitUntil(() => messagesOf(blocks(el)[0]).includes('The text holds a script.'), 'message shown');
    expect(blocks(el)[0].shadowRoot!.querySelector('[role=status]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
