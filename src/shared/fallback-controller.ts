import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean; renderRoot: ParentNode };

/**
 * The fallback content between an element's tags (the snippets in `dist/snippets/`), which shows
 * until the script runs: its height becomes the placeholder's, and answers picked in it are kept.
 * Both are read once, on the first connection: moving the element later (page builders remove and
 * re-append it) must not bring back what the visitor has since changed.
 */
export class FallbackController {
  private answersTaken = false;

  constructor(private readonly host: Host) {}

  /** True while the fallback content shows: before the first render, with content other than scripts. */
  get showing(): boolean {
    return !this.host.hasUpdated && !!this.host.querySelector(':scope > :not(script)');
  }

  /**
   * Before the shadow root hides the fallback content: its height is the best guess of ours, so
   * it becomes the placeholder an off-screen widget keeps until it is first laid out
   * (`contain-intrinsic-size`), instead of the generic 24rem, and the page does not jump.
   */
  keepHeight() {
    const host = this.host;
    if (host.hasUpdated || host.style.containIntrinsicSize) return;
    const boxes = [...host.children]
      .filter((child) => child.localName !== 'script' && !child.slot)
      .map((child) => child.getBoundingClientRect());
    if (!boxes.length) return;
    const height = Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
    if (height > 0) host.style.containIntrinsicSize = `auto ${Math.round(height)}px`;
  }

  /**
   * Answers picked in the fallback (`<fieldset data-question>` with radios, as the snippets have)
   * before the script arrived go to `answer`, as if restored; only the first time it is called.
   */
  takeAnswers(answer: (questionId: string, picked: string[]) => void) {
    if (this.answersTaken) return;
    this.answersTaken = true;
    const host = this.host;
    for (const fieldset of host.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
      const picked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
      if (picked.length) answer(fieldset.dataset.question!, picked);
    }
    // A keyboard user on a fallback answer stays on the same answer, now the widget's.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && host.contains(active)) {
      void host.updateComplete.then(() =>
        host.renderRoot.querySelector<HTMLInputElement>(`input[value="${CSS.escape(active.value)}"]`)?.focus(),
      );
    }
  }
}
