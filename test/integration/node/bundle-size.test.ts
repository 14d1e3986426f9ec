import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The drop-in's size ceilings live in one place, size-limits.json (the measured figure + 0.5 KB).
 * The script is downloaded by every visitor of every agency site, so it may only shrink: a feature
 * that needs more raises the ceiling there and says so, with the figure, in its note.
 */
const limits = JSON.parse(readFileSync('size-limits.json', 'utf8')) as Record<string, { measured: number; ceiling: number }>;
const FILES = Object.entries(limits).filter(([file]) => file.startsWith('dist/'));

for (const [file, { measured, ceiling }] of FILES) {
  describe(file, () => {
    const code = readFileSync(file);
    const gzipped = gzipSync(code, { level: 9 }).length;

    it(`stays under its ceiling of ${ceiling} bytes gzip -9 (size-limits.json)`, () => {
      console.log(
        `${file}: ${code.length} bytes, ${gzipped} bytes gzip -9 (${(gzipped / 1024).toFixed(2)} KB); last measured ${measured}, ceiling ${ceiling}`,
      );
      expect(gzipped).toBeLessThanOrEqual(ceiling);
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

describe('the drop-in keeps the public names and shortens the private ones', () => {
  const text = readFileSync('dist/care-choice.js', 'utf8');
  it('keeps attribute-backed properties and config keys', () => {
    for (const name of ['ctaHref', 'agencyName', 'autoAdvance', 'effectiveConfig', 'professions', 'nextSteps'])
      expect(text).toContain(name);
  });
  it('shortens private member names', () => {
    for (const name of ['takeFallbackAnswers', 'renderReasons', 'renderNextSteps', 'syncPersistence']) expect(text).not.toContain(name);
  });
});
