import { en } from './texts/en.js';
import { es } from './texts/es.js';
import { own } from './own.js';
import type { CareChoiceConfig } from './types.js';

/** The built-in content, by language. Agencies add a language by passing a whole config. */
export const defaultConfigs: Readonly<Record<string, CareChoiceConfig>> = { en, es };

/**
 * The built-in config for a BCP 47 tag: exact match, then its language (`es-MX` → `es`), else
 * English. `matched` tells the caller whether it fell back, so it can warn once.
 */
export function defaultConfigFor(lang: string | null | undefined): { config: CareChoiceConfig; matched: boolean } {
  const tag = (lang ?? '').trim().toLowerCase();
  const language = tag.split('-')[0] ?? '';
  const config = own(defaultConfigs, tag) ?? own(defaultConfigs, language);
  return config ? { config, matched: true } : { config: en, matched: tag === '' };
}
