// The screenshot suite's stage (never bundled): a property editor inside Umbraco's own property layout, with what a
// real backoffice has loaded around it — Umbraco's icon registry (the `icons` extension and the global icons context,
// core/icon-registry/manifests.js), Umbraco's English texts (assets/lang/en.js, as the `localization` extension
// Umb.Localization.En_US loads them) and the package's own texts; for Umbraco's document picker (`umb-input-document`)
// the document item repository and its store (documents/item/repository/manifests.js), the document item reference
// (documents/item/manifests.js, `entityItemRef` Umb.EntityItemRef.Document) and the app language's variant context
// (language/global-contexts/app-language.context.js), which `UmbDocumentItemDataResolver` needs to name a document.
import { HistoryTestHostElement, provideDocumentItemStore, registerEnglish } from './test-utils.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from '@umbraco-cms/backoffice/external/lit';
import { umbExtensionsRegistry } from '@umbraco-cms/backoffice/extension-registry';
import { UmbIconRegistryContext } from '@umbraco-cms/backoffice/icon';
import { UmbVariantContext } from '@umbraco-cms/backoffice/variant';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';
import '@umbraco-cms/backoffice/property';

/** Umbraco's own files, served from the client's node_modules (the test server's root is the repository). */
const UMBRACO = '/src/HistoryCms.Backoffice/node_modules/@umbraco-cms/backoffice/dist-cms';

/** The widths every state is taken at: a wide workspace and a narrow one (the property label moves above the editor). */
export const SCREENSHOT_WIDTHS = [1040, 720] as const;

/** Loads a module by URL (a file the package map does not export). */
function load(url: string): Promise<{ default: unknown }> {
  return import(/* @vite-ignore */ url) as Promise<{ default: unknown }>;
}

let texts: Promise<void> | undefined;

/** Registers Umbraco's English texts (`general_choose`, `general_remove`, ...) and the package's, once. */
function loadTexts(): Promise<void> {
  texts ??= load(`${UMBRACO}/assets/lang/en.js`).then(({ default: dictionary }) => {
    const flat: Record<string, unknown> = {};
    for (const [section, entries] of Object.entries(dictionary as Record<string, Record<string, unknown>>)) {
      for (const [key, entry] of Object.entries(entries)) flat[`${section}_${key}`] = entry;
    }
    umbLocalizationManager.registerLocalization({ $code: 'en', $dir: 'ltr', ...flat } as never);
    registerEnglish();
  });
  return texts;
}

/** The stage: a backoffice-like surface that hosts the icon registry; the screenshot is taken of it. */
export class HistoryScreenshotStageElement extends HistoryTestHostElement {}
if (!customElements.get('history-screenshot-stage')) customElements.define('history-screenshot-stage', HistoryScreenshotStageElement);

let stage: HistoryScreenshotStageElement | undefined;

/** The one stage of the page, with Umbraco's icon registry attached to it. */
async function theStage(): Promise<HistoryScreenshotStageElement> {
  await loadTexts();
  if (stage) return stage;
  if (!umbExtensionsRegistry.isRegistered('Umb.Icons.Backoffice')) {
    umbExtensionsRegistry.register({
      type: 'icons',
      alias: 'Umb.Icons.Backoffice',
      name: 'Backoffice Icons',
      js: () => load(`${UMBRACO}/packages/core/icon-registry/icons.js`) as never,
    } as never);
  }
  stage = new HistoryScreenshotStageElement();
  stage.id = 'history-screenshot-stage';
  stage.style.cssText =
    'display:block;box-sizing:border-box;padding:24px;background:var(--uui-color-background,#f3f3f5);' +
    'font-family:var(--uui-font-family,Lato,sans-serif);font-size:var(--uui-type-default-size,14px);color:var(--uui-color-text,#060606)';
  document.body.append(stage);
  new UmbIconRegistryContext(stage);
  await provideDocumentItemStore(stage);
  await provideDocumentPicking(stage);
  return stage;
}

/** The culture of the stage's content: an invariant document in a backoffice whose default language is English. */
const APP_CULTURE = 'en-US';

/**
 * What `umb-input-document` needs besides the item store to show its picks: Umbraco's document item manifests in the
 * extension registry (the picker's UmbRepositoryItemsManager creates the repository by its alias; without it the
 * picker renders an empty list) and the variant context the app language context provides globally (without it the
 * document item reference has no display culture and shows no name).
 */
async function provideDocumentPicking(host: HistoryScreenshotStageElement): Promise<void> {
  const { manifests } = (await load(`${UMBRACO}/packages/documents/documents/item/manifests.js`)) as unknown as { manifests: Array<{ alias: string }> };
  umbExtensionsRegistry.registerMany(manifests.filter((m) => !umbExtensionsRegistry.isRegistered(m.alias)) as never);
  const variant = new UmbVariantContext(host);
  await variant.setCulture(APP_CULTURE);
  await variant.setAppCulture(APP_CULTURE);
  await variant.setFallbackCulture(APP_CULTURE);
}

/**
 * Renders `editor` as the property `label` of a document inside Umbraco's property layout (in a `uui-box`, as a
 * workspace group shows it) on the stage, and returns the editor element. The description goes into the layout's
 * description slot as plain text (`umb-property` renders it through Umbraco Flavored Markdown, not loaded here).
 */
export async function onStage<T extends Element>(label: string, description: string, editor: TemplateResult): Promise<T> {
  const host = await theStage();
  render(html``, host);
  const box = await fixture<HTMLElement>(
    html`<uui-box headline="Content"><umb-property-layout label=${label}>
      <div slot="description">${description}</div>
      <div slot="editor">${editor}</div>
    </umb-property-layout></uui-box>`,
    { parentNode: host },
  );
  const element = box.querySelector('[slot=editor]')!.firstElementChild as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Waits until every named icon on the stage (through shadow roots) has its SVG; fails naming the icons that never came. */
async function iconsLoaded(timeout = 15000): Promise<void> {
  const start = performance.now();
  const pending = () => {
    const all: Array<Element> = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'UUI-ICON') all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (stage) walk(stage);
    return all.filter((icon) => (icon as Element & { name?: string }).name && !icon.shadowRoot?.querySelector('svg'));
  };
  while (pending().length > 0) {
    if (performance.now() - start > timeout) {
      throw new Error(`icons never loaded: ${[...new Set(pending().map((icon) => (icon as Element & { name?: string }).name))].join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Takes the stage at every width of SCREENSHOT_WIDTHS to artifacts/screenshots/NAME-WIDTH.png; returns the paths. */
export async function screenshot(name: string): Promise<Array<string>> {
  await iconsLoaded();
  const paths: Array<string> = [];
  for (const width of SCREENSHOT_WIDTHS) {
    paths.push(await executeServerCommand<string, unknown>('history-screenshot', { name, width, selector: '#history-screenshot-stage' }));
  }
  return paths;
}
