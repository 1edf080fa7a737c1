import { isGuid } from '../shared/guid.js';
import { HISTORY_LOCATOR_LABELS } from '../constants.js';
import { readJsonObject } from '../shared/json-value.js';

/** A locator label: where in the document the cited passage is. */
export type HistoryLocatorLabel = (typeof HISTORY_LOCATOR_LABELS)[number];

/** The place of the cited passage, e.g. folio 193ob or pages 67-70. */
export interface HistoryCitationLocator {
  label: HistoryLocatorLabel;
  value: string;
}

/** One citation of an archival document (HELPERS.md: the Document Citations value). */
export interface HistoryCitation {
  key: string;
  documentKey: string;
  locator?: HistoryCitationLocator;
  quote?: string;
  quoteLanguage?: string;
  note?: string;
}

/** The stored Document Citations value, version 1. */
export interface HistoryCitationsValue {
  v: 1;
  citations: Array<HistoryCitation>;
}

/** A message about one field of one citation: a localization key with its arguments. */
export interface HistoryCitationCheck {
  field: 'document' | 'locator' | 'quoteLanguage';
  term: string;
}

// The locator rules of the server (HistoryCms.Core LocatorSyntax), per label, so the editor hears early
// what the server will say on save.
const ROMAN = '[ivxlcdm]{1,10}|[IVXLCDM]{1,10}';
const PAGE_PART = String.raw`(?:\d{1,6}[a-z]?|${ROMAN})`;
const FOLIO_PART = String.raw`\d{1,6}\s?(?:r|v|ob\.?|об\.?)?`;
const NUMBERED_PART = String.raw`\d{1,6}[a-z]?`;
const SECTION_PART = String.raw`(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z])(?:\.(?:\d{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z]))*`;
const DASH = String.raw`\s?[-\u2013]\s?`;

function rangeList(part: string): RegExp {
  const range = `${part}(?:${DASH}${part})?`;
  return new RegExp(String.raw`^${range}(?:\s?,\s?${range})*$`);
}

const LOCATOR_PATTERNS: Record<HistoryLocatorLabel, RegExp> = {
  page: rangeList(PAGE_PART),
  folio: rangeList(FOLIO_PART),
  leaf: rangeList(FOLIO_PART),
  sheet: rangeList(FOLIO_PART),
  section: new RegExp(String.raw`^(?:§\s?)?${SECTION_PART}(?:${DASH}${SECTION_PART})?$`),
  line: rangeList(NUMBERED_PART),
  paragraph: rangeList(NUMBERED_PART),
  item: rangeList(NUMBERED_PART),
};
const LOCATOR_MAX_LENGTH = 64;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether a string is a locator label the server accepts. */
export function isLocatorLabel(label: unknown): label is HistoryLocatorLabel {
  return typeof label === 'string' && (HISTORY_LOCATOR_LABELS as ReadonlyArray<string>).includes(label);
}

/** Whether a locator value suits its label: pages "67-70" or "xii", folios "193ob" or "12r", sections "II.B", items "12a". */
export function isLocatorValue(label: HistoryLocatorLabel, value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length > 0 && value.length <= LOCATOR_MAX_LENGTH && LOCATOR_PATTERNS[label].test(trimmed);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Reads any incoming value (object, JSON string, null, a hostile shape) into a citations value.
 * Entries that are not objects are dropped; unknown fields are ignored.
 */
export function readCitationsValue(raw: unknown): HistoryCitationsValue {
  const source = readJsonObject(raw);
  const list = Array.isArray(source?.['citations']) ? (source['citations'] as Array<unknown>) : [];
  const citations = list
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && !Array.isArray(entry))
    .map((entry) => normaliseCitation(entry));
  return { v: 1, citations };
}

/** The canonical form of one citation: known fields only, empty optional fields left out. */
export function normaliseCitation(entry: Record<string, unknown> | HistoryCitation): HistoryCitation {
  const source = entry as Record<string, unknown>;
  const citation: HistoryCitation = {
    key: typeof source['key'] === 'string' ? source['key'] : '',
    documentKey: typeof source['documentKey'] === 'string' ? source['documentKey'] : '',
  };
  const locator = source['locator'] as Record<string, unknown> | null | undefined;
  const locatorValue = typeof locator === 'object' && locator !== null ? text(locator['value']) : undefined;
  if (locator && locatorValue !== undefined) {
    citation.locator = { label: isLocatorLabel(locator['label']) ? locator['label'] : 'page', value: locatorValue };
  }
  const quote = text(source['quote']);
  if (quote !== undefined) citation.quote = quote;
  const quoteLanguage = text(source['quoteLanguage']);
  if (quoteLanguage !== undefined) citation.quoteLanguage = quoteLanguage;
  const note = text(source['note']);
  if (note !== undefined) citation.note = note;
  return citation;
}

/** The canonical value for a list of citations. */
export function toCitationsValue(citations: ReadonlyArray<HistoryCitation>): HistoryCitationsValue {
  return { v: 1, citations: citations.map((c) => normaliseCitation(c)) };
}

/**
 * Checks the editor can make without the server: they name the field and a localization key.
 * The server (one C# validator) has the last word; its messages arrive with the preview.
 */
export function checkCitation(citation: HistoryCitation, options: { requireLocator: boolean }): Array<HistoryCitationCheck> {
  const checks: Array<HistoryCitationCheck> = [];
  if (!isGuid(citation.documentKey)) checks.push({ field: 'document', term: 'historyCms_checkDocumentMissing' });
  if (citation.locator && !isLocatorValue(citation.locator.label, citation.locator.value)) {
    checks.push({ field: 'locator', term: 'historyCms_checkLocatorSyntax' });
  } else if (!citation.locator && options.requireLocator) {
    checks.push({ field: 'locator', term: 'historyCms_checkLocatorRequired' });
  }
  if (citation.quoteLanguage !== undefined && (citation.quoteLanguage.length > 35 || !LANGUAGE_PATTERN.test(citation.quoteLanguage))) {
    checks.push({ field: 'quoteLanguage', term: 'historyCms_checkQuoteLanguageSyntax' });
  }
  if (citation.quoteLanguage !== undefined && citation.quote === undefined) {
    checks.push({ field: 'quoteLanguage', term: 'historyCms_checkQuoteLanguageWithoutQuote' });
  }
  return checks;
}

/**
 * Applies one edited field to a citation. A chosen locator label is kept while its value is still empty
 * (the list keeps this draft; the emitted value leaves an empty locator out).
 */
export function editCitation(citation: HistoryCitation, field: string, text: string): HistoryCitation {
  switch (field) {
    case 'locatorLabel':
      return isLocatorLabel(text) ? { ...citation, locator: { label: text, value: citation.locator?.value ?? '' } } : citation;
    case 'locatorValue':
      return { ...citation, locator: { label: citation.locator?.label ?? 'page', value: text } };
    case 'quote':
    case 'quoteLanguage':
    case 'note':
      return { ...citation, [field]: text };
    default:
      return citation;
  }
}
