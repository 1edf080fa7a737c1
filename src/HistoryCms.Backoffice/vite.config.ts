import { defineConfig } from 'vite';

// Library build of the one bundle that App_Plugins/HistoryCms/umbraco-package.json declares. Every
// @umbraco-cms/backoffice module stays external: the backoffice serves them through its import map.
export default defineConfig({
  build: {
    lib: {
      entry: { 'history-cms': 'src/index.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    outDir: '../../App_Plugins/HistoryCms/dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rollupOptions: {
      external: [/^@umbraco-cms\//],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
