import { HISTORY_CITATION_PREVIEW_PATH } from '../constants.js';
import type { HistoryCitationsValue } from '../document-citations/citation-value.js';
import { UMB_AUTH_CONTEXT, type UmbAuthContext } from '@umbraco-cms/backoffice/auth';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';

/** The cited document as the preview endpoint resolves it (the Delivery API's `citations[].document`). */
export interface HistoryPreviewDocument {
  id: string;
  title: string;
  date?: string;
  archivalReference?: string;
  path?: string;
}

/** The formatted outputs of one citation (rendered by the package's one C# formatter). */
export interface HistoryPreviewFormatted {
  note: string;
  shortNote?: string;
  bibliography?: string;
  digitalArchive?: string;
}

/** One citation of the preview answer: the citation as the Delivery API will deliver it, and its messages. */
export interface HistoryPreviewItem {
  key: string;
  number?: number;
  document: HistoryPreviewDocument | null;
  formatted: HistoryPreviewFormatted | null;
  messages: Array<{ path: string; message: string }>;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readDocument(raw: unknown): HistoryPreviewDocument | null {
  const doc = asRecord(raw);
  const id = asString(doc?.['id']);
  if (!doc || id === undefined) return null;
  return {
    id,
    title: asString(doc['title']) ?? '',
    date: asString(doc['date']),
    archivalReference: asString(doc['archivalReference']),
    path: asString(doc['path']),
  };
}

function readFormatted(raw: unknown): HistoryPreviewFormatted | null {
  const formatted = asRecord(raw);
  const note = asString(formatted?.['note']);
  if (!formatted || note === undefined) return null;
  return {
    note,
    shortNote: asString(formatted['shortNote']),
    bibliography: asString(formatted['bibliography']),
    digitalArchive: asString(formatted['digitalArchive']),
  };
}

/**
 * The endpoint's answer, read into one flat item per citation (in list order) and messages about the list as a
 * whole. On the wire each item is `{ citation: <the Delivery API's citation>, messages }`.
 */
export interface HistoryPreview {
  items: Array<HistoryPreviewItem>;
  messages: Array<{ path: string; message: string }>;
}

function readMessages(raw: unknown): Array<{ path: string; message: string }> {
  return (Array.isArray(raw) ? raw : []).flatMap((m) => {
    const message = asString(asRecord(m)?.['message']);
    return message === undefined ? [] : [{ path: asString(asRecord(m)?.['path']) ?? '', message }];
  });
}

/** Reads the endpoint's answer defensively: a malformed answer yields an empty preview rather than an error. */
export function readPreview(raw: unknown): HistoryPreview {
  return { items: readPreviewItems(asRecord(raw)?.['items']), messages: readMessages(asRecord(raw)?.['messages']) };
}

function readPreviewItems(items: unknown): Array<HistoryPreviewItem> {
  if (!Array.isArray(items)) return [];
  return items.flatMap((entry): Array<HistoryPreviewItem> => {
    const citation = asRecord(asRecord(entry)?.['citation']);
    const key = asString(citation?.['key']);
    if (!citation || key === undefined) return [];
    return [
      {
        key,
        number: typeof citation['number'] === 'number' ? citation['number'] : undefined,
        document: readDocument(citation['document']),
        formatted: readFormatted(citation['formatted']),
        messages: readMessages(asRecord(entry)?.['messages']),
      },
    ];
  });
}

/**
 * Asks the package's preview endpoint to format a whole citations value in one request (documents are
 * never looked up one by one). Inside the backoffice the request carries the backoffice's own
 * authorization (the endpoint requires it in a site); outside it (tests, a static preview) it is a plain
 * same-origin request. Any failure (offline, 401, malformed answer) yields undefined: the editor then
 * simply shows no preview.
 */
export class HistoryCitationPreviewClient extends UmbControllerBase {
  #auth?: UmbAuthContext;

  constructor(host: UmbControllerHost) {
    super(host);
    this.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
      this.#auth = auth;
    });
  }

  /**
   * Previews a whole value; `body` (the post's rich text) numbers the notes, `configuration` (the data
   * type's) applies its rules such as a required locator.
   */
  async preview(
    value: HistoryCitationsValue,
    options: { body?: string; configuration?: Record<string, unknown>; signal?: AbortSignal } = {},
  ): Promise<HistoryPreview | undefined> {
    const { body, configuration, signal } = options;
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
      let base = '';
      let credentials: RequestCredentials = 'same-origin';
      if (this.#auth) {
        const config = this.#auth.getOpenApiConfiguration();
        base = config.base ?? '';
        credentials = config.credentials ?? credentials;
        const token = await config.token();
        if (token) headers['Authorization'] = `Bearer ${token}`;
      }
      const response = await fetch(`${base}${HISTORY_CITATION_PREVIEW_PATH}`, {
        method: 'POST',
        headers,
        credentials,
        signal,
        body: JSON.stringify({ value, ...(body === undefined ? {} : { body }), ...(configuration ? { configuration } : {}) }),
      });
      if (!response.ok) return undefined;
      return readPreview(await response.json());
    } catch {
      return undefined;
    }
  }
}
