import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  createStore,
  decodeAnswers,
  defaultConfigFor,
  resolveConfig,
  type CareChoiceConfig,
  type CareChoiceStore,
  type ConfigError,
} from '../engine/index.js';
import { dispatch, type CareChoiceEventMap } from './events.js';
import { format, resolveLang } from './locale.js';
import { answersFromFragment, sessionStorageOrNothing, storageKeyFor } from './persist.js';
import { nextRenderSlot, renderSlotFree } from './render-budget.js';

const warnedLangs = new Set<string>();

/**
 * What every care-choice element shares: `lang` and `theme`, the `config` override (property or a
 * `<script type="application/json">` child), typed events, and owning a store when there is no
 * provider to share one.
 */
export abstract class CareChoiceElement extends LitElement {
  /**
   * Language of the texts (`en`, `es`, or a region such as `es-MX`). Defaults to the nearest
   * `lang` around the element, then `<html lang>`. Reflected, so elements inside follow it.
   */
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Shows config problems inside the widget (they always go to the console). */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** Problems found in the last config given to this element (empty when it is valid). */
  protected configErrors: ConfigError[] = [];

  /** The store this element created for itself, when it has no provider. */
  protected ownStore?: CareChoiceStore;

  private configOverride: unknown;
  private jsonConfig: unknown;
  private resolvedFor?: { lang: string; override: unknown; config: CareChoiceConfig };
  private langObserver?: MutationObserver;
  private ignoredOverride?: unknown;

  /**
   * A partial config merged onto the built-in content (by `id` for questions and options). Reading
   * it returns the effective, merged config. Invalid input keeps the defaults and reports each
   * problem with its path.
   */
  @property({ attribute: false })
  get config(): CareChoiceConfig {
    return this.currentStore()?.getState().config ?? this.resolveOwnConfig();
  }
  set config(value: unknown) {
    this.configOverride = value;
    // Lit compares the getter's value (the effective config) before and after, which has not
    // changed yet at this point: ask for the update explicitly.
    this.requestUpdate();
  }

  /** The store this element reads from, if any yet. */
  protected abstract currentStore(): CareChoiceStore | undefined;

  override connectedCallback() {
    this.readJsonConfig();
    super.connectedCallback();
    // `<html lang>` can change at run time (a site's language switch); follow it.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  /** Yields to the browser between renders when many widgets render at once. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return renderSlotFree() ? super.scheduleUpdate() : nextRenderSlot().then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.ownStore?.setConfig(this.resolveOwnConfig());
    const override = this.configOverride ?? this.jsonConfig;
    if (!this.ownStore && this.currentStore() && override !== undefined && override !== this.ignoredOverride) {
      // A shared store has one config: the provider's. Say so rather than ignore it silently.
      this.ignoredOverride = override;
      console.warn(`care-choice: the config on <${this.localName}> is ignored inside <care-choice>; set it on the <care-choice> element.`);
    }
  }

  /** Dispatches a bubbling, composed event from this element. */
  protected emit<K extends keyof CareChoiceEventMap>(type: K, detail: CareChoiceEventMap[K]['detail']) {
    dispatch(this, type, detail);
  }

  /** An interface string from the current config, with `{name}` placeholders filled. */
  protected t(key: string, values?: Record<string, string | number>): string {
    return format(this.config.strings[key] ?? key, values);
  }

  /** The config this element's own store should use: built-in content for its language plus overrides. */
  protected resolveOwnConfig(): CareChoiceConfig {
    // The property first: a new value is reflected to the attribute only after willUpdate.
    const lang = this.lang || resolveLang(this);
    const override = this.configOverride ?? this.jsonConfig;
    if (this.resolvedFor && this.resolvedFor.lang === lang && this.resolvedFor.override === override) {
      return this.resolvedFor.config;
    }
    const { config: defaults, matched } = defaultConfigFor(lang);
    if (!matched && !warnedLangs.has(lang)) {
      warnedLangs.add(lang);
      console.warn(`care-choice: no built-in texts for lang "${lang}"; using English. Pass a config to add a language.`);
    }
    const { config, errors } = resolveConfig(defaults, override);
    this.configErrors = errors;
    for (const error of errors) {
      console.warn(`care-choice: <${this.localName}> config ${error.path}: ${error.message}. Using the default content.`);
    }
    this.resolvedFor = { lang, override, config };
    return config;
  }

  /** Creates this element's own store: resumed from the URL fragment or storage when allowed. */
  protected createOwnStore({ persist, readsPage }: { persist: boolean; readsPage: boolean }): CareChoiceStore {
    const store = createStore(this.resolveOwnConfig(), {
      storage: persist ? sessionStorageOrNothing() : undefined,
      storageKey: persist ? storageKeyFor(this) : undefined,
    });
    const shared = readsPage ? answersFromFragment() : null;
    if (shared) {
      const { answers } = decodeAnswers(shared, store.getState().config);
      // A link from "Copy a link" reopens the result; garbage in the fragment is ignored.
      if (Object.keys(answers).length) store.restore(answers, true);
    }
    this.ownStore = store;
    return store;
  }

  private readJsonConfig() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this.jsonConfig = JSON.parse(script.textContent ?? '');
    } catch (error) {
      // Keep a marker so validation names the problem instead of silently ignoring it.
      this.jsonConfig = `invalid JSON (${(error as Error).message})`;
    }
  }

  /** A small notice listing config problems, only when `debug` is set. */
  protected renderConfigNotice() {
    if (!this.debug || !this.configErrors.length) return nothing;
    return html`<div part="notice" class="notice" role="note">
      <p>${this.t('config.invalid')}</p>
      <ul>${this.configErrors.map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}</ul>
    </div>`;
  }
}
