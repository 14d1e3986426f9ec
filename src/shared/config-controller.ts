import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  defaultConfigFor,
  jsonErrorOffset,
  languagesVersion,
  resolveConfig,
  type CareChoiceConfig,
  type ConfigError,
} from '../engine/index.js';
import { primaryLanguage } from '../engine/languages.js';
import { clock } from './clock.js';
import { warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

interface ConfigControllerOptions {
  /** The language whose built-in content is the base. */
  lang: () => string;
  /** True when the host shows a provider's config, so its own would be ignored. */
  ignored?: () => boolean;
}

/** A config layer as read: parsed JSON (or the property's value), or why it could not be read. */
interface Layer {
  /** How messages name it: `config`, or `config (lang="es")` for a language's own child. */
  name: string;
  lang?: string | null;
  value: unknown;
  error?: ConfigError;
}

/** Languages we publish a pack for, so the warning can name the file to add. */
const PACKS = ['es'];

/**
 * Says, once per language, that there are no texts for it, and how to add them. Waits for the
 * page to finish loading first: a pack loaded with defer or async, or after the widget, is fine.
 */
function warnMissingLanguage(lang: string) {
  const warn = () => {
    if (defaultConfigFor(lang).matched) return;
    const primary = primaryLanguage(lang);
    warnOnce(
      PACKS.includes(primary)
        ? `lang="${lang}" needs the ${primary} language pack; showing English. Add <script src=".../care-choice.${primary}.js"></script> beside care-choice.js, from the same release (npm: import 'care-choice/lang/${primary}').`
        : `no texts for lang "${lang}"; showing English. Add a language pack or pass a config in that language (see the README, Languages).`,
    );
  };
  // After load (async and deferred scripts included); a page already loaded may still be adding
  // its scripts, so it gets a moment.
  if (document.readyState === 'complete') clock.set(warn, 2000);
  else addEventListener('load', warn, { once: true });
}

/** The parse error with where it is, as line and column, the same in every browser. */
function parseError(text: string, error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const at = jsonErrorOffset(text);
  if (at < 0 || /line \d+/.test(message)) return message;
  const before = text.slice(0, at);
  return `${message} (at line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')})`;
}

const sameLanguage = (a: string, b: string) => primaryLanguage(a) === primaryLanguage(b);

/**
 * Owns an element's config override: the `config` property, or `<script type="application/json">`
 * children (one without `lang` for every language, and one per language with `lang="es"`). The
 * children are read when they appear, which can be after the element upgrades (a script in
 * <head> upgrades it before the parser reaches its children), and again whenever they change.
 * Problems go to the console once and are kept for the widget's debug notice.
 */
export class ConfigController implements ReactiveController {
  private property?: Layer;
  private children: { text: string; layer: Layer }[] = [];
  private observer?: MutationObserver;
  private resolved?: { key: unknown[]; config: CareChoiceConfig; errors: ConfigError[] };

  constructor(
    private readonly host: Host,
    private readonly options: ConfigControllerOptions,
  ) {
    host.addController(this);
  }

  /** Sets the override given as a JS value (the element's `config` property). */
  set(value: unknown) {
    this.property = value === undefined ? undefined : { name: 'config', value };
    this.host.requestUpdate();
  }

  /** The override given as a JS value, as it was given (undefined when none was). */
  get given(): unknown {
    return this.property?.value;
  }

  /** The built-in content for the host's language with the overrides applied, or the defaults. */
  get config(): CareChoiceConfig {
    return this.resolve().config;
  }

  /** Every problem found in the overrides now in force (empty when they are valid). */
  get errors(): ConfigError[] {
    return this.resolve().errors;
  }

  hostConnected() {
    this.read();
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  hostUpdate() {
    // A shared store has one config: the provider's. Say so (once per page) rather than ignore it silently.
    if ((this.property ?? this.children.length) && this.options.ignored?.())
      warnOnce(`the config on <${this.host.localName}> is ignored inside <care-choice>; set it on the <care-choice> element.`);
  }

  /** The override layers for the current language, lowest first. */
  private layers(): Layer[] {
    if (this.property) return [this.property];
    const lang = this.options.lang();
    return this.children
      .map(({ layer }) => layer)
      .filter((layer) => !layer.lang || sameLanguage(layer.lang, lang))
      .sort((a, b) => Number(!!a.lang) - Number(!!b.lang));
  }

  /** Reads the JSON children again when their text changed, and asks the host to re-render. */
  private read() {
    // An empty child (a CMS that left the script but not its text) is no config at all.
    const scripts = [...this.host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/json"]')].filter((script) =>
      script.textContent?.trim(),
    );
    const texts = scripts.map((script) => script.textContent ?? '');
    if (texts.length === this.children.length && texts.every((text, i) => text === this.children[i]!.text)) return;
    this.children = scripts.map((script, i) => {
      const text = texts[i]!;
      const lang = script.getAttribute('lang');
      const name = lang ? `config (lang="${lang}")` : 'config';
      try {
        return { text, layer: { name, lang, value: JSON.parse(text) as unknown } };
      } catch (error) {
        return {
          text,
          layer: { name, lang, value: undefined, error: { path: name, message: `is not valid JSON: ${parseError(text, error)}` } },
        };
      }
    });
    this.host.requestUpdate();
  }

  private resolve() {
    const lang = this.options.lang();
    const layers = this.layers();
    const key = [lang, languagesVersion(), ...layers];
    if (this.resolved && key.length === this.resolved.key.length && key.every((part, i) => part === this.resolved!.key[i]))
      return this.resolved;
    const { config: defaults, matched } = defaultConfigFor(lang);
    if (!matched) warnMissingLanguage(lang);
    let config = defaults;
    const errors: ConfigError[] = [];
    // Each layer applies on top of the last good one; a bad layer is reported and skipped.
    for (const layer of layers) {
      const next = layer.error ? { config, errors: [layer.error] } : resolveConfig(config, layer.value);
      config = next.config;
      // A language's own child is named in its messages, so the agency knows which one to fix.
      errors.push(...next.errors.map((e) => (!layer.lang || e.path.startsWith('config') ? e : { ...e, path: `${layer.name} ${e.path}` })));
    }
    // One warning per config that cannot be used, listing every problem in it.
    if (errors.length) {
      const list = errors.map((e) => `\n- ${e.path}: ${e.message}`).join('');
      console.warn(`care-choice: <${this.host.localName}> config cannot be used, so the default content is shown:${list}`);
    }
    this.resolved = { key, config, errors };
    return this.resolved;
  }
}
