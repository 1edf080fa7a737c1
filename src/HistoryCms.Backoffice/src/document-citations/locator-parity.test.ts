import { loadFixture } from '../testing/test-utils.js';
import { readCitationsValue } from './citation-value.js';
import { formatLocator, isValidLocator, locatorExamples, readLocatorLabel } from './locator.js';
import { expect } from '@open-wc/testing';

/** One row of tests/fixtures/locators/locator-cases.json, the table HistoryCms.Core.Tests (LocatorParityTests) runs too. */
interface LocatorCase {
  label: string;
  value: string;
  stored: { label: string; value: string } | null;
  valid: boolean;
  printed: string;
  examples: string | null;
  why?: string;
}

const table = await loadFixture<{ cases: Array<LocatorCase> }>('locators/locator-cases.json');

describe('locators, as the shared table with the server says', () => {
  it('has the cases', () => expect(table.cases.length).to.be.greaterThan(40));

  for (const c of table.cases) {
    it(`${JSON.stringify(c.label)} ${JSON.stringify(c.value)}${c.why ? ` (${c.why})` : ''}`, () => {
      const stored = readCitationsValue({
        v: 1,
        citations: [{ key: 'k1', documentKey: '7c0d6a3e-62a4-4a0f-9a3e-0b5c2f1d8e11', locator: { label: c.label, value: c.value } }],
      }).citations[0].locator;
      expect(stored ?? null).to.deep.equal(c.stored);
      expect(stored === undefined || isValidLocator(stored)).to.equal(c.valid);
      expect(formatLocator(stored)).to.equal(c.printed);
      const label = readLocatorLabel(stored?.label);
      expect(label === undefined ? null : locatorExamples(label)).to.equal(c.examples);
    });
  }
});
