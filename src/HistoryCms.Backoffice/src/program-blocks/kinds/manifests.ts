import {
  HISTORY_BLOCK_KIND_CALL_TO_ACTION,
  HISTORY_BLOCK_KIND_DOCUMENT_SEARCH,
  HISTORY_BLOCK_KIND_FEATURED_DOCUMENTS,
  HISTORY_BLOCK_KIND_LATEST_POSTS,
  HISTORY_BLOCK_KIND_MANIFEST_PREFIX,
  HISTORY_BLOCK_KIND_PEOPLE,
  HISTORY_BLOCK_KIND_PROJECT_PROMOS,
  HISTORY_BLOCK_KIND_RICH_TEXT,
  HISTORY_PROGRAM_BLOCK_KIND_TYPE,
} from '../../constants.js';
import type { ManifestHistoryProgramBlockKind } from '../types.js';

// The built-in kinds, registered exactly as a site registers its own.
export const manifests: Array<ManifestHistoryProgramBlockKind> = [
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}RichText`,
    name: 'HistoryCms block kind: rich text',
    js: () => import('./rich-text.kind.js'),
    weight: 700,
    meta: { kind: HISTORY_BLOCK_KIND_RICH_TEXT, label: '#historyCms_kindRichText', description: '#historyCms_kindRichTextDescription', icon: 'icon-document', defaultContent: { markup: '' } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}FeaturedDocuments`,
    name: 'HistoryCms block kind: featured documents',
    js: () => import('./featured-documents.kind.js'),
    weight: 600,
    meta: { kind: HISTORY_BLOCK_KIND_FEATURED_DOCUMENTS, label: '#historyCms_kindFeaturedDocuments', description: '#historyCms_kindFeaturedDocumentsDescription', icon: 'icon-script', defaultContent: { documents: [] } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}LatestPosts`,
    name: 'HistoryCms block kind: latest posts',
    js: () => import('./latest-posts.kind.js'),
    weight: 500,
    meta: { kind: HISTORY_BLOCK_KIND_LATEST_POSTS, label: '#historyCms_kindLatestPosts', description: '#historyCms_kindLatestPostsDescription', icon: 'icon-article', defaultContent: { count: 3, includeProjects: true } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}ProjectPromos`,
    name: 'HistoryCms block kind: project promos',
    js: () => import('./project-promos.kind.js'),
    weight: 400,
    meta: { kind: HISTORY_BLOCK_KIND_PROJECT_PROMOS, label: '#historyCms_kindProjectPromos', description: '#historyCms_kindProjectPromosDescription', icon: 'icon-sitemap', defaultContent: { items: [] } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}People`,
    name: 'HistoryCms block kind: people',
    js: () => import('./people.kind.js'),
    weight: 300,
    meta: { kind: HISTORY_BLOCK_KIND_PEOPLE, label: '#historyCms_kindPeople', description: '#historyCms_kindPeopleDescription', icon: 'icon-users', defaultContent: { items: [] } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}CallToAction`,
    name: 'HistoryCms block kind: call to action',
    js: () => import('./call-to-action.kind.js'),
    weight: 200,
    meta: { kind: HISTORY_BLOCK_KIND_CALL_TO_ACTION, label: '#historyCms_kindCallToAction', description: '#historyCms_kindCallToActionDescription', icon: 'icon-link', defaultContent: { label: '', link: {} } },
  },
  {
    type: HISTORY_PROGRAM_BLOCK_KIND_TYPE,
    alias: `${HISTORY_BLOCK_KIND_MANIFEST_PREFIX}DocumentSearch`,
    name: 'HistoryCms block kind: document search link',
    js: () => import('./document-search.kind.js'),
    weight: 100,
    meta: { kind: HISTORY_BLOCK_KIND_DOCUMENT_SEARCH, label: '#historyCms_kindDocumentSearch', description: '#historyCms_kindDocumentSearchDescription', icon: 'icon-search', defaultContent: { label: '', query: {} } },
  },
];
