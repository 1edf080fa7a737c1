import type { HistoryBlockCheck, HistoryBlockContent } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase, isKey, pickText, str } from './kind-editor-base.js';
import '@umbraco-cms/backoffice/document';
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';

function link(content: HistoryBlockContent): Record<string, unknown> {
  const value = content['link'];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Call to action: `{"label": "...", "link": {"url": "https://..."}}` or `{"label": "...", "link": {"document": "<guid>"}}`. */
export class HistoryCallToActionKindApi extends HistoryBlockKindApiBase {
  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    const source = link(content);
    return {
      label: str(content, 'label'),
      link: { ...pickText(source, ['url']), ...(isKey(source['document']) ? { document: source['document'] } : {}) },
    };
  }
  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    const checks: Array<HistoryBlockCheck> = [];
    if (str(content, 'label').trim().length === 0) checks.push({ term: 'historyCms_checkLabelEmpty', path: 'label' });
    const { url, document } = link(content);
    const hasUrl = typeof url === 'string' && url.length > 0;
    if (hasUrl && isKey(document)) checks.push({ term: 'historyCms_checkLinkBoth', path: 'link.url' });
    else if (!hasUrl && !isKey(document)) checks.push({ term: 'historyCms_checkLinkMissing', path: 'link.url' });
    else if (hasUrl && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url as string)) checks.push({ term: 'historyCms_checkLinkUrl', path: 'link.url' });
    return checks;
  }
  override summary(content: HistoryBlockContent): string {
    const { url } = link(content);
    const label = str(content, 'label');
    return typeof url === 'string' && url ? this.localize.term('historyCms_summaryLink', label, url) : label;
  }
}

/** A label and either an external link or a page of the site (Umbraco's document picker). */
@customElement('history-cms-block-call-to-action')
export class HistoryCallToActionKindElement extends HistoryBlockKindEditorBase {
  protected override renderFields() {
    const current = link(this.content);
    const url = typeof current['url'] === 'string' ? current['url'] : '';
    return html`${this.renderText('label', 'historyCms_fieldLabel')}
      ${this.renderText('link.url', 'historyCms_fieldLinkUrl', {
        name: 'url',
        type: 'url',
        value: url,
        descriptionTerm: 'historyCms_fieldLinkUrlHelp',
        onInput: (text) => this.change({ link: { ...link(this.content), url: text } }),
      })}
      ${this.renderDocuments('link.document', 'historyCms_fieldLinkDocument', isKey(current['document']) ? [current['document']] : [], (keys) =>
        this.change({ link: { ...link(this.content), document: keys[0] ?? '' } }),
      { max: 1, descriptionTerm: 'historyCms_fieldLinkDocumentHelp' })}`;
  }
}

export { HistoryCallToActionKindElement as element, HistoryCallToActionKindApi as api };
