import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeAnswers, encodeAnswers } from '../engine/answers-codec.js';
import type { Answers, CareChoiceStore } from '../engine/index.js';
import { answersFromLink, clearLink, linkWithAnswers } from './persist.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ShareLinkOptions {
  /** The store whose answers a link carries (undefined while the host has none). */
  store: () => CareChoiceStore | undefined;
  /** Called once after answers were reopened from a link and the host has rendered them. */
  reveal?: () => void;
}

/**
 * Share links (`#care-choice=<widget>!<answers>`): reopens the answers of a link this widget made,
 * takes the link out of the address once those answers change, and makes the link for "Copy link"
 * (its state, `status` and `link`, re-renders the host).
 */
export class ShareLinkController implements ReactiveController {
  /** `copied`, or `failed` when the clipboard refused and the link is shown to copy by hand. */
  status: 'idle' | 'copied' | 'failed' = 'idle';
  /** The last link made for "Copy link". */
  link = '';
  private linkAnswers?: Answers;
  private revealPending = false;

  constructor(
    private readonly host: Host,
    private readonly options: ShareLinkOptions,
  ) {
    host.addController(this);
  }

  /**
   * For a store this widget has just created: the answers of a link it made win over answers
   * saved earlier; changing an answer then takes the link away.
   */
  restore(store: CareChoiceStore) {
    const { answers } = decodeAnswers(answersFromLink(store.key), store.getState().config);
    if (!Object.keys(answers).length) return;
    store.restore(answers, true);
    this.linkAnswers = store.getState().answers;
    this.revealPending = true;
    store.subscribe(() => {
      if (!this.linkAnswers || store.getState().answers === this.linkAnswers) return;
      this.linkAnswers = undefined;
      clearLink(store.key);
    });
  }

  hostUpdated() {
    if (!this.revealPending) return;
    this.revealPending = false;
    this.options.reveal?.();
  }

  /** Makes the link to the answers as they are now and tries to copy it. */
  async copy() {
    const store = this.options.store();
    if (!store) return;
    this.link = linkWithAnswers(store.key, encodeAnswers(store.getState().effective));
    try {
      await navigator.clipboard.writeText(this.link);
      this.status = 'copied';
    } catch {
      this.status = 'failed';
    }
    this.host.requestUpdate();
  }

  /** Forgets the last copy (Start over). */
  reset() {
    this.status = 'idle';
    this.host.requestUpdate();
  }
}
