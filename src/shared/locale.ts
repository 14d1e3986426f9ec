import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguagesChanged } from '../engine/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element speaks: its own `lang`, else the nearest `lang` up the tree (crossing
 * shadow roots), else `<html lang>`, else English.
 */
export function resolveLang(element: HTMLElement): string {
  if (element.lang) return element.lang;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

// One observer for the whole page, however many widgets it has: it watches every `lang`
// attribute (a site's language switch on <html> or on a wrapper) and tells the hosts.
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;
// A language pack that arrives after the widgets (a deferred or async script): they switch to it.
onLanguagesChanged(() => connected.forEach((locale) => locale.host.requestUpdate()));

/** Resolves the host's language and re-renders the host when a `lang` around it changes. */
export class LocaleController implements ReactiveController {
  private last = '';

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** The host's language (a BCP 47 tag as written on the page). */
  get lang(): string {
    return (this.last = resolveLang(this.host));
  }

  hostConnected() {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((locale) => locale.recheck()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    connected.delete(this);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  private recheck() {
    if (this.last !== resolveLang(this.host)) this.host.requestUpdate();
  }
}
