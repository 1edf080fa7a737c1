import { HISTORY_DOCUMENT_TYPE_PROGRAM_KEY } from '../../constants.js';
import type { HistoryBlockCheck, HistoryBlockContent } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, isKey, pickText, str } from './kind-editor-base.js';
import '@umbraco-cms/backoffice/document';
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';

const TEXT_FIELDS = ['language', 'repository', 'from', 'to'] as const;
const YEAR = /^\d{4}$/;

function query(content: HistoryBlockContent): Record<string, unknown> {
  const value = content['query'];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Document search link: `{"label": "...", "query": {"program", "language", "repository", "from", "to"}}` (all optional). */
export class HistoryDocumentSearchKindApi extends HistoryBlockKindApiBase {
  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    const source = query(content);
    return {
      label: str(content, 'label'),
      query: { ...(isKey(source['program']) ? { program: source['program'] } : {}), ...pickText(source, TEXT_FIELDS) },
    };
  }
  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    const checks: Array<HistoryBlockCheck> = [];
    if (str(content, 'label').trim().length === 0) checks.push({ term: 'historyCms_checkLabelEmpty', path: 'label' });
    const { from, to } = pickText(query(content), ['from', 'to']);
    const badFrom = from !== undefined && !YEAR.test(from);
    const badTo = to !== undefined && !YEAR.test(to);
    if (badFrom) checks.push({ term: 'historyCms_checkYearSyntax', path: 'query.from' });
    if (badTo) checks.push({ term: 'historyCms_checkYearSyntax', path: 'query.to' });
    if (!badFrom && !badTo && from !== undefined && to !== undefined && from > to) checks.push({ term: 'historyCms_checkYearOrder', path: 'query.to' });
    return checks;
  }
  override summary(content: HistoryBlockContent): string {
    const { language, repository, from, to } = pickText(query(content), TEXT_FIELDS);
    const years = from || to ? this.localize.term('historyCms_summaryYears', from ?? '', to ?? '') : undefined;
    const parts = [language, repository, years].filter((part): part is string => Boolean(part));
    const label = str(content, 'label');
    return parts.length ? this.localize.term('historyCms_summarySearch', label, this.localize.term('historyCms_summaryList', parts)) : label;
  }
}

const LABELS: Record<(typeof TEXT_FIELDS)[number], string> = {
  language: 'historyCms_fieldLanguage',
  repository: 'historyCms_fieldRepository',
  from: 'historyCms_fieldFrom',
  to: 'historyCms_fieldTo',
};

const HELP: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {
  language: 'historyCms_fieldLanguageHelp',
  from: 'historyCms_fieldYearHelp',
  to: 'historyCms_fieldYearHelp',
};

/** A label and a pre-set search of the archive: program, language, repository, years. */
@customElement('history-cms-block-document-search')
export class HistoryDocumentSearchKindElement extends HistoryBlockKindEditorBase {
  #setQuery(change: Record<string, unknown>) {
    this.change({ query: { ...query(this.content), ...change } });
  }

  protected override renderFields() {
    const current = query(this.content);
    return html`${this.renderText('label', 'historyCms_fieldLabel')}
      ${this.renderDocuments('query.program', 'historyCms_fieldProgram', isKey(current['program']) ? [current['program']] : [], (keys) =>
        this.#setQuery({ program: keys[0] ?? '' }),
      { max: 1, allowedTypeKey: HISTORY_DOCUMENT_TYPE_PROGRAM_KEY })}
      ${TEXT_FIELDS.map((field) =>
        this.renderText(`query.${field}`, LABELS[field], {
          name: field,
          value: typeof current[field] === 'string' ? (current[field] as string) : '',
          descriptionTerm: HELP[field],
          onInput: (text) => this.#setQuery({ [field]: text }),
        }),
      )}`;
  }
}

export { HistoryDocumentSearchKindElement as element, HistoryDocumentSearchKindApi as api };
