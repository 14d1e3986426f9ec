import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layout's import rules, checked by running the project's own ESLint config on small files
// placed where they would live. Each case must fail, or the boundary is not enforced.
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('import boundaries (eslint)', () => {
  it.each([
    ['src/engine/evaluate.ts', "import { html } from 'lit';"],
    ['src/engine/evaluate.ts', "import 'lit'"],
    ['src/engine/evaluate.ts', "import { resolveLang } from '../shared/locale.js'"],
    ['src/engine/evaluate.ts', "export { storeContext } from '../context/store-context.js';"],
    ['src/engine/evaluate.ts', "import { CareChoice } from '../index.js';"],
    ['src/engine/texts/en.ts', "import { safeHref } from '../../shared/safe-href.js';"],
    ['src/engine/texts/en.ts', "import type { LitElement } from 'lit';"],
  ])('%s: refuses %s', async (file, code) => {
    const found = await problems(file, `${code}\nexport const x = 1;\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/The engine is pure TypeScript: it imports only its own modules/);
  });

  it('refuses DOM globals in the engine', async () => {
    expect(await problems('src/engine/store.ts', 'export const key = () => location.pathname + sessionStorage.length;\n')).toHaveLength(2);
  });

  it('lets the engine import itself', async () => {
    expect(await problems('src/engine/evaluate.ts', "import { own } from './own.js';\nexport const x = own;\n")).toEqual([]);
    expect(
      await problems(
        'src/engine/texts/es.ts',
        "import { en } from './en.js';\nimport type { CareChoiceConfig } from '../types.js';\nexport const x: CareChoiceConfig = en;\n",
      ),
    ).toEqual([]);
  });

  it('refuses shared code that imports an element', async () => {
    const found = await problems(
      'src/shared/locale.ts',
      "import { CareChoiceQuiz } from '../elements/care-choice-quiz/care-choice-quiz.js';\nexport const x = CareChoiceQuiz;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Shared code serves the elements; it never imports them/);
  });
});
