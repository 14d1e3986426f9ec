import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storeContext } from '../context/store-context.js';
import type { CareChoiceStore, StoreState } from '../engine/index.js';

export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** Called when no provider answered: the host makes a store of its own. */
  createStandaloneStore(): CareChoiceStore;
}

/**
 * Gives an element its store: one handed to it (`use`), else the nearest provider's (context),
 * else one of its own. Re-renders the host whenever the store's state changes.
 */
export class StoreController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof storeContext, StoreHost>;
  private given?: CareChoiceStore;
  private own?: CareChoiceStore;
  private attached?: CareChoiceStore;
  private unsubscribe?: () => void;

  constructor(private readonly host: StoreHost) {
    // Created before addController so its synchronous request has been answered (or not)
    // by the time this controller's hostConnected runs.
    this.consumer = new ContextConsumer(host, { context: storeContext });
    host.addController(this);
  }

  get store(): CareChoiceStore | undefined {
    return this.attached;
  }

  get state(): StoreState | undefined {
    return this.attached?.getState();
  }

  /** True when the store is shared with other elements (a provider's or a parent's). */
  get shared(): boolean {
    return !!this.attached && this.attached !== this.own;
  }

  /** Uses this store instead of looking one up; for an element rendered by another one. */
  use(store: CareChoiceStore | undefined) {
    this.given = store;
    if (this.host.isConnected) this.hostConnected();
  }

  hostConnected() {
    const store = this.given ?? this.consumer.value ?? (this.own ??= this.host.createStandaloneStore());
    if (store === this.attached && this.unsubscribe) return;
    this.unsubscribe?.();
    this.attached = store;
    this.unsubscribe = store.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
