import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

// Browser tests in the system Chromium (Debian's package; a test tool cannot download its own browser here).
// The root is the repository so tests can read the shared value fixtures under tests/fixtures/values.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // Generous limits: the first test of a file loads hundreds of backoffice modules, and CI shares 2 cores.
  testFramework: { config: { timeout: 60000 } },
  testsStartTimeout: 180000,
  testsFinishTimeout: 900000,
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/src/HistoryCms.Backoffice/node_modules/@umbraco-ui/uui-css/dist/uui-css.css" />
  </head>
  <body>
    <script type="module" src="/src/HistoryCms.Backoffice/src/testing/browser-setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
