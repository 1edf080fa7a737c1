// The documents tests/fixtures/values/blocks.valid.json picks, as the browser tests' Management API stub lists them.
import { FIXTURE_DOCUMENTS } from './citation-documents.js';
import type { HistoryTestDocument } from './test-utils.js';

/** The people of the fixture's People block (its `items[].author`), with Umbraco's author icon. */
export const BLOCK_PEOPLE: Array<HistoryTestDocument> = [
  { id: '9f304152-6c7d-4e8f-a01b-c2d3e4f50617', name: 'Mira Holt', icon: 'icon-user' },
  { id: 'a0415263-7d8e-4f90-b12c-d3e4f5061728', name: 'Tomas Varga', icon: 'icon-user' },
];

/** The programs of the fixture's Project promos, Call to action and Document search blocks. */
export const BLOCK_PROGRAMS: Array<HistoryTestDocument> = [
  { id: '7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5', name: 'North Korea International Documentation Project', icon: 'icon-sitemap' },
  { id: '8e2f3041-5b6c-4d7e-9f0a-b1c2d3e4f506', name: 'Cold War International History Project', icon: 'icon-sitemap' },
];

/** Every document the fixture's blocks pick (its featured documents are the citations fixture's documents). */
export const BLOCK_DOCUMENTS: Array<HistoryTestDocument> = [...FIXTURE_DOCUMENTS, ...BLOCK_PEOPLE, ...BLOCK_PROGRAMS];
