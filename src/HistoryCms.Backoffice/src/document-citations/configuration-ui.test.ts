// The shapes Umbraco's own configuration UIs (backoffice 17.1.0) save for the Document Citations and Program Blocks
// settings, checked on the real elements. tests/HistoryCms.Umbraco.Tests/PropertyEditors/ConfigurationUiShapesTests.cs
// feeds these same shapes through Umbraco's ConfigurationEditor<T>.
import '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/property-editors/number/property-editor-ui-number.element.js';
import '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/components/input-toggle/input-toggle.element.js';
import '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/property-editors/toggle/property-editor-ui-toggle.element.js';
import '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/components/multiple-text-string-input/input-multiple-text-string.element.js';
import '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/property-editors/multiple-text-string/property-editor-ui-multiple-text-string.element.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

describe("the configuration UIs' saved shapes", () => {
  it('the Integer UI saves a number, and nothing once cleared', async () => {
    const number = await fixture<HTMLElement & { value: unknown }>(html`<umb-property-editor-ui-number .value=${0}></umb-property-editor-ui-number>`);
    const input = number.shadowRoot!.querySelector<HTMLElement & { value: string }>('uui-input')!;

    input.value = '3';
    setTimeout(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    await oneEvent(number, 'change');
    expect(number.value).to.equal(3);

    input.value = '';
    setTimeout(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    await oneEvent(number, 'change');
    expect(number.value).to.equal(undefined);
    expect(JSON.stringify({ alias: 'minItems', value: number.value })).to.equal('{"alias":"minItems"}');
  });

  it('the Toggle saves a boolean', async () => {
    const toggle = await fixture<HTMLElement & { value: unknown }>(html`<umb-property-editor-ui-toggle></umb-property-editor-ui-toggle>`);
    const input = toggle.shadowRoot!.querySelector<HTMLElement & { checked: boolean }>('umb-input-toggle')!;

    input.checked = true;
    setTimeout(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    await oneEvent(toggle, 'change');
    expect(toggle.value).to.equal(true);
  });

  it('the Multiple Text String UI saves an array of strings, an unfilled row as ""', async () => {
    const list = await fixture<HTMLElement & { value: unknown }>(
      html`<umb-property-editor-ui-multiple-text-string .value=${['historyArchivalDocument']}></umb-property-editor-ui-multiple-text-string>`,
    );
    const input = list.shadowRoot!.querySelector<HTMLElement & { items: Array<string> }>('umb-input-multiple-text-string')!;

    input.items = ['historyArchivalDocument', ''];
    setTimeout(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    await oneEvent(list, 'change');
    expect(list.value).to.deep.equal(['historyArchivalDocument', '']);
  });
});
