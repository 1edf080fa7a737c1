// The documents of tests/fixtures/values/citations.valid.json as the browser tests' Management API stub lists them.
import type { HistoryTestDocument } from './test-utils.js';

/** The fixture's documents as Umbraco's document items list them (name and document type icon). */
export const FIXTURE_DOCUMENTS: Array<HistoryTestDocument> = [
  { id: '0b9e1f3a-7c2d-4e8f-a1b5-6d4c3e2f1a00', name: 'Record of a Conversation with Comrade Mao Zedong', icon: 'icon-newspaper' },
  { id: '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170', name: 'Cable from the Soviet Embassy in Beijing', icon: 'icon-newspaper' },
];

