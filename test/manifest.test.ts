import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Declaration = {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
};
type Manifest = { modules: { declarations?: Declaration[] }[] };

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const elements = new Map(
  committed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]),
);

describe('custom-elements.json', () => {
  it('is up to date with the source (run `npm run analyze` when this fails)', () => {
    // The analyzer joins --outdir onto the working directory, so it must be relative.
    const dir = 'node_modules/.cache/cem-check';
    rmSync(dir, { recursive: true, force: true });
    execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'pipe' });
    expect(readdirSync(dir)).toContain('custom-elements.json');
    expect(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'))).toEqual(committed);
  }, 60_000);

  it('lists the four tags of the spec', () => {
    expect([...elements.keys()].sort()).toEqual(['care-choice', 'care-choice-quiz', 'care-choice-result', 'care-compare-table']);
  });

  it('documents the events where they are fired', () => {
    const events = (tag: string) => (elements.get(tag)!.events ?? []).map((e) => e.name).sort();
    expect(events('care-choice-quiz')).toEqual(['care-choice-answer', 'care-choice-complete', 'care-choice-reset']);
    expect(events('care-choice-result')).toEqual(['care-choice-cta', 'care-choice-reset']);
    expect(events('care-choice')).toEqual([]);
  });

  it('documents exactly the public tokens the styles read, on every element that reads them', () => {
    const sources = ['src/shared/tokens.styles.ts', 'src/shared/host.styles.ts'];
    const elementStyles = readdirSync('src/elements').map((tag) => `src/elements/${tag}/${tag}.styles.ts`).filter(existsSync);
    const read = new Set(
      [...sources, ...elementStyles].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--care-choice-[a-z-]+)/g)].map((m) => m[1]!)),
    );
    for (const tag of ['care-choice-quiz', 'care-choice-result', 'care-compare-table']) {
      const documented = new Set((elements.get(tag)!.cssProperties ?? []).map((p) => p.name));
      expect([...documented].sort(), tag).toEqual([...read].sort());
    }
  });

  it('names attributes in kebab-case', () => {
    for (const [tag, declaration] of elements) {
      for (const attribute of declaration.attributes ?? []) expect(attribute.name, tag).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});

describe('README API reference', () => {
  it('matches custom-elements.json (run `npm run analyze` when this fails)', () => {
    expect(() => execFileSync('node', ['scripts/readme-api.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
