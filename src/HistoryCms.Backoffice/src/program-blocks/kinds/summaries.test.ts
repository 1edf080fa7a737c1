import { createHost, loadValueFixture, registerEnglish } from '../../testing/test-utils.js';
import type { HistoryProgramBlocksValue } from '../types.js';
import { HistoryCallToActionKindApi } from './call-to-action.kind.js';
import { HistoryDocumentSearchKindApi } from './document-search.kind.js';
import { HistoryFeaturedDocumentsKindApi } from './featured-documents.kind.js';
import type { HistoryBlockKindApiBase } from './kind-editor-base.js';
import { HistoryLatestPostsKindApi } from './latest-posts.kind.js';
import { HistoryPeopleKindApi } from './people.kind.js';
import { HistoryProjectPromosKindApi } from './project-promos.kind.js';
import { expect } from '@open-wc/testing';
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';

// A collapsed block's summary is worded by the package's texts through Umbraco's localize controller, in the language
// of the element that hosts the kind (UmbLocalizationController.lang(): the host element's `lang`, else the document's;
// backoffice 17.1.0 libs/localization-api/localization.controller.js) — never English written into the kind.

const danish = {
  $code: 'da',
  $dir: 'ltr',
  historyCms_summaryDetail: (summary: string, detail: string) => `${summary}: ${detail}`,
  historyCms_summaryList: (items: Array<string>) => items.join(' og '),
  historyCms_summaryDocuments: (count: number) => (count === 1 ? '1 dokument' : `${count} dokumenter`),
  historyCms_summaryEntries: (count: number) => (count === 1 ? '1 post' : `${count} poster`),
  historyCms_summaryLatestPosts: (count: number, projects: boolean) => `De seneste ${count} indlæg${projects ? ', også projekternes' : ''}`,
  historyCms_summaryLink: (label: string, url: string) => `${label} (til ${url})`,
  historyCms_summarySearch: (label: string, filters: string) => `${label} [${filters}]`,
  historyCms_summaryYears: (from: string, to: string) => `${from} til ${to}`,
};

type KindApi = new (host: UmbControllerHost) => HistoryBlockKindApiBase;

const cases: Array<{ kind: string; api: KindApi; english: string; danish: string }> = [
  { kind: 'featuredDocuments', api: HistoryFeaturedDocumentsKindApi, english: '2 documents: Two records from the Soviet side.', danish: '2 dokumenter: Two records from the Soviet side.' },
  { kind: 'latestPosts', api: HistoryLatestPostsKindApi, english: 'The latest 3 posts, including its projects\u2019 posts', danish: 'De seneste 3 indlæg, også projekternes' },
  { kind: 'projectPromos', api: HistoryProjectPromosKindApi, english: '2 entries: The project\'s own words.', danish: '2 poster: The project\'s own words.' },
  { kind: 'people', api: HistoryPeopleKindApi, english: '2 entries: Director', danish: '2 poster: Director' },
  { kind: 'callToAction', api: HistoryCallToActionKindApi, english: 'Explore the digital archive \u2192 https://example.org/archive', danish: 'Explore the digital archive (til https://example.org/archive)' },
  { kind: 'documentSearch', api: HistoryDocumentSearchKindApi, english: 'Soviet documents, 1945-1953 (ru, RGANI, 1945\u20131953)', danish: 'Soviet documents, 1945-1953 [ru og RGANI og 1945 til 1953]' },
];

describe('block kind summaries', () => {
  let stored: HistoryProgramBlocksValue;
  before(async () => {
    registerEnglish();
    umbLocalizationManager.registerLocalization(danish as never);
    stored = await loadValueFixture<HistoryProgramBlocksValue>('blocks.valid.json');
  });

  for (const c of cases) {
    it(`words the ${c.kind} summary in the language of the editor that hosts it`, () => {
      const content = stored.blocks.find((b) => b.kind === c.kind)!.content;
      const english = createHost();
      english.lang = 'en';
      const danishHost = createHost();
      danishHost.lang = 'da';
      expect(new c.api(english).summary(content)).to.equal(c.english);
      expect(new c.api(danishHost).summary(content)).to.equal(c.danish);
    });
  }
});
