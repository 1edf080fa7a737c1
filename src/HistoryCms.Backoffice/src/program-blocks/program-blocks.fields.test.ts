import { blocksOf as blocks, editorOf, inside, renderProgramBlocks, useProgramBlocksSuite, type HistoryUpdatingElement } from '../testing/program-blocks.js';
import { registerEnglish, type, waitUntil } from '../testing/test-utils.js';
import { manifests } from './manifests.js';
import type { HistoryProgramBlocksElement } from './program-blocks.element.js';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';

// Issue 16 for Program Blocks: native fields in one grid, errors at the field, quiet new blocks, the catalogue's
// descriptions and add buttons that say what they add. Umbraco's own form controls mark an invalid field with their
// `error` attribute (uui-input, uui-textarea) and the property editor moves the focus to it on save
// (UmbFormControlMixin.focusFirstInvalidElement, backoffice 17.1.0 validation/mixins/form-control.mixin.js).

registerEnglish();
umbExtensionsRegistry.registerMany(manifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)));

function text(root: Element, selector: string): string {
  return root.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function expand(el: HistoryProgramBlocksElement, index: number): Promise<HistoryUpdatingElement> {
  inside(blocks(el)[index], '#toggle').click();
  await el.updateComplete;
  await blocks(el)[index].updateComplete;
  return editorOf(blocks(el)[index]);
}

describe('history-cms-program-blocks: fields and errors', () => {
  const suite = useProgramBlocksSuite();

  const render = (value: unknown, readonly = false) => renderProgramBlocks(value, { readonly });

  it('marks the anchor field invalid with its message under it, and leaves the other fields alone', async () => {
    const value = structuredClone(suite.stored);
    value.blocks[1].settings.anchor = 'Not An Anchor';
    const el = await render(value);
    const block = blocks(el)[1];
    expect(text(block, '.messages'), 'collapsed: listed under the header').to.contain('An anchor uses lowercase letters');
    expect(block.shadowRoot!.querySelector('uui-badge[color=invalid]'), 'collapsed: marked').to.not.equal(null);
    await expand(el, 1);
    expect(inside(block, 'uui-input[name=anchor]').hasAttribute('error')).to.equal(true);
    expect(text(block, '#anchor-messages')).to.equal('An anchor uses lowercase letters, digits and hyphens, e.g. about-the-program.');
    expect(inside(block, 'uui-input[name=heading]').hasAttribute('error')).to.equal(false);
    expect(block.shadowRoot!.querySelector('.messages'), 'expanded: shown at the field only').to.equal(null);
  });

  it('shows no errors on a new, untouched block until the editor saves; then marks the field and focuses it', async () => {
    const el = await render(structuredClone(suite.stored));
    el.addBlock('callToAction');
    await el.updateComplete;
    const block = blocks(el).at(-1)!;
    const editor = await editorOf(block);
    expect(editor.shadowRoot!.querySelector('.field-messages'), 'untouched: quiet').to.equal(null);
    expect(inside(editor, 'uui-input[name=label]').hasAttribute('error')).to.equal(false);
    expect(block.shadowRoot!.querySelector('.messages')).to.equal(null);

    expect(el.checkValidity(), 'saving finds the empty label').to.equal(false);
    expect(el.validationMessage).to.equal('Some blocks need attention: see the marked fields.');
    await el.focusFirstInvalidElement();
    await block.updateComplete;
    await editor.updateComplete;
    expect(inside(editor, 'uui-input[name=label]').hasAttribute('error')).to.equal(true);
    expect(text(editor, '#label-messages')).to.equal('Write the label.');
    expect(text(editor, '#link-url-messages')).to.equal('Give an external link or pick a page.');
    await waitUntil(() => editor.shadowRoot!.activeElement?.getAttribute('name') === 'label', 'the focus is on the label');

    type(inside(editor, 'uui-input[name=label]'), 'Read the documents');
    type(inside(editor, 'uui-input[name=url]'), 'https://example.org/documents');
    await editor.updateComplete;
    await block.updateComplete;
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('.field-messages')).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
  });

  it('shows a new block\u2019s errors once the editor leaves it', async () => {
    const el = await render(undefined);
    el.addBlock('people');
    await el.updateComplete;
    const block = blocks(el)[0];
    const editor = await editorOf(block);
    expect(editor.shadowRoot!.querySelector('#items-messages')).to.equal(null);
    inside(block, '#body').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
    await block.updateComplete;
    await editor.updateComplete;
    expect(text(editor, '#items-messages'), 'the list-level message stays at the list').to.equal('Add at least one entry.');
  });

  it('puts a missing person\u2019s message under that entry\u2019s picker', async () => {
    const value = structuredClone(suite.stored);
    (value.blocks[4].content as { items: Array<Record<string, string>> }).items[1] = { role: 'Fellow' };
    const el = await render(value);
    const editor = await expand(el, 4);
    expect(text(editor, '[id="items-1-author-messages"]')).to.equal('Entry 2: pick a person.');
    expect(editor.shadowRoot!.querySelector('[id="items-0-author-messages"]')).to.equal(null);
    expect(inside(editor, 'li[data-entry="1"] .control').hasAttribute('data-invalid')).to.equal(true);
  });

  it('says what the entry lists\u2019 buttons add and groups each entry under its own legend', async () => {
    const el = await render(structuredClone(suite.stored));
    const people = await expand(el, 4);
    expect(inside(people, '#add-entry').getAttribute('label')).to.equal('Add person');
    expect([...people.shadowRoot!.querySelectorAll('fieldset > legend')].map((l) => l.textContent)).to.deep.equal(['Person 1', 'Person 2']);
    expect(inside(people, 'li[data-entry="0"] uui-button.remove').getAttribute('label')).to.equal('Remove Person 1');
    const promos = await expand(el, 3);
    expect(inside(promos, '#add-entry').getAttribute('label')).to.equal('Add program');
  });

  it('lines up the labels and inputs of the settings and of the kind\u2019s fields in one grid, with help under the field', async () => {
    const el = await render(structuredClone(suite.stored));
    const block = blocks(el)[5];
    const editor = await expand(el, 5);
    const anchor = inside(block, 'uui-input[name=anchor]').getBoundingClientRect();
    const label = inside(editor, 'uui-input[name=label]').getBoundingClientRect();
    expect(Math.abs(anchor.left - label.left), 'inputs start at the same x').to.be.below(1);
    const anchorLabel = inside(block, 'uui-label[for=anchor]').getBoundingClientRect();
    const labelLabel = inside(editor, 'uui-label[for=label]').getBoundingClientRect();
    expect(Math.abs(anchorLabel.left - labelLabel.left), 'labels start at the same x').to.be.below(1);
    const help = inside(block, '#anchor-description');
    expect(help.getBoundingClientRect().top, 'the help is under the field').to.be.at.least(anchor.bottom - 1);
    expect(inside(block, 'uui-label[for=anchor]').textContent!.trim()).to.equal('Anchor');
    expect(text(editor, '#link-url-description')).to.contain('https://www.example.org/page');
    expect(inside(editor, 'uui-label[for=link-url]').textContent!.trim()).to.equal('External link');
  });

  it('lines up each entry\u2019s picker and text field with the settings\u2019 inputs in a wide workspace (label beside the field)', async () => {
    await setViewport({ width: 1040, height: 900 });
    try {
      const el = await render(structuredClone(suite.stored));
      const block = blocks(el)[4];
      const people = await expand(el, 4);
      const heading = inside(block, 'uui-input[name=heading]').getBoundingClientRect();
      expect(inside(block, 'uui-label[for=heading]').getBoundingClientRect().right, 'label beside the field').to.be.below(heading.left);
      const picker = inside(people, 'li[data-entry="0"] umb-input-document').getBoundingClientRect();
      const role = inside(people, 'uui-input[name=role-0]').getBoundingClientRect();
      expect(Math.round(picker.left), 'the person picker starts where the heading input starts').to.equal(Math.round(heading.left));
      expect(Math.round(role.left), 'the role input starts where the heading input starts').to.equal(Math.round(heading.left));
      const remove = inside(people, 'li[data-entry="0"] uui-button.remove').getBoundingClientRect();
      expect(Math.round(remove.left), 'the remove button sits under the fields').to.equal(Math.round(heading.left));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('makes every field read-only in read-only mode', async () => {
    const el = await render(structuredClone(suite.stored), true);
    const block = blocks(el)[2];
    const editor = await expand(el, 2);
    for (const name of ['heading', 'anchor']) expect(inside<HTMLElement & { readonly: boolean }>(block, `uui-input[name=${name}]`).readonly, name).to.equal(true);
    expect(inside<HTMLElement & { readonly: boolean }>(block, 'uui-toggle[name=hidden]').readonly).to.equal(true);
    expect(inside<HTMLElement & { readonly: boolean }>(editor, 'uui-input[name=count]').readonly).to.equal(true);
    expect(inside<HTMLElement & { readonly: boolean }>(editor, 'uui-toggle[name=includeProjects]').readonly).to.equal(true);
    const people = await expand(el, 4);
    expect(people.shadowRoot!.querySelector('#add-entry'), 'no way to add').to.equal(null);
    expect(people.shadowRoot!.querySelector('uui-button.remove'), 'no way to remove').to.equal(null);
    for (const picker of people.shadowRoot!.querySelectorAll<HTMLElement & { readonly: boolean }>('umb-input-document')) expect(picker.readonly).to.equal(true);
  });

  it('has no browser-default inputs, text areas or checkboxes in any kind', async () => {
    const el = await render(structuredClone(suite.stored));
    for (let i = 0; i < suite.stored.blocks.length; i++) {
      const editor = await expand(el, i);
      expect(blocks(el)[i].shadowRoot!.querySelector('input, textarea, select'), `settings of block ${i}`).to.equal(null);
      expect(editor.shadowRoot!.querySelector('input, textarea, select'), `editor of block ${i}`).to.equal(null);
    }
  });

  it('shows each kind in the catalogue with its icon, name and one-line description', async () => {
    const el = await render(undefined);
    inside(el, '#add').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#catalogue button').length === 7, 'catalogue open');
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#catalogue button')];
    expect(cards.map((c) => c.querySelector('.kind-name')!.textContent)).to.deep.equal([
      'Rich text',
      'Featured documents',
      'Latest posts',
      'Project promos',
      'People',
      'Call to action',
      'Document search link',
    ]);
    expect(cards.map((c) => c.querySelector('umb-icon')!.getAttribute('name'))).to.deep.equal([
      'icon-document',
      'icon-script',
      'icon-article',
      'icon-sitemap',
      'icon-users',
      'icon-link',
      'icon-search',
    ]);
    const people = cards[4];
    const description = el.shadowRoot!.getElementById(people.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('People of the program with their roles.');
    for (const card of cards) expect(card.querySelector('.kind-description')!.textContent!.length, card.dataset.kind).to.be.above(10);
  });
});
