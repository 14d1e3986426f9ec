import { defineConfig } from 'vite';

// `npm start`: serves demo/ with the elements built from source on every change. The demo pages
// load /dist/care-choice.js like a real site; here that path is answered from src/bundle.ts.
export default defineConfig({
  root: 'demo',
  server: { open: false, fs: { allow: ['..'] } },
  plugins: [
    {
      name: 'care-choice-dev-bundle',
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          if (req.url?.startsWith('/dist/care-choice.js')) req.url = '/@fs' + new URL('./src/bundle.ts', import.meta.url).pathname;
          next();
        });
      },
    },
  ],
});
