import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the playground's modules are plain JavaScript.
import { PACKAGE_VERSION } from '../../demo/editor/version.js';
// @ts-expect-error: the playground's modules are plain JavaScript.
import { scriptAddresses } from '../../demo/editor/script-address.js';
// @ts-expect-error: the playground's modules are plain JavaScript.
import { contrastRatio, nearestPassing } from '../../demo/editor/colour.js';

// The playground's embed code: the script addresses it writes and the colours it offers.

describe('playground script address', () => {
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

  it('pins the CDN addresses to the version in package.json', () => {
    expect(PACKAGE_VERSION).toBe(version);
    expect(scriptAddresses('jsdelivr')).toEqual({
      main: `https://cdn.jsdelivr.net/npm/care-choice@${version}/dist/care-choice.js`,
      es: `https://cdn.jsdelivr.net/npm/care-choice@${version}/dist/care-choice.es.js`,
    });
    expect(scriptAddresses('unpkg').main).toBe(`https://unpkg.com/care-choice@${version}/dist/care-choice.js`);
  });

  it("takes the agency's own upload, and refuses empty, example, relative and non-script addresses", () => {
    expect(scriptAddresses('own', ' https://harbor.org/js/care-choice.js ')).toEqual({
      main: 'https://harbor.org/js/care-choice.js',
      es: 'https://harbor.org/js/care-choice.es.js',
    });
    for (const bad of [
      '',
      'care-choice.js',
      'https://your-site.example/care-choice.js',
      'https://example.com/care-choice.js',
      'javascript:alert(1)//.js',
      'https://harbor.org/page',
    ]) {
      expect(scriptAddresses('own', bad).problem, bad).toMatch(/address/);
    }
  });
});

describe('nearest passing colour', () => {
  it('keeps a passing colour, and moves a failing one just far enough', () => {
    expect(nearestPassing('#1f6f5c', ['#ffffff'])).toBe('#1f6f5c');
    const fixed = nearestPassing('#ffee00', ['#ffffff', '#ffffff']);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Just far enough: one step lighter would fail again.
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.7);
  });

  it('passes against every partner, or says there is none', () => {
    const fixed = nearestPassing('#777777', ['#000000', '#ffffff'], 5);
    expect(fixed).toBeNull();
    const both = nearestPassing('#3a6ea5', ['#ffffff', '#f4f4f4']);
    expect(contrastRatio(both, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(both, '#f4f4f4')).toBeGreaterThanOrEqual(4.5);
  });
});
