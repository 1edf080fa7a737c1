import type { HistoryBlockCheck, HistoryBlockContent, HistoryDocumentName } from '../types.js';
import { HistoryBlockKindApiBase, HistoryBlockKindEditorBase } from './kind-editor-base.js';
import { customElement, html } from '@umbraco-cms/backoffice/external/lit';

function count(content: HistoryBlockContent): number {
  const value = Number(content['count']);
  return Number.isFinite(value) ? Math.trunc(value) : 0;
}

/** Latest posts: `{"count": 3, "includeProjects": true}` (count 1..24); the server resolves the posts. */
export class HistoryLatestPostsKindApi extends HistoryBlockKindApiBase {
  override normalise(content: HistoryBlockContent): HistoryBlockContent {
    return { count: count(content), includeProjects: content['includeProjects'] === true };
  }
  override check(content: HistoryBlockContent): Array<HistoryBlockCheck> {
    const n = count(content);
    return n < 1 || n > 24 ? [{ term: 'historyCms_checkCountRange', path: 'count' }] : [];
  }
  /** "3 posts from <the program>" once the page's name is known: the posts are the page's own (and its projects'). */
  override summary(content: HistoryBlockContent, _name?: HistoryDocumentName, page?: string): string {
    const includeProjects = content['includeProjects'] === true;
    if (page) return this.localize.term('historyCms_summaryLatestPostsFrom', count(content), page, includeProjects);
    return this.localize.term('historyCms_summaryLatestPosts', count(content), includeProjects);
  }
}

/** Sets how many of the newest posts to show and whether the program's projects count. */
@customElement('history-cms-block-latest-posts')
export class HistoryLatestPostsKindElement extends HistoryBlockKindEditorBase {
  protected override renderFields() {
    return html`${this.renderText('count', 'historyCms_fieldCount', {
        type: 'number',
        value: String(count(this.content)),
        descriptionTerm: 'historyCms_fieldCountHelp',
        onInput: (text) => this.change({ count: text.trim() === '' ? Number.NaN : Number(text) }),
      })}
      ${this.field(
        'includeProjects',
        'historyCms_fieldProjects',
        html`<uui-toggle id=${this.fieldId('includeProjects')} data-focus name="includeProjects" label=${this.localize.term('historyCms_fieldIncludeProjects')}
          .checked=${this.content['includeProjects'] === true} ?readonly=${this.readonly}
          @change=${(e: Event) => this.change({ includeProjects: (e.target as HTMLInputElement).checked })}></uui-toggle>`,
        'historyCms_fieldIncludeProjectsHelp',
      )}`;
  }
}

export { HistoryLatestPostsKindElement as element, HistoryLatestPostsKindApi as api };
