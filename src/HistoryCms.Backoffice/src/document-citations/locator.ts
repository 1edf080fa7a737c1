import { HISTORY_LOCATOR_LABELS } from '../constants.js';

/** A locator label: what the locator counts (page, folio, ...). */
export type HistoryLocatorLabel = (typeof HISTORY_LOCATOR_LABELS)[number];

/**
 * The place of the cited passage, e.g. folio 193ob or pages 67-70. The label is kept as stored: a label this version
 * does not know survives a save and is reported, as HistoryCms.Core's CitationLocator keeps it.
 */
export interface HistoryCitationLocator {
  label: string;
  value: string;
}

// The locator rules of the server (HistoryCms.Core LocatorSyntax), per label. Both sides run one table of cases,
// tests/fixtures/locators/locator-cases.json (locator-parity.test.ts here, LocatorParityTests in HistoryCms.Core.Tests).
const ROMAN = '[ivxlcdm]{1,10}|[IVXLCDM]{1,10}';
const PAGE_PART = String.raw`(?:[0-9]{1,6}[a-z]?|${ROMAN})`;
const FOLIO_PART = String.raw`[0-9]{1,6}\s?(?:r|v|ob\.?|об\.?)?`;
const NUMBERED_PART = String.raw`[0-9]{1,6}[a-z]?`;
const SECTION_PART = String.raw`(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z])(?:\.(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z]))*`;
const DASH = String.raw`\s?[-\u2013]\s?`;

function rangeList(part: string): RegExp {
  const range = `${part}(?:${DASH}${part})?`;
  return new RegExp(String.raw`^${range}(?:\s?,\s?${range})*$`);
}

const PATTERNS: Record<HistoryLocatorLabel, RegExp> = {
  page: rangeList(PAGE_PART),
  folio: rangeList(FOLIO_PART),
  leaf: rangeList(FOLIO_PART),
  sheet: rangeList(FOLIO_PART),
  section: new RegExp(String.raw`^(?:§\s?)?${SECTION_PART}(?:${DASH}${SECTION_PART})?$`),
  line: rangeList(NUMBERED_PART),
  paragraph: rangeList(NUMBERED_PART),
  item: rangeList(NUMBERED_PART),
};

/** The longest locator value accepted (LocatorSyntax.MaxLength). */
export const LOCATOR_MAX_LENGTH = 64;

const FOLIO_EXAMPLES = '193, 193ob, 12r, 5v or 193-194';
const NUMBERED_EXAMPLES = '12, 12a or 12-15';
const EXAMPLES: Record<HistoryLocatorLabel, string> = {
  page: '67, 67-70 or xii',
  folio: FOLIO_EXAMPLES,
  leaf: FOLIO_EXAMPLES,
  sheet: FOLIO_EXAMPLES,
  section: '2, 2.3, IV or II.B',
  line: NUMBERED_EXAMPLES,
  paragraph: NUMBERED_EXAMPLES,
  item: NUMBERED_EXAMPLES,
};

// The short forms a note prints before the value, singular and plural (LocatorLabels.Abbreviation, general convention).
const ABBREVIATIONS: Record<HistoryLocatorLabel, [string, string]> = {
  page: ['p.', 'pp.'],
  folio: ['fol.', 'fols.'],
  leaf: ['leaf', 'leaves'],
  sheet: ['sheet', 'sheets'],
  line: ['l.', 'll.'],
  paragraph: ['para.', 'paras.'],
  item: ['item', 'items'],
  section: ['sec.', 'secs.'],
};

/** The label a stored name means (case-insensitive, surrounding spaces ignored, as LocatorLabels.TryParse), or undefined. */
export function readLocatorLabel(name: unknown): HistoryLocatorLabel | undefined {
  if (typeof name !== 'string') return undefined;
  const wanted = name.trim().toLowerCase();
  return HISTORY_LOCATOR_LABELS.find((label) => label === wanted);
}

/** Whether a locator value suits its label: pages "67-70" or "xii", folios "193ob" or "12r", sections "II.B", items "12a". */
export function isLocatorValue(label: HistoryLocatorLabel, value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length > 0 && value.length <= LOCATOR_MAX_LENGTH && PATTERNS[label].test(trimmed);
}

/** Examples of well-formed values for a label, as an editor-facing hint (LocatorSyntax.Examples). */
export function locatorExamples(label: HistoryLocatorLabel): string {
  return EXAMPLES[label];
}

/**
 * A stored locator read as the server reads it (CitationJson): the value trimmed, a known label in its canonical name,
 * an unknown one kept (trimmed); a locator without a value is no locator.
 */
export function readLocator(raw: unknown): HistoryCitationLocator | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const source = raw as Record<string, unknown>;
  const value = typeof source['value'] === 'string' ? source['value'].trim() : '';
  if (value.length === 0) return undefined;
  const label = typeof source['label'] === 'string' ? source['label'].trim() : '';
  return { label: readLocatorLabel(label) ?? label, value };
}

/** Whether a locator passes the check: its label is known and its value suits it. */
export function isValidLocator(locator: HistoryCitationLocator): boolean {
  const label = readLocatorLabel(locator.label);
  return label !== undefined && isLocatorValue(label, locator.value);
}

/** The locator as a note prints it (CitationLocatorText): `fol. 193ob`, `pp. 67–70`; a value with an unknown label bare. */
export function formatLocator(locator: HistoryCitationLocator | undefined): string {
  if (!locator || locator.value.trim().length === 0) return '';
  const value = locator.value.trim().replace(/\s?-\s?/g, '\u2013');
  const label = readLocatorLabel(locator.label);
  if (label === undefined) return value;
  const plural = /[-\u2013,&]/.test(locator.value);
  return `${ABBREVIATIONS[label][plural ? 1 : 0]} ${value}`;
}
