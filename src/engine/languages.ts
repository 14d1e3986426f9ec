import { own } from './own.js';
import { en } from './texts/en.js';
import type { CareChoiceConfig, ConfigError, LanguagePack } from './types.js';
import { resolveConfig } from './validate-config.js';

/** The content of every language the page has: English built in, others from language packs. */
const configs: Record<string, CareChoiceConfig> = { en };

/** Freezes a config once it leaves the engine, so a page cannot change the content behind its back. */
const frozen = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
};

/**
 * The built-in content by language (`defaultConfigs.en`, and `es` once its pack is loaded), read
 * only: copy it (`structuredClone`) to build a config of your own. Languages are added with
 * `registerLanguage`, never by assignment.
 */
export const defaultConfigs: Readonly<Record<string, CareChoiceConfig>> = /* @__PURE__ */ new Proxy(configs, {
  get: (target, key) => frozen(Reflect.get(target, key) as unknown),
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});

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
  configs[lang] = config;
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
  const config = own(configs, tag) ?? own(configs, primaryLanguage(tag));
  return config ? { config, matched: true } : { config: en, matched: tag === '' };
}
