import { translateListPaths } from '../shared/list-validation-path.js';
import { UmbControllerBase } from '@umbraco-cms/backoffice/class-api';
import type { UmbPropertyValueData } from '@umbraco-cms/backoffice/property';
import type { UmbPropertyValidationPathTranslator } from '@umbraco-cms/backoffice/validation';

/** Points the server's messages about one citation (`$.value.citations[2]...`) at the citation's key. */
export class HistoryCitationsValidationPathTranslator extends UmbControllerBase implements UmbPropertyValidationPathTranslator<unknown> {
  async translate(paths: Array<string>, propertyData: UmbPropertyValueData<unknown>): Promise<Array<string>> {
    return translateListPaths(paths, propertyData.value, 'citations');
  }
}

export { HistoryCitationsValidationPathTranslator as api };
