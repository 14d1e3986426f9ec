import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../../shared/clock.js';
import { widgetKey } from '../../shared/persist.js';

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

/** What opens the popup by itself: `load`, `exit` (pointer leaves through the top), `scroll` (percent), `time` (seconds). */
export type OpenTrigger = 'load' | 'exit' | 'scroll' | 'time';

export interface PopupOptions {
  /** The automatic trigger, if any (only asked in popup mode). */
  trigger: () => OpenTrigger | undefined;
  /** Seconds for `time`, percent of the page for `scroll`. */
  value: () => number | undefined;
  /** Remember in sessionStorage that it was shown, so it opens by itself once per session. */
  once: () => boolean;
  dialog: () => HTMLDialogElement | null | undefined;
  /** The button that opens the dialog: focus returns to it on close. */
  opener: () => HTMLElement | null | undefined;
  /** Moves focus into the dialog once it is open. */
  focus: () => void;
}

/** Whether this tab has shown the popup named `name`; with `remember`, notes that it has. */
function shownInSession(name: string, remember?: boolean): boolean {
  try {
    const key = `care-choice:popup-shown:${name}`;
    if (remember) sessionStorage.setItem(key, '1');
    return !!sessionStorage.getItem(key);
  } catch {
    // Storage blocked (sandboxed frames, some privacy modes): once per page view is all there is.
    return false;
  }
}

// The page behind a modal dialog must not scroll; several popups share one lock. The page's own
// inline overflow is put back as it was (longhands: the shorthand would wipe both).
const OVERFLOW = ['overflow-x', 'overflow-y'];
let locks = 0;
let saved: [string, string][] = [];
function lockScroll(lock: boolean) {
  const style = document.documentElement.style;
  if (lock && !locks++) {
    saved = OVERFLOW.map((name) => [style.getPropertyValue(name), style.getPropertyPriority(name)]);
    for (const name of OVERFLOW) style.setProperty(name, 'hidden', 'important');
  } else if (!lock && !--locks) {
    OVERFLOW.forEach((name, i) => style.setProperty(name, ...saved[i]!));
  }
}

/**
 * Something modal is open: one of our popups (they hold the scroll lock), or the page's own, such
 * as a cookie-consent `<dialog>` shown modal or a visible `[aria-modal=true]` box.
 */
const modalOpen = () =>
  locks > 0 || [...document.querySelectorAll('dialog:modal,[aria-modal=true]')].some((el) => el.getClientRects().length);

/** Automatic popups waiting for their turn, first come first. */
const waiting: unknown[] = [];

/** Bounds of `open-value`: seconds for `time`, percent for `scroll`, with their defaults. */
const VALUES: Record<string, [max: number, fallback: number]> = { time: [3600, 10], scroll: [100, 50] };

/** The focused element, looking into shadow roots. */
function focused(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * The popup's behaviour: opens its modal `<dialog>` from the button or from a trigger (at most once
 * per page view, or per session with `once`), locks the page's scroll while it is open, and gives
 * focus back on close. Its listeners and timer exist only while it is armed and connected.
 */
export class PopupController implements ReactiveController {
  private armedAs?: string;
  private disarm?: () => void;
  private shown = false;
  private locked = false;
  private returnTo?: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly options: PopupOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.host.hasUpdated) this.arm();
  }

  hostUpdated() {
    this.arm();
  }

  hostDisconnected() {
    this.arm();
    this.hide();
    this.closed();
  }

  /** Opens the dialog (no-op when it is open or the host is not connected). */
  show() {
    const dialog = this.options.dialog();
    if (!dialog || dialog.open || !this.host.isConnected) return;
    this.shown = true;
    if (this.options.once()) shownInSession(this.sessionName(), true);
    this.returnTo = focused();
    dialog.showModal();
    if (!this.locked) lockScroll((this.locked = true));
    this.arm();
    this.options.focus();
  }

  hide() {
    this.options.dialog()?.close();
  }

  /** After the dialog closed (close button, Escape, `hide()`): scroll back, focus back. */
  closed() {
    if (this.locked) lockScroll((this.locked = false));
    const back = this.returnTo?.isConnected ? this.returnTo : this.options.opener();
    this.returnTo = undefined;
    if (this.host.isConnected) back?.focus();
  }

  /** The popup's name for show-once: its id, so it is one popup on every page, else its place on the page. */
  private sessionName() {
    return this.host.id || widgetKey(this.host);
  }

  /** Listens for the trigger while it can still fire, and for nothing otherwise. */
  private arm() {
    let trigger = this.host.isConnected && !this.shown ? this.options.trigger() : undefined;
    if (trigger && this.options.once() && shownInSession(this.sessionName())) trigger = undefined;
    const value = this.options.value();
    const key = trigger && `${trigger}:${value}`;
    if (key === this.armedAs) return;
    this.disarm?.();
    this.disarm = undefined;
    this.armedAs = key;
    if (!trigger) return;
    // Seconds for `time`, percent for `scroll`, within bounds; anything else takes the default,
    // with one warning (a timer of 25 days or more would fire at once).
    const [max, fallback] = VALUES[trigger] ?? [0, 0];
    let amount = fallback;
    if (max && value !== undefined) {
      if (value >= 0 && value <= max) amount = value;
      else console.warn(`care-choice: open-value="${value}" is not between 0 and ${max} for open="${trigger}"; using ${fallback}.`);
    }
    let timer: unknown;
    // Opens unless something modal is open (another popup, the page's own dialog): then it waits
    // until that has closed. Show-once is asked again, as another popup of the same name may have opened.
    // Popups that wait take their turns in the order they came.
    const open = () => {
      if (timer || this.shown) return;
      if (this.options.once() && shownInSession(this.sessionName())) return;
      if (!waiting.includes(this)) waiting.push(this);
      if (!modalOpen() && waiting[0] === this) {
        waiting.shift();
        return this.show();
      }
      timer = clock.set(() => {
        timer = undefined;
        open();
      }, 250);
    };
    let stop = () => {};
    if (trigger === 'load' || trigger === 'time') {
      timer = clock.set(
        () => {
          timer = undefined;
          open();
        },
        trigger === 'time' ? amount * 1000 : 0,
      );
    } else if (trigger === 'scroll') {
      const check = () => {
        const room = document.scrollingElement!.scrollHeight - innerHeight;
        if (room > 0 && (scrollY / room) * 100 >= amount) open();
      };
      addEventListener('scroll', check, { passive: true });
      stop = () => removeEventListener('scroll', check);
      check();
    } else if (trigger === 'exit') {
      const leave = (event: MouseEvent) => {
        if (!event.relatedTarget && event.clientY <= 0) open();
      };
      document.addEventListener('mouseout', leave);
      stop = () => document.removeEventListener('mouseout', leave);
    }
    this.disarm = () => {
      stop();
      clock.clear(timer);
      if (waiting.includes(this)) waiting.splice(waiting.indexOf(this), 1);
    };
  }
}
