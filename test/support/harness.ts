import './retries.js';
import type { Answers } from '../../src/engine/index.js';

// Harnesses in the style of Material Web's: they act on the widgets the way a person does
// (click an answer, press Next), find things by the ids in the config rather than by wording,
// and wait for the widgets to settle after each action. They take the element itself, so they
// work the same on the source elements and on the built script inside a test page's iframe.

type Updating = Element & { updateComplete?: Promise<unknown> };

async function settled(...elements: (Updating | null | undefined)[]) {
  for (let round = 0; round < 3; round++) {
    await Promise.all(elements.map((el) => el?.updateComplete));
  }
}

function buttonIn(root: ParentNode | null | undefined, part: string): HTMLButtonElement | null {
  return root?.querySelector<HTMLButtonElement>(`[part~="${part}"]`) ?? null;
}

export class ResultHarness {
  constructor(readonly element: HTMLElement) {}

  private get root() {
    return this.element.shadowRoot!;
  }

  async settle() {
    await settled(this.element);
  }

  /** True while the card shows its waiting state (no result yet). */
  get empty(): boolean {
    return !!this.root.querySelector('[part~="empty"]');
  }

  get heading(): string {
    return this.root.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
  }

  /** The text of a part, with white space folded. */
  text(part: string): string {
    return (this.root.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  get cta(): HTMLAnchorElement | null {
    return this.root.querySelector<HTMLAnchorElement>('[part~="cta"]');
  }

  /** Opens the reasons behind "Show all reasons", if some are behind it. */
  async showAllReasons() {
    const toggle = buttonIn(this.root, 'show-all-button');
    if (toggle?.getAttribute('aria-expanded') === 'false') {
      toggle.click();
      await this.settle();
    }
  }

  /** Presses "Change this answer" for a question (opening "Show all reasons" when it is behind it). */
  async change(questionId: string) {
    const find = () => [...this.root.querySelectorAll<HTMLButtonElement>('[part~="change-button"]')].find((b) => b.value === questionId);
    if (!find()) await this.showAllReasons();
    const button = find();
    if (!button) throw new Error(`no "change this answer" for ${questionId}`);
    button.click();
    await this.settle();
  }

  async restart() {
    buttonIn(this.root, 'restart-button')!.click();
    await this.settle();
  }
}

export class QuizHarness {
  constructor(readonly element: HTMLElement) {}

  private get root() {
    return this.element.shadowRoot!;
  }

  /** Waits until the quiz (and the result card inside it) have rendered what the last action did. */
  async settle() {
    await settled(this.element, this.root?.querySelector<Updating>('care-choice-result'));
  }

  /** The id of the question on screen; undefined on the intro screen and at the result. */
  get questionId(): string | undefined {
    return this.root.querySelector<HTMLInputElement>('fieldset input')?.name;
  }

  get heading(): string {
    return this.root.querySelector('#question-heading')?.textContent?.trim() ?? '';
  }

  get progress(): string {
    return this.root.querySelector('[part~="progress"] p')?.textContent?.trim() ?? '';
  }

  /** The option ids on screen, and the ones checked. */
  get options(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('fieldset input')].map((input) => input.value);
  }

  get checked(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((input) => input.value);
  }

  get buttons(): string[] {
    return [...this.root.querySelectorAll('button')].map((b) => b.textContent!.trim());
  }

  button(part: string): HTMLButtonElement | null {
    return buttonIn(this.root, part);
  }

  /** Picks exactly `optionIds` on question `questionId`, which must be the one on screen. */
  async answer(questionId: string, optionIds: string[]) {
    if (this.questionId !== questionId)
      throw new Error(`expected question "${questionId}" on screen, found "${this.questionId ?? 'none'}"`);
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>('fieldset input')];
    for (const id of optionIds) {
      if (!inputs.some((input) => input.value === id))
        throw new Error(`question "${questionId}" has no option "${id}" (it has ${this.options.join(', ')})`);
    }
    for (const input of inputs) {
      if (input.checked !== optionIds.includes(input.value)) input.click();
    }
    await this.settle();
  }

  async start() {
    this.button('start-button')!.click();
    await this.settle();
  }

  async next() {
    this.button('next-button')!.click();
    await this.settle();
  }

  async back() {
    this.button('back-button')!.click();
    await this.settle();
  }

  /** Start over, from a question or from the result card. */
  async restart() {
    (this.button('restart-button') ?? buttonIn(this.result()?.element.shadowRoot, 'restart-button'))!.click();
    await this.settle();
  }

  /** The result card the quiz shows at the end, once it is there. */
  result(): ResultHarness | null {
    const card = this.root.querySelector<HTMLElement>('care-choice-result');
    return card ? new ResultHarness(card) : null;
  }

  /**
   * Answers every question the quiz shows, in its order, from `answers` (keyed by question id), and
   * asks for the result; or stops when question `stopAt` is on screen. A shown question missing
   * from `answers` is an error, so a test cannot silently skip one.
   */
  async completeWith(answers: Answers, stopAt?: string): Promise<ResultHarness | null> {
    await this.settle();
    if (this.button('start-button')) await this.start();
    for (let step = 0; step < 30 && this.questionId && this.questionId !== stopAt; step++) {
      const id = this.questionId;
      const picks = answers[id];
      if (!picks) throw new Error(`no answer given for question "${id}"`);
      await this.answer(id, picks);
      await this.next();
      if (this.questionId === id) throw new Error(`the quiz stayed on "${id}" after Next`);
    }
    await this.settle();
    const result = this.result();
    await result?.settle();
    return result;
  }
}
