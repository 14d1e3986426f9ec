// Packs the WordPress plugin: wordpress/ plus the built drop-in script, its language packs and the
// fallback snippets, into dist/care-choice-wordpress.zip (one folder, care-choice/, as Plugins >
// Add New > Upload expects). Run by `npm run build` after the drop-in build.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const root = process.cwd();
const read = (path) => readFileSync(join(root, path));
const fail = (message) => {
  console.error(`build-wordpress: ${message}`);
  process.exit(1);
};

// One version everywhere: package.json, the plugin header and constant, readme.txt, block.json.
const version = JSON.parse(read('package.json').toString()).version;
const versions = {
  'wordpress/care-choice.php (Version:)': /^\s*\*\s*Version:\s*(\S+)/m.exec(read('wordpress/care-choice.php').toString())?.[1],
  'wordpress/care-choice.php (CARE_CHOICE_VERSION)': /'CARE_CHOICE_VERSION',\s*'([^']+)'/.exec(
    read('wordpress/care-choice.php').toString(),
  )?.[1],
  'wordpress/readme.txt (Stable tag:)': /^Stable tag:\s*(\S+)/m.exec(read('wordpress/readme.txt').toString())?.[1],
  'wordpress/blocks/quiz/block.json': JSON.parse(read('wordpress/blocks/quiz/block.json').toString()).version,
  'wordpress/blocks/compare-table/block.json': JSON.parse(read('wordpress/blocks/compare-table/block.json').toString()).version,
};
for (const [where, found] of Object.entries(versions)) {
  if (found !== version) fail(`${where} says ${found}, package.json says ${version}`);
}

function walk(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
  });
}

const files = new Map();
for (const path of walk('wordpress')) files.set(relative('wordpress', path), read(path));

if (!existsSync(join(root, 'dist/care-choice.js'))) fail('dist/care-choice.js is missing: run the drop-in build first');
files.set('assets/care-choice.js', read('dist/care-choice.js'));
const packs = readdirSync(join(root, 'dist')).filter((name) => /^care-choice\.[a-z]{2,3}\.js$/.test(name));
for (const name of packs) files.set(`assets/${name}`, read(`dist/${name}`));
const snippets = existsSync(join(root, 'dist/snippets'))
  ? readdirSync(join(root, 'dist/snippets')).filter((name) => /^care-(choice-quiz|compare-table)\.[a-z]{2,3}\.html$/.test(name))
  : [];
for (const name of snippets) files.set(`assets/snippets/${name}`, read(`dist/snippets/${name}`));
// The content editor (dist/playground, a static page) for Settings > Care choice content.
const editor = existsSync(join(root, 'dist/playground/index.html')) ? walk('dist/playground') : [];
for (const path of editor) files.set(`assets/editor/${relative('dist/playground', path).split('\\').join('/')}`, read(path));

// A fixed date keeps the zip byte-for-byte reproducible.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = {};
for (const [path, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  entries[`care-choice/${path.split('\\').join('/')}`] = [new Uint8Array(data), { mtime, level: 9 }];
}
const zip = zipSync(entries);
writeFileSync(join(root, 'dist/care-choice-wordpress.zip'), zip);
console.log(
  `dist/care-choice-wordpress.zip: ${files.size} files, ${(zip.length / 1024).toFixed(1)} KB` +
    ` (language packs: ${packs.join(', ') || 'none'}; fallback snippets: ${snippets.join(', ') || 'none, dist/snippets is missing'})`,
);
