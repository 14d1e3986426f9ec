import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve('.');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/**
 * Packs the package as npm would publish it, installs the tarball into a scratch project outside
 * this repository, type-checks a consumer against it and builds that consumer with Vite.
 */
describe('the npm package', () => {
  it('installs, type-checks and builds in a scratch project', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'care-choice-consumer-'));
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const tarball = join(scratch, packed);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: scratch,
      stdio: 'pipe',
    });

    const installed = JSON.parse(readFileSync(join(scratch, 'node_modules/care-choice/package.json'), 'utf8'));
    expect(installed.customElements).toBe('custom-elements.json');
    expect(readdirSync(join(scratch, 'node_modules/care-choice'))).toContain('custom-elements.json');

    writeFileSync(
      join(scratch, 'main.ts'),
      `import 'care-choice/define';
import 'care-choice/lang/es';
import { CareCompareTable, evaluate, defaultConfigs, type CareChoiceCompleteDetail } from 'care-choice';
import { CareChoiceQuiz } from 'care-choice/care-choice-quiz';

// The tag map and the event map come with the types.
const quiz: CareChoiceQuiz = document.createElement('care-choice-quiz');
quiz.ctaHref = 'tel:+15555550100';
quiz.addEventListener('care-choice-complete', (event) => {
  const detail: CareChoiceCompleteDetail = event.detail;
  console.log(detail.recommendation, evaluate(defaultConfigs.en!, detail.answers).recommendation);
});
const table: CareCompareTable = document.createElement('care-compare-table');
table.rows = 'employer,where';
document.body.append(quiz, table);
// The Spanish pack registered itself on import.
console.log(defaultConfigs.es!.strings['quiz.next']);
`,
    );
    // The TypeScript examples of the docs, as a reader pastes them (those for React need React's
    // types, which this scratch project does not install; the React page's own test covers them).
    const docBlocks = readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => [...readFileSync(join('docs', name), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!))
      .filter((code) => !/\breact\b/i.test(code));
    expect(docBlocks.length).toBeGreaterThan(1);
    docBlocks.forEach((code, i) =>
      writeFileSync(join(scratch, `docs-example-${i}.ts`), code.includes('import') ? code : `${code}\nexport {};\n`),
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2021',
          module: 'ES2022',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          lib: ['ES2022', 'DOM'],
          skipLibCheck: false,
          types: [],
        },
        files: ['main.ts', ...docBlocks.map((_, i) => `docs-example-${i}.ts`)],
      }),
    );
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><script type="module" src="./main.ts"></script>');

    execFileSync(bin('tsc'), ['-p', join(scratch, 'tsconfig.json')], { cwd: scratch, stdio: 'pipe' });
    execFileSync(bin('vite'), ['build', '--logLevel', 'error', '--outDir', 'out'], { cwd: scratch, stdio: 'pipe' });
    const assets = readdirSync(join(scratch, 'out/assets')).filter((f) => f.endsWith('.js'));
    const code = assets.map((f) => readFileSync(join(scratch, 'out/assets', f), 'utf8')).join('\n');
    expect(code).toContain('care-choice-quiz');
    expect(code).toContain('customElements');
    // The Spanish words came along with the import (the bundler kept the side-effect module).
    expect(code).toContain('Siguiente');
    // And the drop-in files are in the package for sites that copy them.
    expect(readdirSync(join(scratch, 'node_modules/care-choice/dist'))).toEqual(
      expect.arrayContaining(['care-choice.js', 'care-choice.es.js']),
    );
  }, 180_000);
});
