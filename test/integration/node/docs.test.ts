import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The documentation and the release files: links, generated pages, what a CDN snippet must carry,
// and what the npm package contains. The code blocks of every page are run in a browser by
// test/elements/placements.test.ts; axe runs on every built page in test/integration/browser/docs.test.ts.

const run = (script: string, ...args: string[]) => execFileSync('node', [script, ...args], { stdio: 'pipe', encoding: 'utf8' });
const pages: { file: string; page: string; title: string }[] = JSON.parse(readFileSync('docs/pages.json', 'utf8'));
const documentation = ['README.md', ...pages.map((p) => p.file)];
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the documentation', () => {
  it('every page of docs/pages.json exists and opens with its title', () => {
    for (const page of pages) {
      expect(existsSync(page.file), page.file).toBe(true);
      expect(readFileSync(page.file, 'utf8').split('\n')[0], page.file).toMatch(/^# \S/);
    }
  });

  it('every link of the README and the pages goes to a page, a heading or a file that exists', () => {
    expect(() => run('scripts/build-docs.mjs', '--check')).not.toThrow();
  });

  it('the generated pages are current: API reference, figures, conformance report', () => {
    for (const script of ['scripts/docs-api.mjs', 'scripts/figures.mjs', 'scripts/acr.mjs']) {
      expect(() => run(script, '--check'), script).not.toThrow();
    }
  });

  it('the README is short and leads to each guide', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    for (const guide of ['docs/agency.md', 'docs/blogger.md', 'docs/wordpress.md', 'docs/developer.md']) {
      expect(readme).toContain(`](${guide})`);
    }
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/images\/[\w-]+\.png\)/);
  });

  it('a CDN address pins this version, and its script tag carries integrity and crossorigin', () => {
    let cdnTags = 0;
    for (const file of documentation) {
      const text = readFileSync(file, 'utf8');
      for (const [, pinned] of text.matchAll(/care-choice@([^/\s`"<]+)\//g)) expect(pinned, file).toBe(version);
      for (const [tag] of text.matchAll(/<script src="https:[^"]*"[^>]*>/g)) {
        cdnTags++;
        expect(tag, file).toMatch(/ integrity="\{\{sri:care-choice(\.[a-z]{2,3})?\.js\}\}"/);
        expect(tag, file).toContain(' crossorigin="anonymous"');
      }
    }
    expect(cdnTags).toBeGreaterThan(0);
  });

  it('the changelog has this version, in Keep a Changelog form', () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    expect(changelog).toContain('[Keep a Changelog]');
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });
});

describe('the release files', () => {
  it('the build writes the sha384 integrity value of each script beside it', () => {
    for (const file of ['dist/care-choice.js', 'dist/care-choice.es.js']) {
      const expected = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      expect(readFileSync(`${file}.sri`, 'utf8').trim(), file).toBe(expected);
    }
  });

  it('`npm publish --dry-run` would publish only dist, types, the manifest, README, LICENSE and CHANGELOG', () => {
    const out = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--offline'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out) as Record<string, { version: string; files: { path: string }[] }>;
    const { version: published, files } = Object.values(report)[0]!;
    expect(published).toBe(version);
    const paths = files.map((f) => f.path);
    const allowed = [
      /^dist\/esm\/.+\.(js|d\.ts)$/,
      /^dist\/care-choice(\.[a-z]{2,3})?\.js(\.sri)?$/,
      /^(package\.json|custom-elements\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
    ];
    expect(paths.filter((p) => !allowed.some((a) => a.test(p)))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'custom-elements.json',
        'dist/care-choice.js',
        'dist/care-choice.js.sri',
        'dist/care-choice.es.js',
        'dist/care-choice.es.js.sri',
        'dist/esm/index.js',
        'dist/esm/index.d.ts',
      ]),
    );
  }, 60_000);
});
