import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import { UMB_PROPERTY_CONTEXT } from '@umbraco-cms/backoffice/property';
import { UmbValidationContext, type UmbValidationMessage } from '@umbraco-cms/backoffice/validation';

/** Item keys that can go into a JSON-Path filter as Umbraco writes them (`?(@.key == '...')`) without escaping. */
const SAFE_KEY = /^[\w.:-]+$/;

/**
 * The JSON-Path filter that points at a list item by its key, as Umbraco's block editors point at a block
 * (`UmbDataPathBlockElementDataQuery`): `?(@.key == 'KEY')`. A key that cannot be written inside it stays an index.
 * @param item The item (its `key`).
 * @param index Its position, used when the key cannot be written into a filter.
 * @returns The text between the brackets of `citations[...]`.
 */
export function historyItemQuery(item: { key?: unknown } | undefined, index: number): string {
  const key = item?.key;
  return typeof key === 'string' && SAFE_KEY.test(key) ? `?(@.key == '${key}')` : String(index);
}

/** Whether `path` is `base` or below it (the next character starts a property or an index), as Umbraco matches paths. */
function isAtOrBelow(path: string, base: string): boolean {
  return path.startsWith(base) && (path.length === base.length || path[base.length] === '.' || path[base.length] === '[');
}

/**
 * Shows the server's validation messages for the items of a list property editor next to the item they belong to.
 *
 * Umbraco's content workspace reports a message for `$.values[i].value.citations[2].locator` at the path of the
 * property (`umb-property` binds only messages of the value itself to the editor). Like Umbraco's block editors, this
 * controller gives the editor its own `UmbValidationContext`, bound to the property's data path (so it receives the
 * messages below the value as `$.citations[...]...` and reports its own upwards), and hands each item the messages
 * of `$.LIST[?(@.key == 'KEY')]` (what the package's `propertyValidationPathTranslator` makes of the server's index)
 * or of `$.LIST[INDEX]` (an untranslated path). When the editor changes or removes an item, that item's server
 * messages go, as Umbraco removes a form control's server messages once its value changes.
 */
export class HistoryItemValidationController extends UmbControllerBase {
  readonly #context: UmbValidationContext;
  readonly #listPath: string;
  readonly #changed: () => void;
  #messages: Array<UmbValidationMessage> = [];

  /**
   * @param host The property editor element.
   * @param listProperty The property of the value holding the items (`citations`, `blocks`).
   * @param changed Called when the messages changed (the host renders again).
   */
  constructor(host: UmbControllerHost, listProperty: string, changed: () => void) {
    super(host);
    this.#listPath = `$.${listProperty}`;
    this.#changed = changed;
    this.#context = new UmbValidationContext(host);
    this.consumeContext(UMB_PROPERTY_CONTEXT, (property) => {
      this.observe(
        property?.dataPath,
        (dataPath) => {
          if (!dataPath) return;
          this.#context.setDataPath(dataPath);
          this.#context.autoReport();
        },
        'historyObserveDataPath',
      );
    });
    this.observe(
      this.#context.messages.messagesOfPathAndDescendant(this.#listPath),
      (messages) => {
        this.#messages = messages ?? [];
        this.#changed();
      },
      'historyObserveItemMessages',
    );
  }

  /** The editor's own validation context (bound below the property's data path). */
  get context(): UmbValidationContext {
    return this.#context;
  }

  /**
   * The messages of one item and of everything inside it.
   * @param item The item (its key).
   * @param index Its position in the list.
   * @returns The message texts, without repeats.
   */
  messagesOf(item: { key?: unknown }, index: number): Array<string> {
    return this.#bodies(this.#ofItem(item, index));
  }

  /**
   * The messages of one item with their paths (`$.citations[?(@.key == 'KEY')].locator.value`), so an editor can show
   * each under the field it is about.
   * @param item The item (its key).
   * @param index Its position in the list.
   * @returns The messages, without repeats.
   */
  pathMessagesOf(item: { key?: unknown }, index: number): Array<{ path: string; body: string }> {
    const seen = new Set<string>();
    return this.#ofItem(item, index)
      .filter((m) => !seen.has(`${m.path}\n${m.body}`) && seen.add(`${m.path}\n${m.body}`) !== undefined)
      .map((m) => ({ path: m.path, body: m.body }));
  }

  /** The messages about the list itself (`$.LIST`), not about one item. */
  listMessages(): Array<string> {
    return this.#bodies(this.#messages.filter((m) => m.path === this.#listPath));
  }

  /**
   * Removes the server's messages of an item the editor just changed: they described the value it no longer has.
   * @param item The changed item.
   * @param index Its position.
   */
  forget(item: { key?: unknown }, index: number): void {
    this.#remove(this.#ofItem(item, index).filter((m) => m.type === 'server'));
  }

  /**
   * Removes the messages of items no longer in the list (by key), as Umbraco's block list does for removed blocks.
   * @param items The items now in the list.
   */
  keepOnly(items: ReadonlyArray<{ key?: unknown }>): void {
    const keys = new Set(items.map((item) => item.key));
    const prefix = `${this.#listPath}[?(@.key == '`;
    this.#remove(
      this.#messages.filter((m) => {
        if (!m.path.startsWith(prefix)) return false;
        const key = m.path.slice(prefix.length, m.path.indexOf("')]", prefix.length));
        return !keys.has(key);
      }),
    );
  }

  #ofItem(item: { key?: unknown }, index: number): Array<UmbValidationMessage> {
    const byKey = `${this.#listPath}[${historyItemQuery(item, index)}]`;
    const byIndex = `${this.#listPath}[${index}]`;
    return this.#messages.filter((m) => isAtOrBelow(m.path, byKey) || isAtOrBelow(m.path, byIndex));
  }

  #remove(messages: ReadonlyArray<UmbValidationMessage>): void {
    if (messages.length === 0) return;
    this.#context.messages.removeMessageByKeys(messages.map((m) => m.key));
  }

  #bodies(messages: ReadonlyArray<UmbValidationMessage>): Array<string> {
    return [...new Set(messages.map((m) => m.body))];
  }
}
