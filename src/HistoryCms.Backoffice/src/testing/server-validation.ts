// Browser test helpers that play Umbraco's content workspace reporting the server's validation (never bundled).
import { createHost, type HistoryTestHostElement } from './test-utils.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import { UmbPropertyContext } from '@umbraco-cms/backoffice/property';
import {
  UmbDataPathPropertyValueQuery,
  UmbServerModelValidatorContext,
  UmbValidationContext,
  UmbValidationPropertyPathTranslationController,
  umbScopeMapperForJsonPaths,
} from '@umbraco-cms/backoffice/validation';

/** A property value as the document workspace sends it for validation. */
export interface HistoryPropertyData {
  alias: string;
  editorAlias: string;
  culture: null;
  segment: null;
  value: unknown;
}

/**
 * The content workspace's translator, as content/content/workspace/content-detail-validation-path-translator.js
 * (backoffice 17.1.0, not exported) does it: `$.values[i]` becomes the property's filter, and the rest of the path
 * goes to the `propertyValidationPathTranslator` registered for the property's editor alias.
 */
class HistoryContentValuesPathTranslator extends UmbControllerBase {
  async translate(paths: Array<string>, data: { values: Array<HistoryPropertyData> }): Promise<Array<string>> {
    return umbScopeMapperForJsonPaths(paths, '$.values', async (scoped) =>
      new UmbValidationPropertyPathTranslationController(this).translateProperties(scoped, data.values as never, UmbDataPathPropertyValueQuery),
    );
  }
}

/** A workspace for one invariant property: the root validation context, the property context with its data path, and the server validation. */
export interface HistoryPropertyWorkspace {
  host: HistoryTestHostElement;
  validation: UmbValidationContext;
  /** The property's data path, as `umb-property` sets it: `$.values[?(@.alias == 'x' && @.culture == null && @.segment == null)].value`. */
  dataPath: string;
  /** Feeds the server's 400 response (`errors` by path, e.g. `$.values[0].value.citations[1].locator`) through Umbraco's server validation. */
  reportServerErrors(data: HistoryPropertyData, errors: Record<string, Array<string>>): Promise<void>;
  /** Takes the workspace down (after the fixture's own cleanup). */
  dispose(): void;
}

/** Builds the workspace an editor sits in; put the editor inside `host` (`fixture(..., { parentNode: host })`). */
export function createPropertyWorkspace(alias: string): HistoryPropertyWorkspace {
  const host = createHost();
  const validation = new UmbValidationContext(host);
  const property = new UmbPropertyContext(host);
  const dataPath = `$.values[${UmbDataPathPropertyValueQuery({ alias, culture: null, segment: null })}].value`;
  property.setDataPath(dataPath);
  const server = new UmbServerModelValidatorContext(host);
  server.addPathTranslator(HistoryContentValuesPathTranslator as never);
  return {
    host,
    validation,
    dataPath,
    async reportServerErrors(data, errors) {
      const response = Promise.resolve({ error: { problemDetails: { errors } } });
      await server.askServerForValidation({ values: [data], variants: [] } as never, response as never);
    },
    dispose() {
      server.destroy();
      property.destroy();
      validation.destroy();
      host.remove();
    },
  };
}
