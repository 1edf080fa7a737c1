import { HISTORY_PROGRAM_BLOCK_KIND_TYPE } from '../constants.js';
import type { HistoryProgramBlockKindApi, ManifestHistoryProgramBlockKind } from './types.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import { createExtensionApi } from '@umbraco-cms/backoffice/extension-api';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';

/** A registered block kind with its API loaded (when the kind has one). */
export interface HistoryLoadedBlockKind {
  manifest: ManifestHistoryProgramBlockKind;
  api?: HistoryProgramBlockKindApi;
}

/**
 * Follows the block kinds registered in the backoffice (built-in and a site's own) and loads their
 * APIs. `onChange` receives the kinds by their `meta.kind`, in manifest weight order (heaviest first).
 */
export class HistoryBlockKindRegistry extends UmbControllerBase {
  #loaded = new Map<string, HistoryLoadedBlockKind>();

  constructor(host: UmbControllerHost, onChange: (kinds: ReadonlyMap<string, HistoryLoadedBlockKind>) => void) {
    super(host);
    this.observe(umbExtensionsRegistry.byType(HISTORY_PROGRAM_BLOCK_KIND_TYPE), async (manifests) => {
      const kinds = new Map<string, HistoryLoadedBlockKind>();
      const ordered = [...manifests].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
      for (const manifest of ordered) {
        const known = this.#loaded.get(manifest.meta.kind);
        if (known?.manifest === manifest) {
          kinds.set(manifest.meta.kind, known);
          continue;
        }
        const api = manifest.api || manifest.js ? await createExtensionApi(this, manifest) : undefined;
        kinds.set(manifest.meta.kind, { manifest, api });
      }
      this.#loaded = kinds;
      onChange(kinds);
    });
  }
}
