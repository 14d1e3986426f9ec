// npm run size: where the bytes of the drop-in script go. Builds it with the project's Vite config
// and prints, per source module, the code that survives tree-shaking: raw, minified, and gzip of
// the minified code on its own (gzip across the whole file is smaller, so the module figures add
// up to more than the total; they rank the modules, the total is the real figure).
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { transform } from 'esbuild';
import { build } from 'vite';

const entries = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const modules = [];
let total;

await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: { write: false },
  plugins: [
    {
      name: 'care-choice-bundle-report',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          total = { name: chunk.fileName, raw: chunk.code.length, gzip: gzipSync(chunk.code, { level: 9 }).length };
          for (const [id, info] of Object.entries(chunk.modules)) modules.push({ id, code: info.code ?? '' });
        }
      },
    },
  ],
});

const rows = [];
for (const { id, code } of modules) {
  if (!code.trim()) continue;
  const { code: minified } = await transform(code, { minify: true, loader: 'js' });
  const name = id.includes('node_modules') ? id.replace(/.*node_modules\//, '') : relative(process.cwd(), id);
  rows.push({ name, raw: code.length, min: minified.length, gzip: gzipSync(minified, { level: 9 }).length });
}
rows.sort((a, b) => b.gzip - a.gzip);
const shown = entries.length ? rows.filter((r) => entries.some((e) => r.name.includes(e))) : rows;

const kb = (n) => (n / 1024).toFixed(2).padStart(6);
const width = Math.max(...shown.map((r) => r.name.length), 10);
console.log(`${'module'.padEnd(width)}  raw KB  min KB  gzip KB`);
for (const r of shown) console.log(`${r.name.padEnd(width)}  ${kb(r.raw)}  ${kb(r.min)}  ${kb(r.gzip)}`);
const groups = {};
for (const r of rows) {
  const group = r.name.startsWith('src/')
    ? r.name.split('/').slice(0, 2).join('/')
    : r.name.split('/')[0].startsWith('@')
      ? r.name.split('/').slice(0, 2).join('/')
      : r.name.split('/')[0];
  groups[group] = (groups[group] ?? 0) + r.gzip;
}
console.log('\nby group (sum of module gzip):');
for (const [group, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(`  ${group.padEnd(24)} ${kb(bytes)} KB`);
console.log(`\n${total.name}: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip (the real figure)`);
