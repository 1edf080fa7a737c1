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

  it('passes the accessibility audit with a server message shown', async () => {
    await workspace.reportServerErrors(data(), { '$.values[0].value.blocks[0].content.markup': ['The text holds a script.'] });
    await waitUntil(() => messagesOf(blocks(el)[0]).includes('The text holds a script.'), 'message shown');
    expect(blocks(el)[0].shadowRoot!.querySelector('[role=status]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
