import { dragEvent, markup } from '../testing/test-utils.js';
import { HistoryReorderableListController, historyListStyles } from './reorderable-list.controller.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';

interface Row {
  key: string;
  text: string;
}

interface RowsValue {
  rows: Array<Row>;
}

/** A row element as the real editors have one: a drag handle it can focus. */
class TestRowElement extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<button id="handle" type="button">Move</button>';
  }

  focusHandle(): void {
    this.shadowRoot!.querySelector('button')!.focus();
  }
}

/** The smallest list property editor: everything but the rows comes from the controller. */
class TestListEditorElement extends UmbFormControlMixin<RowsValue | undefined, typeof UmbLitElement, undefined>(UmbLitElement, undefined) {
  static override properties = { readonly: { type: Boolean }, mandatory: { type: Boolean } };
  static override styles = historyListStyles;

  readonly = false;
  mandatory = false;
  mandatoryMessage = 'Add a row.';
  changedCalls = 0;
  list = new HistoryReorderableListController<Row, RowsValue>(this, {
    read: (value) => (Array.isArray(value?.rows) ? value.rows : []),
    toValue: (rows) => ({ rows: rows.map((row) => ({ ...row })) }),
    write: (value) => {
      this.value = value;
      this._runValidators();
    },
    terms: { moved: 'testList_rowMoved', tooFew: 'testList_tooFewRows', tooMany: 'testList_tooManyRows' },
    changed: () => this.changedCalls++,
  });

  override set value(value: RowsValue | undefined) {
    super.value = value;
    this.list.receive(value);
  }
  override get value(): RowsValue | undefined {
    return super.value;
  }

  override render() {
    return html`${this.list.renderList('Rows', (row) => html`<test-list-row data-key=${row.key}></test-list-row>`)}
      ${this.list.renderAnnouncement()}`;
  }
}

umbLocalizationManager.registerLocalization({
  $code: 'en',
  $dir: 'ltr',
  testList_rowMoved: (position: number, count: number) => `Row moved to position ${position} of ${count}.`,
  testList_tooFewRows: (min: number) => `Add at least ${min} rows.`,
  testList_tooManyRows: (max: number) => `Keep at most ${max} rows.`,
} as never);

if (!customElements.get('test-list-row')) customElements.define('test-list-row', TestRowElement);
if (!customElements.get('test-list-editor')) customElements.define('test-list-editor', TestListEditorElement);

const rowsOf = (...keys: Array<string>): RowsValue => ({ rows: keys.map((key) => ({ key, text: `Row ${key}` })) });

function keysOf(value: RowsValue | undefined): Array<string> {
  return (value?.rows ?? []).map((row) => row.key);
}

function rows(el: TestListEditorElement): Array<HTMLLIElement> {
  return [...el.shadowRoot!.querySelectorAll('li')];
}

function liveRegion(el: TestListEditorElement): string {
  return el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent ?? '';
}

function focusedKey(el: TestListEditorElement): string | undefined {
  const active = el.shadowRoot!.activeElement;
  return active instanceof TestRowElement && active.shadowRoot!.activeElement?.id === 'handle' ? (active.dataset.key ?? undefined) : undefined;
}

async function render(value: RowsValue | undefined, config: Array<{ alias: string; value: unknown }> = []) {
  const el = await fixture<TestListEditorElement>(html`<test-list-editor .value=${value}></test-list-editor>`);
  el.list.configure(new UmbPropertyEditorConfigCollection(config));
  return el;
}

describe('HistoryReorderableListController', () => {
  it('renders one keyed row per item in a labelled ordered list', async () => {
    const el = await render(rowsOf('a', 'b', 'c'));
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Rows');
    expect(rows(el).map((row) => row.dataset.index)).to.deep.equal(['0', '1', '2']);
    expect([...el.shadowRoot!.querySelectorAll('test-list-row')].map((row) => row.getAttribute('data-key'))).to.deep.equal(['a', 'b', 'c']);
  });

  it('moves within bounds: emits UmbChangeEvent with the new value, announces the position and focuses the moved item', async () => {
    const el = await render(rowsOf('a', 'b', 'c'));
    setTimeout(() => el.list.move(0, 2));
    const event = await oneEvent(el, UmbChangeEvent.TYPE);
    expect(event).to.be.instanceOf(UmbChangeEvent);
    expect(el.value).to.deep.equal(rowsOf('b', 'c', 'a'));
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Row moved to position 3 of 3.');
    expect(focusedKey(el)).to.equal('a');
  });

  it('does nothing when the first item moves up or the last moves down', async () => {
    const el = await render(rowsOf('a', 'b', 'c'));
    let changes = 0;
    el.addEventListener(UmbChangeEvent.TYPE, () => changes++);
    expect(el.list.move(0, -1)).to.equal(false);
    expect(el.list.move(2, 3)).to.equal(false);
    expect(el.list.move(1, 1)).to.equal(false);
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect(keysOf(el.value)).to.deep.equal(['a', 'b', 'c']);
    expect(liveRegion(el)).to.equal('');
  });

  it('removes an item and puts the focus on the item that took its place, or on the new last one', async () => {
    const el = await render(rowsOf('a', 'b', 'c', 'd'));
    expect(el.list.remove(1)).to.deep.equal({ key: 'b', text: 'Row b' });
    await el.updateComplete;
    expect(keysOf(el.value)).to.deep.equal(['a', 'c', 'd']);
    expect(focusedKey(el)).to.equal('c');
    el.list.remove(2);
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('c');
    expect(el.list.remove(5), 'nothing at that index').to.equal(undefined);
    expect(keysOf(el.value)).to.deep.equal(['a', 'c']);
  });

  it('appends, inserts and replaces items, emitting the whole list each time', async () => {
    const el = await render(rowsOf('b'));
    const emitted: Array<Array<string>> = [];
    el.addEventListener(UmbChangeEvent.TYPE, () => emitted.push(keysOf(el.value)));
    el.list.append({ key: 'c', text: 'Row c' }, { key: 'd', text: 'Row d' });
    el.list.insert(0, { key: 'a', text: 'Row a' });
    el.list.replace(3, (row) => ({ ...row, text: 'Last row' }));
    expect(emitted).to.deep.equal([['b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']]);
    expect(el.value!.rows[3]).to.deep.equal({ key: 'd', text: 'Last row' });
  });

  it('reads a value from outside but not the value it emitted itself', async () => {
    const el = await render(rowsOf('a', 'b'));
    const before = el.changedCalls;
    el.list.move(0, 1);
    const items = el.list.items;
    el.value = el.value;
    expect(el.list.items, 'the same array: the emitted value was not read again').to.equal(items);
    expect(el.changedCalls - before).to.equal(1);
    el.value = rowsOf('x');
    expect(el.list.items.map((row) => row.key)).to.deep.equal(['x']);
    expect(el.changedCalls - before).to.equal(2);
    el.value = { rows: 'broken' } as unknown as RowsValue;
    expect(el.list.items).to.have.length(0);
  });

  it('reorders by dragging a row by its handle onto another and marks the drop target meanwhile', async () => {
    const el = await render(rowsOf('a', 'b', 'c'));
    const handle = el.shadowRoot!.querySelector('test-list-row')!.shadowRoot!.querySelector('#handle')!;
    handle.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(rows(el)[0].getAttribute('draggable')).to.equal('true');
    expect(rows(el)[1].getAttribute('draggable')).to.equal('false');
    rows(el)[0].dispatchEvent(dragEvent('dragstart'));
    rows(el)[2].dispatchEvent(dragEvent('dragover'));
    await el.updateComplete;
    expect(rows(el)[2].classList.contains('drop-target')).to.equal(true);
    rows(el)[2].dispatchEvent(dragEvent('drop'));
    await el.updateComplete;
    expect(keysOf(el.value)).to.deep.equal(['b', 'c', 'a']);
    expect(rows(el).some((row) => row.classList.contains('drop-target'))).to.equal(false);
    expect(liveRegion(el)).to.equal('Row moved to position 3 of 3.');
  });

  it('never makes a row draggable in read-only mode', async () => {
    const el = await render(rowsOf('a', 'b'));
    el.readonly = true;
    const handle = el.shadowRoot!.querySelector('test-list-row')!.shadowRoot!.querySelector('#handle')!;
    handle.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(rows(el).map((row) => row.getAttribute('draggable'))).to.deep.equal(['false', 'false']);
  });

  it('validates the number of items against mandatory, minItems and maxItems', async () => {
    const el = await render(undefined, [
      { alias: 'minItems', value: 2 },
      { alias: 'maxItems', value: '3' },
    ]);
    expect(el.checkValidity(), 'empty and not mandatory').to.equal(true);
    el.mandatory = true;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Add a row.');
    el.list.append({ key: 'a', text: '' });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Add at least 2 rows.');
    el.list.append({ key: 'b', text: '' }, { key: 'c', text: '' });
    expect(el.checkValidity()).to.equal(true);
    el.list.append({ key: 'd', text: '' });
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Keep at most 3 rows.');
  });

  it('announces what the editor tells it to in a polite live region', async () => {
    const el = await render(rowsOf('a'));
    el.list.announce('Row added.');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Row added.');
    expect(markup(el.shadowRoot!.querySelector('[role=status].visually-hidden'))).to.contain('Row added.');
  });
});
