import { HISTORY_TIPTAP_CITATION_MARKER, HISTORY_TIPTAP_TOOLBAR_CITE } from '../constants.js';
import { registerEnglish, stubFetch, waitUntil } from '../testing/test-utils.js';
import { manifests as umbracoTiptap } from '../../node_modules/@umbraco-cms/backoffice/dist-cms/packages/tiptap/extensions/manifests.js';
import { manifests } from './manifests.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { UmbContextProvider } from '@umbraco-cms/backoffice/context-api';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';
import { UmbStringState } from '@umbraco-cms/backoffice/observable-api';
import { UmbPropertyEditorConfigCollection } from '@umbraco-cms/backoffice/property-editor';
import { UMB_SERVER_CONTEXT } from '@umbraco-cms/backoffice/server';
import type { Editor } from '@umbraco-cms/backoffice/tiptap';
import '@umbraco-cms/backoffice/tiptap';

registerEnglish();
umbExtensionsRegistry.registerMany([...umbracoTiptap, ...manifests].filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)));

const BODY = '<p>Stalin agreed<sup data-citation="k-one"></sup> while Malik<sup>2</sup> objected<sup data-citation="k-two"></sup>.</p>';

// The post body's configuration in the content model (HistoryContentModel.RichTextConfiguration), reduced to
// what matters here: Umbraco's essentials and Superscript next to the package's marker and Cite button.
const CONFIGURATION = new UmbPropertyEditorConfigCollection([
  { alias: 'extensions', value: ['Umb.Tiptap.RichTextEssentials', 'Umb.Tiptap.Bold', 'Umb.Tiptap.Superscript', HISTORY_TIPTAP_CITATION_MARKER] },
  { alias: 'toolbar', value: [[['Umb.Tiptap.Toolbar.Bold', 'Umb.Tiptap.Toolbar.Superscript', HISTORY_TIPTAP_TOOLBAR_CITE]]] },
]);

describe('citation markers in Umbraco\u2019s rich-text editor (umb-input-tiptap)', () => {
  let stub: ReturnType<typeof stubFetch>;
  beforeEach(() => (stub = stubFetch(() => undefined)));
  afterEach(() => stub.restore());

  it('keeps every marker through an edit and shows the note numbers, with Superscript enabled', async function () {
    this.timeout(120000);
    // The editor waits for the server's CSS path, which the backoffice's server context gives.
    const server = document.body.appendChild(document.createElement('div'));
    const connection = { umbracoCssPath: new UmbStringState('/css').asObservable() };
    new UmbContextProvider(server, UMB_SERVER_CONTEXT, { getServerConnection: () => connection, getHostElement: () => server } as never).hostConnected();
    const el = await fixture<HTMLElement & { value: string }>(
      html`<umb-input-tiptap .configuration=${CONFIGURATION} .value=${BODY}></umb-input-tiptap>`,
      { parentNode: server },
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.ProseMirror') != null, 'editor loaded', 60000);
    const prose = el.shadowRoot!.querySelector('.ProseMirror')!;
    expect([...prose.querySelectorAll('sup[data-citation]')].map((s) => s.textContent)).to.deep.equal(['1', '2']);

    const editor = (el as unknown as { _editor: Editor })._editor;
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    setTimeout(() => editor.commands.insertContent(' Later'));
    await oneEvent(el, 'change');
    expect(el.value).to.equal(BODY.replace('.</p>', '. Later</p>'));
  });
});
