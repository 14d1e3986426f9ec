import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguagesChanged } from '../engine/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element speaks: its own `lang`, else the nearest `lang` up the tree (crossing
 * shadow roots), else `<html lang>`, else English.
 */
export function resolveLang(element: HTMLElement): string {
  let lang: string | null = element.lang;
  // Up through parents and shadow hosts; a document or shadow root has no attributes to read.
  for (let node: Node | undefined = element; !lang && node; node = node.parentNode ?? (node as ShadowRoot).host)
    lang = (node as Element).getAttribute?.('lang');
  return lang || 'en';
}

// One observer for the whole page, however many widgets it has: it watches every `lang`
// attribute (a site's language switch on <html> or on a wrapper) and tells the hosts.
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;
// A language pack that arrives after the widgets (a deferred or async script): they switch to it.
onLanguagesChanged(() => connected.forEach((locale) => locale.host.requestUpdate()));

/**
 * Resolves the host's language once (on connect, when its own `lang` changes, and when the shared
 * observer sees a `lang` around it change) and re-renders the host when it changes. Every `t()`
 * reads the cached value instead of walking up the tree.
 */
export class LocaleController implements ReactiveController {
  private resolved = '';
  private own: string | undefined;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** The host's language (a BCP 47 tag as written on the page). */
  get lang(): string {
    // Before the first connection (an element built in script and configured before it is
    // added) there is nothing cached yet.
    return this.resolved || resolveLang(this.host);
  }

  hostConnected() {
    this.resolved = resolveLang(this.host);
    this.own = this.host.lang;
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((locale) => locale.recheck()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostUpdate() {
    // The host's own `lang` (set as a property, or as an attribute inside a shadow root the
    // observer does not see).
    if (this.host.lang !== this.own) {
      this.own = this.host.lang;
      this.resolved = resolveLang(this.host);
    }
  }

  hostDisconnected() {
    connected.delete(this);
    this.resolved = '';
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  private recheck() {
    const now = resolveLang(this.host);
    if (now === this.resolved) return;
    this.resolved = now;
    this.host.requestUpdate();
  }
}
