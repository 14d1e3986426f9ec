import { own } from './own.js';
import { en } from './texts/en.js';
import type { CareChoiceConfig, ConfigError, LanguagePack } from './types.js';
import { resolveConfig } from './validate-config.js';

/** The content of every language the page has: English built in, others from language packs. */
export const defaultConfigs: Record<string, CareChoiceConfig> = { en };

const listeners = new Set<() => void>();
let version = 0;

/**
 * Adds a language (or replaces it): the pack is merged onto English by id and checked like any
 * config. Returns the problems found; a pack with problems is not added. Registering the same
 * pack again (a script included twice) is harmless.
 */
export function registerLanguage(pack: LanguagePack): ConfigError[] {
  const lang = typeof pack?.lang === 'string' ? pack.lang.trim().toLowerCase() : '';
  if (!lang || lang === 'en') return [{ path: 'lang', message: `a language pack needs its own lang, got ${JSON.stringify(pack?.lang)}` }];
  const { config, errors } = resolveConfig(en, pack);
  if (errors.length) return errors;
  defaultConfigs[lang] = config;
  version++;
  for (const listener of [...listeners]) listener();
  return [];
}

/** Calls `listener` whenever a language is added; returns the function that stops it. */
export function onLanguagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes each time a language is added, so cached configs know to look again. */
export const languagesVersion = () => version;

/** The language of a BCP 47 tag, lower case: `es` for `es-MX`. */
export const primaryLanguage = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';

/**
 * The built-in config for a BCP 47 tag: exact match, then its language (`es-MX` → `es`), else
 * English. `matched` tells the caller whether it fell back, so it can say so once.
 */
export function defaultConfigFor(lang: string | null | undefined): { config: CareChoiceConfig; matched: boolean } {
  const tag = (lang ?? '').trim().toLowerCase();
  const config = own(defaultConfigs, tag) ?? own(defaultConfigs, primaryLanguage(tag));
  return config ? { config, matched: true } : { config: en, matched: tag === '' };
}
