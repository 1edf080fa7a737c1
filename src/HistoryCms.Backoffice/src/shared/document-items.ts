import { isGuid } from './guid.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import { UmbDocumentItemRepository } from '@umbraco-cms/backoffice/document';

/** What an editor needs to recognise a picked document: its name and its document type's icon. */
export interface HistoryDocumentItem {
  name: string;
  icon: string;
  isTrashed: boolean;
}

/**
 * Names and icons of picked documents, from Umbraco's document item repository (the Management API's
 * `item/document`, one request for all keys, cached by the backoffice's item store) — as `umb-input-document`
 * shows its picks, so a citation's document is identifiable whether or not the citation preview answers.
 * A key the server does not know resolves to `null` (deleted); a failed request leaves the keys unknown (`undefined`).
 */
export class HistoryDocumentItems extends UmbControllerBase {
  readonly #repository: UmbDocumentItemRepository;
  readonly #changed: () => void;
  readonly #items = new Map<string, HistoryDocumentItem | null>();
  readonly #asked = new Set<string>();

  /**
   * @param host The editor element.
   * @param changed Called when items arrived (the host renders again).
   */
  constructor(host: UmbControllerHost, changed: () => void) {
    super(host);
    this.#repository = new UmbDocumentItemRepository(this);
    this.#changed = changed;
  }

  /**
   * The document of a key: its item, `null` when the server says there is none, `undefined` while unknown.
   * @param key The document key.
   */
  get(key: string): HistoryDocumentItem | null | undefined {
    return this.#items.get(key.toLowerCase());
  }

  /**
   * Asks for the keys not asked for yet, in one request.
   * @param keys The document keys of the list.
   */
  async load(keys: ReadonlyArray<string>): Promise<void> {
    const wanted = [...new Set(keys.filter((key) => isGuid(key)).map((key) => key.toLowerCase()))].filter((key) => !this.#asked.has(key));
    if (wanted.length === 0) return;
    wanted.forEach((key) => this.#asked.add(key));
    const { data, error } = await this.#repository.requestItems(wanted);
    if (error || !data) {
      wanted.forEach((key) => this.#asked.delete(key));
      return;
    }
    for (const key of wanted) {
      const item = data.find((entry) => entry.unique.toLowerCase() === key);
      const variant = item?.variants.find((v) => v.culture === null) ?? item?.variants[0];
      this.#items.set(key, item ? { name: variant?.name ?? '', icon: item.documentType.icon || 'icon-document', isTrashed: item.isTrashed } : null);
    }
    this.#changed();
  }
}
