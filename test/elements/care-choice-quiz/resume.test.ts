import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/define.js';
import { defaultConfigs } from '../../../src/index.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, type ResultHarness } from '../../support/harness.js';
import { warningsDuring } from '../../support/helpers.js';

// Coming back to the widget: share links and `persist`, as a family meets them (reloads are
// simulated by removing the widgets and rendering the same markup again).

const en = defaultConfigs.en!;
const savedKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('care-choice:'));

/** Presses "Copy a link to this result" with the clipboard stubbed; the copied link. */
async function copyLink(result: ResultHarness): Promise<string> {
  let copied = '';
  const clipboard = navigator.clipboard;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
  try {
    result.element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  }
  return copied;
}

/** Renders `template` again as a fresh page would, with `hash` in the address bar. */
async function reload<T extends Element>(template: unknown, hash = location.hash): Promise<T> {
  fixtureCleanup();
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  return fixture<T>(template as never);
}

/** The quizzes in `root`, `root` itself included. */
const quizzes = async (root: Element | ShadowRoot) => {
  const all = [
    ...('localName' in root && root.localName === 'care-choice-quiz' ? [root] : []),
    ...root.querySelectorAll('care-choice-quiz'),
  ];
  const found = all.map((el) => new QuizHarness(el as HTMLElement));
  await Promise.all(found.map((q) => q.settle()));
  return found;
};

describe('share links', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    sessionStorage.clear();
  });

  const twoQuizzes = html`<div><care-choice-quiz id="a"></care-choice-quiz><care-choice-quiz id="b"></care-choice-quiz></div>`;

  it('reopen only the widget that made them', async () => {
    const [a] = await quizzes(await fixture(twoQuizzes));
    const link = await copyLink((await a!.completeWith(parentAtHome))!);
    expect(link).to.contain('#care-choice=care-choice-quiz%23a!');
    const [a2, b2] = await quizzes(await reload(twoQuizzes, new URL(link).hash));
    expect(a2!.result()!.heading).to.equal(en.results['care-manager'].title);
    expect(b2!.questionId).to.equal('for-whom');
    expect(b2!.result()).to.equal(null);
  });

  it('bring the reopened result into view and focus its heading', async () => {
    const page = html`<div><div style="height: 3000px">Article text</div><care-choice-quiz id="far"></care-choice-quiz></div>`;
    const [quiz] = await quizzes(await fixture(page));
    const link = await copyLink((await quiz!.completeWith(parentAtHome))!);
    window.scrollTo(0, 0);
    const [reopened] = await quizzes(await reload(page, new URL(link).hash));
    const result = reopened!.result()!;
    await result.settle();
    await new Promise((r) => requestAnimationFrame(r));
    const heading = result.element.shadowRoot!.querySelector('#heading')!;
    expect(result.element.shadowRoot!.activeElement).to.equal(heading);
    const box = heading.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, `heading at ${box.top}..${box.bottom} of ${innerHeight}`).to.equal(true);
  });

  it('are cleared from the address bar and history entry by Start over', async () => {
    const page = html`<care-choice-quiz id="q"></care-choice-quiz>`;
    const [quiz] = await quizzes(await fixture(page));
    const link = await copyLink((await quiz!.completeWith(parentAtHome))!);
    const [reopened] = await quizzes(await reload(page, `#top&${new URL(link).hash.slice(1)}`));
    const entries = history.length;
    await reopened!.result()!.restart();
    expect(location.hash).to.equal('#top');
    expect(history.length).to.equal(entries);
    // A reload now starts fresh.
    const [again] = await quizzes(await reload(page));
    expect(again!.questionId).to.equal('for-whom');
  });

  it('with persist: answers changed after opening a link win over the link on reload', async () => {
    const page = html`<care-choice-quiz id="q" persist></care-choice-quiz>`;
    const [quiz] = await quizzes(await fixture(page));
    const link = await copyLink((await quiz!.completeWith(parentAtHome))!);
    sessionStorage.clear();
    const [opened] = await quizzes(await reload(page, new URL(link).hash));
    expect(opened!.result()!.heading).to.equal(en.results['care-manager'].title);
    // The visitor goes back and changes their answers.
    await opened!.result()!.change('situation');
    await opened!.settle();
    await opened!.completeWith(hospitalRecovery);
    expect(location.hash).to.equal('');
    const [reloaded] = await quizzes(await reload(page));
    expect(reloaded!.result()!.heading).to.equal(en.results['case-manager'].title);
  });

  it('with persist: after Start over, newer saved answers win over the old link', async () => {
    const page = html`<care-choice-quiz id="q" persist></care-choice-quiz>`;
    const [quiz] = await quizzes(await fixture(page));
    const link = await copyLink((await quiz!.completeWith(parentAtHome))!);
    const [opened] = await quizzes(await reload(page, new URL(link).hash));
    await opened!.result()!.restart();
    await opened!.answer('for-whom', ['partner']);
    await opened!.next();
    const [reloaded] = await quizzes(await reload(page));
    expect(reloaded!.questionId).to.equal('situation');
    await reloaded!.back();
    expect(reloaded!.checked).to.deep.equal(['partner']);
  });
});

describe('persist', () => {
  afterEach(() => sessionStorage.clear());

  it("inside a provider, is the provider's: answers are kept and resumed after a reload", async () => {
    const page = html`<care-choice persist><care-choice-quiz no-result></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`;
    const [quiz] = await quizzes(await fixture(page));
    await quiz!.answer('for-whom', ['partner']);
    await quiz!.next();
    expect(savedKeys()).to.have.length(1);
    const [again] = await quizzes(await reload(page));
    expect(again!.questionId).to.equal('situation');
  });

  it('on a quiz inside a provider, is ignored with one warning naming where to set it', async () => {
    const page = html`<care-choice><care-choice-quiz persist no-result></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`;
    let again: QuizHarness | undefined;
    const warnings = await warningsDuring(async () => {
      const [quiz] = await quizzes(await fixture(page));
      await quiz!.answer('for-whom', ['partner']);
      await quiz!.next();
      quiz!.element.toggleAttribute('debug', true);
      await quiz!.settle();
      expect(savedKeys(), 'nothing stored for the child').to.deep.equal([]);
      [again] = await quizzes(await reload(page));
    });
    expect(again!.questionId, 'a reload starts fresh').to.equal('for-whom');
    const ours = warnings.filter((w) => w.includes('persist on <care-choice-quiz> is ignored inside <care-choice>'));
    // Once, however many renders and reloads meet it.
    expect(ours, warnings.join('\n')).to.have.length(1);
    expect(ours[0]).to.contain('set it on the <care-choice> element');
  });

  it('on the provider, can be turned off later: what was saved is forgotten', async () => {
    const page = html`<care-choice persist><care-choice-quiz no-result></care-choice-quiz></care-choice>`;
    const root = await fixture(page);
    const [quiz] = await quizzes(root);
    await quiz!.answer('for-whom', ['partner']);
    expect(savedKeys()).to.have.length(1);
    root.toggleAttribute('persist', false);
    await quiz!.settle();
    await (root as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(savedKeys()).to.deep.equal([]);
  });

  it('follows the attribute when it is set or removed after the quiz is on the page', async () => {
    const page = html`<care-choice-quiz id="late"></care-choice-quiz>`;
    const [quiz] = await quizzes(await fixture(page));
    await quiz!.answer('for-whom', ['partner']);
    expect(savedKeys()).to.deep.equal([]);
    quiz!.element.toggleAttribute('persist', true);
    await quiz!.settle();
    expect(savedKeys()).to.have.length(1);
    quiz!.element.toggleAttribute('persist', false);
    await quiz!.settle();
    expect(savedKeys(), 'forgotten when persist is removed').to.deep.equal([]);
  });

  it('keeps two quizzes with the same id apart', async () => {
    const page = html`<div><care-choice-quiz id="dup" persist></care-choice-quiz><care-choice-quiz id="dup" persist></care-choice-quiz></div>`;
    const [first, second] = await quizzes(await fixture(page));
    await first!.answer('for-whom', ['partner']);
    await second!.answer('for-whom', ['myself']);
    const [first2, second2] = await quizzes(await reload(page));
    expect([first2!.checked, second2!.checked]).to.deep.equal([['partner'], ['myself']]);
  });

  it('keeps quizzes inside other components (shadow roots) apart', async () => {
    if (!customElements.get('x-article-card')) {
      customElements.define(
        'x-article-card',
        class extends HTMLElement {
          connectedCallback() {
            if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<care-choice-quiz persist></care-choice-quiz>';
          }
        },
      );
    }
    const page = html`<div><x-article-card></x-article-card><x-article-card></x-article-card></div>`;
    const inner = async (root: Element) =>
      Promise.all([...root.querySelectorAll('x-article-card')].map(async (card) => (await quizzes(card.shadowRoot!))[0]!));
    const [one, two] = await inner(await fixture(page));
    await one!.answer('for-whom', ['partner']);
    await two!.answer('for-whom', ['older-relative']);
    expect(savedKeys()).to.have.length(2);
    const [one2, two2] = await inner(await reload(page));
    expect([one2!.checked, two2!.checked]).to.deep.equal([['partner'], ['older-relative']]);
  });

  it('does not trust a saved position: one saved answer never shows a result', async () => {
    const page = html`<care-choice-quiz id="tampered" persist></care-choice-quiz>`;
    const [quiz] = await quizzes(await fixture(page));
    await quiz!.answer('for-whom', ['partner']);
    const [key] = savedKeys();
    sessionStorage.setItem(key!, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key!)!), s: 99, f: true }));
    const [again] = await quizzes(await reload(page));
    expect(again!.result()).to.equal(null);
    expect(again!.questionId).to.equal('situation');
  });
});
