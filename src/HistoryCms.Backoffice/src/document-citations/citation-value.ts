import { isGuid } from '../shared/guid.js';
import { readJsonObject } from '../shared/json-value.js';
import { isValidLocator, locatorExamples, readLocator, readLocatorLabel, type HistoryCitationLocator } from './locator.js';

export type { HistoryCitationLocator } from './locator.js';

/** One citation of an archival document (the Document Citations value: src/HistoryCms.Core/Citations/README.md, "Value"). */
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
  field: 'document' | 'locatorLabel' | 'locator' | 'quoteLanguage';
  term: string;
  /** The arguments of the term (the locator's label and examples). */
  args?: Array<string>;
}

const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

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
  const locator = readLocator(source['locator']);
  if (locator) citation.locator = locator;
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
  if (citation.locator && citation.locator.value.trim().length > 0 && readLocatorLabel(citation.locator.label) === undefined) {
    checks.push({ field: 'locatorLabel', term: 'historyCms_checkLocatorLabel' });
  } else if (citation.locator && citation.locator.value.trim().length > 0 && !isValidLocator(citation.locator)) {
    const label = readLocatorLabel(citation.locator.label)!;
    checks.push({ field: 'locator', term: 'historyCms_checkLocatorSyntax', args: [label, locatorExamples(label)] });
  } else if (!citation.locator?.value.trim() && options.requireLocator) {
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

function withoutLocator(citation: HistoryCitation): HistoryCitation {
  const copy = { ...citation };
  delete copy.locator;
  return copy;
}

/**
 * Applies one edited field to a citation. A chosen locator label is kept while its value is still empty
 * (the list keeps this draft; the emitted value leaves an empty locator out).
 */
export function editCitation(citation: HistoryCitation, field: string, text: string): HistoryCitation {
  switch (field) {
    case 'locatorLabel':
      if (text === '') return withoutLocator(citation);
      return { ...citation, locator: { label: readLocatorLabel(text) ?? text, value: citation.locator?.value ?? '' } };
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
