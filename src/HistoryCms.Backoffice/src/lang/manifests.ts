import { HISTORY_LOCALIZATION_EN } from '../constants.js';

export const manifests: Array<UmbExtensionManifest> = [
  {
    type: 'localization',
    alias: HISTORY_LOCALIZATION_EN,
    name: 'HistoryCms English',
    weight: -100,
    meta: { culture: 'en' },
    js: () => import('./en.js'),
  },
];
