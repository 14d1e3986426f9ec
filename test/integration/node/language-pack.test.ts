import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { resolveConfig, type CareChoiceConfig, type LanguagePack } from '../../../src/engine/index.js';
import { en } from '../../../src/engine/texts/en.js';
import { es } from '../../../src/engine/texts/es.js';

// The built Spanish pack (npm run build) run as a page would, without a browser: what it queues,
// given the main script's English, is the whole Spanish content of src/engine/texts/es.ts.

describe('dist/care-choice.es.js', () => {
  const page: { careChoiceLanguages?: unknown[] } = {};
  runInNewContext(readFileSync('dist/care-choice.es.js', 'utf8'), Object.assign(page, { globalThis: page }));

  it('queues one pack that gives back the Spanish content in full', () => {
    expect(page.careChoiceLanguages).toHaveLength(1);
    const pack = page.careChoiceLanguages![0] as (english: CareChoiceConfig) => LanguagePack;
    expect(typeof pack).toBe('function');
    const built = resolveConfig(en, pack(en));
    expect(built.errors).toEqual([]);
    expect(built.config).toEqual(resolveConfig(en, es).config);
  });

  it('is plain ASCII, so a page that does not say UTF-8 still shows the accents', () => {
    // eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
    expect(readFileSync('dist/care-choice.es.js', 'utf8')).toMatch(/^[\x00-\x7f]*$/);
  });
});
