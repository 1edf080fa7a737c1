// Helpers for the browser tests (never imported by the bundle).
import en from '../lang/en.js';
import { UmbControllerHostElementMixin } from '@umbraco-cms/backoffice/controller-api';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';

/** Registers the package's English texts the way the backoffice's localization extension does. */
export function registerEnglish(): void {
  const flat: Record<string, unknown> = {};
  for (const [section, entries] of Object.entries(en)) {
    for (const [key, entry] of Object.entries(entries)) flat[`${section}_${key}`] = entry;
  }
  umbLocalizationManager.registerLocalization({ $code: 'en', $dir: 'ltr', ...flat } as never);
}

const realFetch = window.fetch.bind(window);

/** Reads a shared JSON fixture (tests/fixtures/PATH) that the .NET tests read too. */
export async function loadFixture<T>(path: string): Promise<T> {
  const response = await realFetch(`/tests/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Reads a shared value fixture (tests/fixtures/values/NAME) that the .NET tests read too. */
export function loadValueFixture<T>(name: string): Promise<T> {
  return loadFixture<T>(`values/${name}`);
}

/** One recorded request of the fetch stub. */
export interface RecordedRequest {
  url: string;
  method: string;
  body: unknown;
}

/** A document as the Management API's `item/document` lists it (DocumentItemResponseModel, backoffice 17.1.0). */
export interface HistoryTestDocument {
  id: string;
  name: string;
  icon?: string;
  isTrashed?: boolean;
}

function documentItem(doc: HistoryTestDocument) {
  return {
    id: doc.id,
    flags: [],
    isTrashed: doc.isTrashed ?? false,
    isProtected: false,
    parent: null,
    hasChildren: false,
    documentType: { id: 'ae0613b4-af1d-5af8-a406-3cdacafce219', icon: doc.icon ?? 'icon-newspaper', collection: null },
    variants: [{ name: doc.name, culture: null, id: doc.id, flags: [], state: 'Published' }],
  };
}

/**
 * Replaces window.fetch: requests to the citation preview endpoint get `preview(body)` as JSON (or a
 * failure when it returns undefined); `GET .../item/document?id=...` (Umbraco's document item repository) gets the
 * `documents` it asks for; every other request (Umbraco's management API) gets an empty 200.
 */
export function stubFetch(
  preview: (body: { value: unknown; body?: string }) => unknown,
  documents: ReadonlyArray<HistoryTestDocument> = [],
): {
  requests: Array<RecordedRequest>;
  restore: () => void;
} {
  const requests: Array<RecordedRequest> = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ url, method: init?.method ?? 'GET', body });
    if (url.includes('/history/api/v1/citations/preview')) {
      const answer = preview(body);
      if (answer === undefined) return new Response('offline', { status: 503 });
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    if (url.includes('/management/api/v1/item/document?')) {
      const ids = new URL(url, location.href).searchParams.getAll('id').map((id) => id.toLowerCase());
      const found = documents.filter((d) => ids.includes(d.id.toLowerCase())).map(documentItem);
      return new Response(JSON.stringify(found), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    return new Response('{"items":[],"total":0}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { requests, restore: () => (window.fetch = realFetch) };
}

/** Waits until `check` holds (polling), or fails after `timeout` ms. */
export async function waitUntil(check: () => boolean, message: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sets a native input's or textarea's text and fires `input` as typing does. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Builds a drag event with a real DataTransfer, as the browser fires when the pointer drags. */
export function dragEvent(type: string): DragEvent {
  return new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer() });
}

let documentItemStore: Promise<new (host: HTMLElement) => unknown> | undefined;

/**
 * Provides Umbraco's document item store on `host`, as the backoffice provides it globally (the `itemStore` extension
 * Umb.Store.Document.Item); Umbraco's document item repository waits for it before it asks the server.
 */
export async function provideDocumentItemStore(host: HTMLElement): Promise<void> {
  const url = '/src/HistoryCms.Backoffice/node_modules/@umbraco-cms/backoffice/dist-cms/packages/documents/documents/item/repository/document-item.store.js';
  documentItemStore ??= (import(/* @vite-ignore */ url) as Promise<{ UmbDocumentItemStore: new (host: HTMLElement) => unknown }>).then((m) => m.UmbDocumentItemStore);
  new (await documentItemStore)(host);
}

/** A plain element that can host Umbraco controllers (APIs take one in their constructor). */
export class HistoryTestHostElement extends UmbControllerHostElementMixin(HTMLElement) {}
if (!customElements.get('history-test-host')) customElements.define('history-test-host', HistoryTestHostElement);

export function createHost(): HistoryTestHostElement {
  const host = new HistoryTestHostElement();
  document.body.append(host);
  return host;
}

/**
 * The markup of an element, or undefined when there is none. Assertions compare this instead of the
 * element itself: a failed assertion holding a DOM element cannot be sent back to the test runner.
 */
export function markup(element: Element | null | undefined): string | undefined {
  return element?.outerHTML;
}

/**
 * What one of Umbraco's document pickers (`umb-input-document`) shows for its picks: the name and icon of each
 * `uui-ref-node` that its `umb-entity-item-ref` renders through the document item reference (`umb-document-item-ref`).
 */
export function pickedDocuments(picker: Element): Array<{ name: string; icon: string }> {
  return [...(picker.shadowRoot?.querySelectorAll('umb-entity-item-ref') ?? [])].flatMap((ref) => {
    const node = ref.shadowRoot?.querySelector('umb-document-item-ref')?.shadowRoot?.querySelector('uui-ref-node');
    if (!node) return [];
    return [{ name: node.getAttribute('name') ?? '', icon: node.querySelector('umb-icon')?.getAttribute('name') ?? '' }];
  });
}
