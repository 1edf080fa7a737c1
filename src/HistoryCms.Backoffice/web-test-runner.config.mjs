import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Browser tests in the system Chromium (Debian's package; a test tool cannot download its own browser here).
// The root is the repository so tests can read the shared value fixtures under tests/fixtures/values.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// The screenshot suite (src/screenshots/) writes what an editor sees to artifacts/screenshots/ at the repository root.
const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

/**
 * `history-screenshot` { name, width, selector }: sizes the page to `width` CSS pixels, lets it lay out again and
 * saves the element `selector` (the stage in the light DOM) as artifacts/screenshots/NAME-WIDTH.png.
 */
function screenshotPlugin() {
  return {
    name: 'history-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'history-screenshot') return undefined;
      const { name, width, selector } = payload;
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name "${name}": use lowercase letters, digits and hyphens`);
      const page = session.browser.getPage(session.id);
      await page.setViewport({ width, height: 900 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const stage = await page.$(selector);
      if (!stage) throw new Error(`screenshot ${name}: nothing matches ${selector}`);
      await mkdir(screenshots, { recursive: true });
      const path = resolve(screenshots, `${name}-${width}.png`);
      await stage.screenshot({ path });
      return path;
    },
  };
}

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), screenshotPlugin()],
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
  browserStartTimeout: 180000,
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
