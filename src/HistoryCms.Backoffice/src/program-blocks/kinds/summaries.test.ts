import { createHost, loadValueFixture, registerEnglish } from '../../testing/test-utils.js';
import type { HistoryBlockContent, HistoryProgramBlocksValue } from '../types.js';
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
  historyCms_summaryNames: (names: Array<string>, more: number) => (more > 0 ? `${names.join(', ')} og ${more} mere` : names.join(' og ')),
  historyCms_summaryDocuments: (count: number) => (count === 1 ? '1 dokument' : `${count} dokumenter`),
  historyCms_summaryEntries: (count: number) => (count === 1 ? '1 post' : `${count} poster`),
  historyCms_summaryLatestPosts: (count: number, projects: boolean) => `De seneste ${count} indlæg${projects ? ', også projekternes' : ''}`,
  historyCms_summaryLatestPostsFrom: (count: number, page: string, projects: boolean) => `${count} indlæg fra ${page}${projects ? ' og dets projekter' : ''}`,
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

const A = '0b9e1f3a-7c2d-4e8f-a1b5-6d4c3e2f1a00';
const B = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';
const C = '9f304152-6c7d-4e8f-a01b-c2d3e4f50617';
const NAMES: Record<string, string> = { [A]: 'Mira Holt', [B]: 'Tomas Varga', [C]: 'Ada Lind' };
const known = (key: string) => NAMES[key];

// The collapsed block names the first picked documents once the block has resolved them (HistoryDocumentName), as
// Umbraco's Block List labels a block from its content; while a name is unknown the kind words its count.
const named: Array<{ kind: string; api: KindApi; content: HistoryBlockContent; picked: Array<string>; english: string; danish: string; unknown: string }> = [
  { kind: 'featuredDocuments', api: HistoryFeaturedDocumentsKindApi, content: { documents: [A], note: 'N.' }, picked: [A], english: 'Mira Holt', danish: 'Mira Holt', unknown: '1 document: N.' },
  { kind: 'featuredDocuments', api: HistoryFeaturedDocumentsKindApi, content: { documents: [A, B, C] }, picked: [A, B, C], english: 'Mira Holt, Tomas Varga and 1 more', danish: 'Mira Holt, Tomas Varga og 1 mere', unknown: '3 documents' },
  { kind: 'projectPromos', api: HistoryProjectPromosKindApi, content: { items: [{ program: A }, { program: B, blurb: 'Own words.' }] }, picked: [A, B], english: 'Mira Holt and Tomas Varga', danish: 'Mira Holt og Tomas Varga', unknown: '2 entries: Own words.' },
  { kind: 'people', api: HistoryPeopleKindApi, content: { items: [{ author: A, role: 'Director' }, { author: B }, { role: 'Editor' }] }, picked: [A, B], english: 'Mira Holt, Tomas Varga and 1 more', danish: 'Mira Holt, Tomas Varga og 1 mere', unknown: '3 entries: Director, Editor' },
  { kind: 'people', api: HistoryPeopleKindApi, content: { items: [{ author: C }, { author: '00000000-0000-4000-8000-000000000000' }] }, picked: [C, '00000000-0000-4000-8000-000000000000'], english: '2 entries', danish: '2 poster', unknown: '2 entries' },
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

  it('words the latestPosts summary with the name of the page the blocks are on, once it is known', () => {
    const english = createHost();
    english.lang = 'en';
    const danishHost = createHost();
    danishHost.lang = 'da';
    const page = 'North Korea International Documentation Project';
    expect(new HistoryLatestPostsKindApi(english).summary({ count: 3, includeProjects: false }, undefined, page)).to.equal(`3 posts from ${page}`);
    expect(new HistoryLatestPostsKindApi(english).summary({ count: 1, includeProjects: true }, undefined, page)).to.equal(`1 post from ${page} and its projects`);
    expect(new HistoryLatestPostsKindApi(danishHost).summary({ count: 3, includeProjects: true }, undefined, page)).to.equal(`3 indlæg fra ${page} og dets projekter`);
    expect(new HistoryLatestPostsKindApi(english).summary({ count: 3, includeProjects: false }, undefined, '')).to.equal('The latest 3 posts');
  });

  for (const c of named) {
    it(`names the picked documents of ${c.kind} (${c.english}) once known, and counts while they are not`, () => {
      const english = createHost();
      english.lang = 'en';
      const danishHost = createHost();
      danishHost.lang = 'da';
      const api = new c.api(english);
      expect(api.pickedDocuments?.(c.content)).to.deep.equal(c.picked);
      expect(api.summary(c.content, known)).to.equal(c.english);
      expect(new c.api(danishHost).summary(c.content, known)).to.equal(c.danish);
      expect(api.summary(c.content, () => undefined)).to.equal(c.unknown);
      expect(api.summary(c.content)).to.equal(c.unknown);
    });
  }
});
