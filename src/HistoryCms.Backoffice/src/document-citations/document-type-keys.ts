import { isGuid } from '../shared/guid.js';
import { HISTORY_DOCUMENT_TYPE_KEYS } from '../constants.js';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import { DocumentTypeService, type DocumentTypeTreeItemResponseModel } from '@umbraco-cms/backoffice/external/backend-api';
import { tryExecute } from '@umbraco-cms/backoffice/resources';

const PAGE = 500;

/** Document type keys by alias, found so far (shared by every citations editor of the backoffice session). */
const knownKeys = new Map<string, string>(Object.entries(HISTORY_DOCUMENT_TYPE_KEYS));

/** Forgets the aliases looked up on the server (the package's own stay); for tests and after document types change. */
export function forgetDocumentTypeKeys(): void {
  knownKeys.clear();
  for (const [alias, key] of Object.entries(HISTORY_DOCUMENT_TYPE_KEYS)) knownKeys.set(alias, key);
}

async function treeLevel(host: UmbControllerHost, parentId?: string): Promise<Array<DocumentTypeTreeItemResponseModel>> {
  const items: Array<DocumentTypeTreeItemResponseModel> = [];
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await tryExecute(
      host,
      parentId
        ? DocumentTypeService.getTreeDocumentTypeChildren({ query: { parentId, skip, take: PAGE } })
        : DocumentTypeService.getTreeDocumentTypeRoot({ query: { skip, take: PAGE } }),
      { disableNotifications: true },
    );
    items.push(...(data?.items ?? []));
    if (!data || skip + PAGE >= data.total) return items;
  }
}

/**
 * Looks the wanted aliases up among the site's document types: the document type tree (folders included) gives the
 * keys, each document type's detail its alias. Stops as soon as every wanted alias is found.
 */
async function lookUp(host: UmbControllerHost, wanted: Set<string>): Promise<void> {
  const pending = [undefined as string | undefined];
  while (pending.length > 0 && wanted.size > 0) {
    for (const item of await treeLevel(host, pending.shift())) {
      if (item.hasChildren) pending.push(item.id);
      if (item.isFolder || item.isElement || wanted.size === 0) continue;
      const { data } = await tryExecute(host, DocumentTypeService.getDocumentTypeById({ path: { id: item.id } }), { disableNotifications: true });
      if (!data?.alias) continue;
      knownKeys.set(data.alias, item.id);
      wanted.delete(data.alias);
    }
  }
}

/**
 * The document type keys of a Document Citations data type's `allowedDocumentTypes` (aliases, as the content model
 * and the server's validator use them, or keys). The document picker's `pickableFilter` compares
 * `item.documentType.unique`, a document type KEY; the package's own aliases map to their stable keys at once,
 * a site's own aliases are looked up through the Management API. An alias no document type has is left out.
 * @param host The element asking (requests run under its context).
 * @param entries The configured aliases or keys.
 * @returns The keys, lower-case.
 */
export async function resolveDocumentTypeKeys(host: UmbControllerHost, entries: ReadonlyArray<string>): Promise<Array<string>> {
  const missing = new Set(entries.filter((entry) => !isGuid(entry) && !knownKeys.has(entry)));
  if (missing.size > 0) await lookUp(host, missing);
  return entries
    .map((entry) => (isGuid(entry) ? entry : knownKeys.get(entry)))
    .filter((key): key is string => key !== undefined)
    .map((key) => key.toLowerCase());
}
