// Loaded by the test page before the tests (web-test-runner.config.mjs): registers the Umbraco UI
// library's elements, as the backoffice has them loaded for every extension.
import '@umbraco-cms/backoffice/external/uui';
