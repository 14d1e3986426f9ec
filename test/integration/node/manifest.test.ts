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
type Member = { name: string; privacy?: string };
type Manifest = { modules: { path: string; declarations?: (Declaration & { name: string; members?: Member[] })[] }[] };

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const elements = new Map(
  committed.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, d]),
);

describe('custom-elements.json', () => {
  it('is up to date with the source (run `npm run analyze` when this fails)', () => {
    // The analyzer joins --outdir onto the working directory, so it must be relative.
    const dir = 'node_modules/.cache/cem-check';
    rmSync(dir, { recursive: true, force: true });
    execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], {
      stdio: 'pipe',
    });
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
    const tokensIn = (files: string[]) =>
      new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--care-choice-[a-z-]+)/g)].map((m) => m[1]!)));
    for (const tag of ['care-choice-quiz', 'care-choice-result', 'care-compare-table']) {
      // The shared sheets every element starts from, plus its own.
      const read = tokensIn(['src/shared/tokens.styles.ts', 'src/shared/host.styles.ts', `src/elements/${tag}/${tag}.styles.ts`]);
      const documented = new Set((elements.get(tag)!.cssProperties ?? []).map((p) => p.name));
      expect([...documented].sort(), tag).toEqual([...read].sort());
    }
  });

  it('documents every part the templates use, on the element that renders it', () => {
    for (const tag of ['care-choice-quiz', 'care-choice-result', 'care-compare-table']) {
      const source = readFileSync(`src/elements/${tag}/${tag}.ts`, 'utf8') + readFileSync('src/shared/care-choice-element.ts', 'utf8');
      // Literal part="a b" attributes, and the names inside part=${cond ? 'a b' : 'a'} bindings.
      const literal = [...source.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
      const bound = [...source.matchAll(/\bpart=\$\{([^}]+)\}/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([a-z -]+)'/g)].flatMap((q) => q[1]!.split(/\s+/)),
      );
      const documented = new Set((elements.get(tag)!.cssParts ?? []).map((p) => p.name));
      for (const part of [...literal, ...bound]) expect(documented.has(part), `${tag} part "${part}"`).toBe(true);
    }
  });

  it('forwards and documents every part of the result card on the quiz, as result__<part>', () => {
    // The quiz builds its exportparts from RESULT_PARTS (the module needs a DOM, so read its source).
    const source = readFileSync('src/elements/care-choice-result/care-choice-result.ts', 'utf8');
    const parts = [...source.match(/RESULT_PARTS = \[([^\]]+)\]/)![1]!.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
    const resultParts = (elements.get('care-choice-result')!.cssParts ?? []).map((p) => p.name).sort();
    expect([...parts].sort()).toEqual(resultParts);
    const quizParts = new Set((elements.get('care-choice-quiz')!.cssParts ?? []).map((p) => p.name));
    for (const part of parts) expect(quizParts.has(`result__${part}`), `care-choice-quiz documents result__${part}`).toBe(true);
  });

  it('describes only the public surface: no private or protected members', () => {
    const hidden = committed.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        (d.members ?? []).filter((x) => x.privacy && x.privacy !== 'public').map((x) => `${d.name}.${x.name}`),
      ),
    );
    expect(hidden).toEqual([]);
    // Members the source marks private, which the analyzer would otherwise list.
    const quiz = committed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'care-choice-quiz')!;
    expect(quiz.members!.map((x) => x.name)).not.toContain('store');
  });

  it('points every module path at the file the package ships (dist/esm/*.js)', () => {
    const paths = [...JSON.stringify(committed).matchAll(/"(?:path|module)":"([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of new Set(paths)) {
      expect(path, path).toMatch(/^dist\/esm\/.+\.js$/);
      // npm test builds first, so the shipped file is there to open.
      expect(existsSync(path), `${path} exists after the build`).toBe(true);
    }
  });

  it('names attributes in kebab-case', () => {
    for (const [tag, declaration] of elements) {
      for (const attribute of declaration.attributes ?? []) expect(attribute.name, tag).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});

describe('docs/api.md, the API reference', () => {
  it('matches custom-elements.json (run `npm run analyze` when this fails)', () => {
    expect(() => execFileSync('node', ['scripts/docs-api.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
