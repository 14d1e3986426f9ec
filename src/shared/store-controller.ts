import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storeContext } from '../context/store-context.js';
import { createStore, type CareChoiceConfig, type CareChoiceStore, type StoreState } from '../engine/index.js';
import { sessionStorageOrNothing, storageKeyFor, widgetKey } from './persist.js';
import { warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface StoreControllerOptions {
  /** The config for a store of the host's own; pushed to it whenever the host updates. */
  config: () => CareChoiceConfig;
  /**
   * Create a store of its own when there is no provider (the quiz, the provider). Elements that
   * only show a decision (the table, the result card) have nothing to show without one: they skip
   * the store, which matters on a blog page with fifty tables.
   */
  owns?: boolean;
  /**
   * Keep answers in sessionStorage (opt-in): a creation option of the store, so it counts only on
   * the element that creates the store (a standalone quiz, the provider); read again whenever the
   * host updates. On an element that uses a provider's store it is ignored, with one warning.
   */
  persist?: () => boolean;
  /** Called with a store the host has just created, before anything renders it (share links). */
  created?: (store: CareChoiceStore) => void;
  /** Provide the store to the elements inside (the `<care-choice>` provider) instead of consuming one. */
  provides?: boolean;
}

/**
 * Gives an element its store, the one owner of that decision: a store handed to it (`use`), else
 * the nearest provider's (context), else one it creates and owns. It pushes the host's config and
 * `persist` to a store it owns (only there: persistence belongs to the store's creator) and
 * re-renders the host on every change.
 */
export class StoreController implements ReactiveController {
  private readonly consumer?: ContextConsumer<typeof storeContext, Host>;
  private readonly provider?: ContextProvider<typeof storeContext, Host>;
  private given?: CareChoiceStore;
  private own?: CareChoiceStore;
  private attached?: CareChoiceStore;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly options: StoreControllerOptions,
  ) {
    // Created before addController, so the consumer's synchronous context request has been
    // answered (or not) by the time this controller's hostConnected runs.
    if (options.provides) this.provider = new ContextProvider(host, { context: storeContext });
    else this.consumer = new ContextConsumer(host, { context: storeContext });
    host.addController(this);
  }

  /** The store in use; an owning element has one from the moment it is connected. */
  get store(): CareChoiceStore {
    return this.attached!;
  }

  get state(): StoreState | undefined {
    return this.attached?.getState();
  }

  /** True when the store belongs to another element (a provider, or the quiz around a result card). */
  get shared(): boolean {
    return !!this.attached && this.attached !== this.own;
  }

  /** Uses this store instead of looking one up; for an element rendered by another one. */
  use(store: CareChoiceStore | undefined) {
    this.given = store;
    if (this.host.isConnected) this.hostConnected();
  }

  hostConnected() {
    const owns = this.options.owns !== false || !!this.provider;
    const store = this.given ?? this.consumer?.value ?? (owns ? (this.own ??= this.create()) : undefined);
    if (!store) return;
    this.provider?.setValue(store);
    if (store !== this.attached || !this.unsubscribe) {
      this.unsubscribe?.();
      this.attached = store;
      this.unsubscribe = store.subscribe(() => this.host.requestUpdate());
      this.host.requestUpdate();
    }
    this.syncPersistence();
  }

  hostUpdate() {
    if (this.attached && this.attached === this.own) this.own.setConfig(this.options.config());
    this.syncPersistence();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private create(): CareChoiceStore {
    const key = widgetKey(this.host);
    const storageKey = this.options.persist?.() ? storageKeyFor(key) : undefined;
    const store = createStore(this.options.config(), { key, storageKey, storage: storageKey ? sessionStorageOrNothing() : undefined });
    this.options.created?.(store);
    return store;
  }

  /**
   * Persistence is the store creator's: it follows the owner's `persist` (off forgets what was
   * saved). A `persist` on an element using another's store is ignored, and said so once per page.
   */
  private syncPersistence() {
    const store = this.attached;
    const on = this.options.persist?.();
    if (!store) return;
    if (store !== this.own) {
      if (on) warnOnce(`persist on <${this.host.localName}> is ignored inside <care-choice>; set it on the <care-choice> element.`);
      return;
    }
    const key = on ? storageKeyFor(store.key) : undefined;
    if (key !== store.storageKey) store.setStorage(key ? sessionStorageOrNothing() : undefined, key);
  }
}
