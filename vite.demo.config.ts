import { defineConfig } from 'vite';

// `npm start`: serves demo/ with the elements built from source on every change. The demo pages
// load /dist/care-choice.js (and the Spanish pack) like a real site; here those paths are answered
// from the source.
export default defineConfig({
  root: 'demo',
  server: { open: false, fs: { allow: ['..'] } },
  plugins: [
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
