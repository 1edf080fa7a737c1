// Loaded by the test page before the tests (web-test-runner.config.mjs): registers the Umbraco UI
// library's elements, as the backoffice has them loaded for every extension.
import '@umbraco-cms/backoffice/external/uui';
// Umbraco's umb-icon, which the backoffice defines before any extension renders (the whole components package is
// too heavy to load for every test file; the element's own module is enough).
const UMB_ICON = '/src/HistoryCms.Backoffice/node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/components/icon/icon.element.js';
await import(/* @vite-ignore */ UMB_ICON);
