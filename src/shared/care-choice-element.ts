import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { own, type CareChoiceConfig } from '../engine/index.js';
import { format } from '../engine/format.js';
import { ConfigController } from './config-controller.js';
import { dispatch, type CareChoiceEventMap } from './events.js';
import { FallbackController } from './fallback-controller.js';
import { LocaleController } from './locale.js';
import { nextRenderSlot, renderSlotFree } from './render-budget.js';
import type { StoreController } from './store-controller.js';

/**
 * What every care-choice element shares, and no more: `lang`, `debug`, the `config` property,
 * typed events and interface strings. The work is done by controllers: `LocaleController`
 * (language), `ConfigController` (overrides), `FallbackController` (the content between the tags)
 * and, in each element, a `StoreController` (answers).
 */
export abstract class CareChoiceElement extends LitElement {
  /** Reactive properties (attributes and internal state), declared without decorators: smaller in the drop-in. */
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    debug: { type: Boolean, reflect: true },
    config: { attribute: false },
  };

  /** Elements this one renders, defined (if the page has not yet) before it first renders. @internal */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /**
   * Language of the texts (`en`, or a language whose pack is loaded, such as `es`; a region such
   * as `es-MX` falls back to its language). Defaults to the nearest `lang` around the element,
   * then `<html lang>`.
   */
  override lang!: string;

  /** Shows problems with the config and links inside the widget (they always go to the console). */
  debug = false;

  protected readonly locale = new LocaleController(this);
  protected readonly source = new ConfigController(this, {
    lang: () => this.locale.lang,
    ignored: () => this.store.shared,
  });
  protected abstract readonly store: StoreController;
  /** The fallback content between the tags: its height, and (in the quiz) its answers. */
  protected readonly fallback = new FallbackController(this);

  constructor() {
    super();
    for (const [tag, element] of Object.entries((this.constructor as typeof CareChoiceElement).dependencies)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
  }

  /**
   * A partial config merged onto the built-in content (by `id` for questions and options). Reading
   * it returns what was set (the merged result is `effectiveConfig`). Invalid input keeps the
   * defaults and reports each problem with its path. Inside a `<care-choice>`, the provider's config
   * is the one in force.
   */
  get config(): unknown {
    return this.source.given;
  }
  set config(value: unknown) {
    this.source.set(value);
  }

  /**
   * The config in force, read only: the built-in content for the element's language with every
   * override applied (the provider's, inside a `<care-choice>`).
   */
  get effectiveConfig(): Readonly<CareChoiceConfig> {
    return this.store.state?.config ?? this.source.config;
  }

  override connectedCallback() {
    this.fallback.keepHeight();
    super.connectedCallback();
  }

  /**
   * Yields to the browser between renders when many widgets render at once. Not the first render
   * of an element with fallback content: the shadow root already hides that content, and a frame
   * with the element empty would make the page below it jump.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.fallback.showing || renderSlotFree() ? super.scheduleUpdate() : nextRenderSlot().then(() => this.scheduleUpdate());
  }

  /** Dispatches a bubbling, composed event from this element. */
  protected emit<K extends keyof CareChoiceEventMap>(type: K, detail: CareChoiceEventMap[K]['detail']) {
    dispatch(this, type, detail);
  }

  /** An interface string from the config in force, with `{name}` placeholders filled. */
  protected t(key: string, values?: Record<string, string | number>): string {
    return format(own(this.effectiveConfig.strings, key) ?? key, values);
  }

  /** With `debug`, a notice listing config problems and any `extra` ones (bad links, for example). */
  protected renderNotice(extra: string[] = []) {
    // Inside a provider the element's own config is not in force: the provider reports on its own.
    const errors = this.store.shared ? [] : this.source.errors;
    const problems = [...errors.map((e) => `${e.path}: ${e.message}`), ...extra];
    if (!this.debug || !problems.length) return nothing;
    return html`<div part="notice" class="notice" role="note">
      <p>${this.t('config.invalid')}</p>
      <ul>${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
    </div>`;
  }
}
