import { HistoryCitationMarker } from './citation-marker.node.js';
import { css } from '@umbraco-cms/backoffice/external/lit';
import { UmbTiptapExtensionApiBase } from '@umbraco-cms/backoffice/tiptap';

/** The rich-text extension that lets the post body hold citation markers. */
export default class HistoryCitationMarkerTiptapApi extends UmbTiptapExtensionApiBase {
  getTiptapExtensions = () => [HistoryCitationMarker];

  override getStyles = () => css`
    sup.history-citation-marker {
      display: inline-block;
      min-width: 1.2em;
      padding: 0 0.2em;
      border-radius: var(--uui-border-radius, 3px);
      background: var(--uui-color-surface-alt, #f3f3f5);
      color: var(--uui-color-interactive, #1b264f);
      font-weight: bold;
      text-align: center;
      cursor: default;
    }
    sup.history-citation-marker.broken {
      background: var(--uui-color-surface, #fff);
      color: var(--uui-color-danger-standalone, #b2242d);
      outline: 1px dashed var(--uui-color-danger-standalone, #b2242d);
    }
    sup.history-citation-marker.ProseMirror-selectednode {
      outline: 2px solid var(--uui-color-selected, #3544b1);
    }
  `;
}
