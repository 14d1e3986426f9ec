import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `npm start`: serves demo/ with the elements built from source on every change. The demo pages
// load /dist/care-choice.js (and the Spanish pack) like a real site; here those paths are answered
// from the source.
// `vite build --config vite.demo.config.ts` (the last step of `npm run build`): the playground and
// content editor as a static page in dist/playground/, with relative addresses, so it works from
// any static host or folder and makes no network request.
/** The integrity value the build wrote beside a file of the drop-in, or '' when there is none yet. */
const sri = (file: string) => (existsSync(`dist/${file}.sri`) ? readFileSync(`dist/${file}.sri`, 'utf8').trim() : '');

export default defineConfig({
  root: 'demo',
  // The embed code for a pinned CDN address carries the file's integrity value: the build writes
  // the drop-in (and its .sri) before this page.
  define: { __CARE_CHOICE_SRI__: JSON.stringify({ main: sri('care-choice.js'), es: sri('care-choice.es.js') }) },
  base: './',
  server: { open: false, fs: { allow: ['..'] } },
  build: {
    outDir: '../dist/playground',
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL('./demo/playground.html', import.meta.url)) },
  },
  worker: { format: 'es' },
  plugins: [
    {
      // Static hosts serve index.html for a folder: the built editor answers there too.
      name: 'care-choice-playground-index',
      apply: 'build',
      writeBundle(options) {
        const dir = options.dir ?? fileURLToPath(new URL('./dist/playground', import.meta.url));
        copyFileSync(join(dir, 'playground.html'), join(dir, 'index.html'));
      },
    },
    {
      name: 'care-choice-dev-bundle',
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          if (req.url?.startsWith('/dist/care-choice.js')) req.url = '/@fs' + new URL('./src/bundle.ts', import.meta.url).pathname;
          // The Spanish pack and the modules the playground imports (the fallback generator).
          else if (req.url?.startsWith('/dist/care-choice.es.js'))
            req.url = '/@fs' + new URL('./src/lang/es.pack.ts', import.meta.url).pathname;
          else if (req.url?.startsWith('/src/')) req.url = '/@fs' + new URL(`.${req.url}`, import.meta.url).pathname;
          next();
        });
      },
    },
  ],
});
