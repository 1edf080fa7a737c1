#!/usr/bin/env node
// Formats CSL-JSON items with citeproc-js and the official Chicago notes-bibliography style (the copies in
// ../fixtures/csl, see SOURCES.txt there), for the Chicago cross-check in HistoryCms.Core.Tests.
//
//   node format.mjs request.json
//
// request.json: { "items": [CSL-JSON items, each with a unique "id"], "citations": [{ "id", "locator", "label" }] }
//               (an item without a citation entry is cited without a locator).
// Prints a JSON array, one object per item in input order: { id, note_first, note_short, bibliography }, plain text.
// Each item is formatted as the only work cited (an engine per item, one process per batch); its short note is the
// item cited again after another note (CSL position "subsequent", not "ibid").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import CSL from 'citeproc';

const CSL_DIR = fileURLToPath(new URL('../fixtures/csl/', import.meta.url));
const SPACER = { id: '__spacer__', type: 'document', title: 'Spacer' };

function main(argv) {
  if (argv.length !== 1) {
    throw new Error('usage: node format.mjs request.json');
  }
  const request = JSON.parse(readFileSync(argv[0], 'utf8'));
  const items = request.items ?? [];
  const cites = request.citations ?? [];
  const byId = new Map();
  for (const item of items) {
    const id = String(item.id ?? '');
    if (!id || byId.has(id)) throw new Error(`item without id, or duplicate id: "${id}"`);
    byId.set(id, { ...item, id });
  }
  byId.set(SPACER.id, SPACER);

  const style = readFileSync(CSL_DIR + 'chicago-notes-bibliography.csl', 'utf8');
  const sys = {
    retrieveLocale: (lang) => (lang === 'en-US' ? readFileSync(CSL_DIR + 'locales-en-US.xml', 'utf8') : undefined),
    retrieveItem: (id) => byId.get(String(id)),
  };
  const ids = items.map((item) => String(item.id));
  const citeItem = (id) => {
    const cite = cites.find((c) => String(c.id) === id) ?? {};
    const out = { id };
    if (cite.locator) out.locator = String(cite.locator);
    if (cite.label) out.label = cite.label;
    return out;
  };

  // Each item formatted as the only work cited (the registry reset to it alone): no disambiguation against the other
  // items of the batch.
  const engine = new CSL.Engine(sys, style, 'en-US', true);
  const format = (id) => {
    engine.updateItems([id, SPACER.id]);
    engine.setOutputFormat('text');
    const citations = [
      { citationID: 'first', citationItems: [citeItem(id)], properties: { noteIndex: 1 } },
      { citationID: 'spacer', citationItems: [{ id: SPACER.id }], properties: { noteIndex: 2 } },
      { citationID: 'short', citationItems: [citeItem(id)], properties: { noteIndex: 3 } },
    ];
    const notes = new Map();
    for (const [citationID, , text] of engine.rebuildProcessorState(citations, 'text', [])) {
      notes.set(citationID, text);
    }
    engine.setOutputFormat('text');
    const [, entries] = engine.makeBibliography({ include: [{ field: 'id', value: id }] });
    return {
      id,
      note_first: notes.get('first') ?? null,
      note_short: notes.get('short') ?? null,
      bibliography: entries.length ? entries[0].trim() : null,
    };
  };
  return ids.map(format);
}

try {
  process.stdout.write(JSON.stringify(main(process.argv.slice(2))));
} catch (e) {
  process.stderr.write(`format.mjs: ${e.message}\n`);
  process.exit(1);
}
