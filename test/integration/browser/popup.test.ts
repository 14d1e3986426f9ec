import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CareChoiceQuiz } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { FakeClock } from '../../support/fake-clock.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import {
  NEEDS_CDP,
  expectNoSeriousViolations,
  frames as pageFrames,
  itExceptIn,
  paintedTextContrast,
  settle,
} from '../../support/helpers.js';
import {
  closePages,
  frames,
  openPage,
  pageWith,
  PLACEMENTS,
  until,
  widgetsReady,
  type PageWindow,
  type Placement,
} from '../../support/pages.js';

// <care-choice-quiz mode="popup">: a button in the page, the quiz in a modal <dialog>. Everything
// but the painted checks runs against the built dist/care-choice.js, in a page like a site's.

const en = defaultConfigs.en!;
const first = en.questions[0]!;
const AXE = '<title>A page with the quiz</title><script src="/node_modules/axe-core/axe.min.js"></script>';

type Popup = { win: PageWindow; quiz: HTMLElement; q: QuizHarness; dialog: () => HTMLDialogElement; trigger: () => HTMLButtonElement };

/** A page with `snippet`; `quiz` is its (first) quiz, rendered. */
async function popupPage(snippet: string, { placement = 'head' as Placement, head = '', width = 800, height = 600 } = {}): Promise<Popup> {
  const win = await openPage(pageWith(snippet, placement, { head }), { width, height });
  await widgetsReady(win);
  const quiz = win.document.querySelector<HTMLElement>('care-choice-quiz')!;
  const root = quiz.shadowRoot!;
  return {
    win,
    quiz,
    q: new QuizHarness(quiz),
    dialog: () => root.querySelector('dialog')!,
    trigger: () => root.querySelector<HTMLButtonElement>('[part~="trigger"]')!,
  };
}

/** What has focus inside the quiz, by its id (or part): a string, so a failure reads well. */
const focusedIn = (quiz: Element) => {
  const active = quiz.shadowRoot!.activeElement;
  return active ? (active.id ? `#${active.id}` : active.getAttribute('part')) : null;
};
const closeButton = (quiz: Element) => quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!;
/** Lets the opening animation end, so boxes and pixels are the final ones. */
const animated = (dialog: Element) => Promise.all(dialog.getAnimations().map((a) => a.finished));

/** Axe inside the page (loaded there with AXE), serious and critical violations only. */
async function seriousViolations(win: PageWindow) {
  await frames(win);
  const axe = (win as unknown as { axe: typeof import('axe-core') }).axe;
  const results = await axe.run(win.document, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<care-choice-quiz mode="popup"> (built script)', () => {
  afterEach(() => {
    closePages();
    sessionStorage.clear();
  });

  it('renders only a button in the page, themed like the quiz', async () => {
    const { win, quiz, trigger, dialog } = await popupPage(
      '<care-choice-quiz mode="popup" button-text="Not sure what help you need? Take the 2-minute quiz"></care-choice-quiz>',
    );
    expect(trigger().textContent!.trim()).to.equal('Not sure what help you need? Take the 2-minute quiz');
    expect(trigger().getAttribute('part')).to.equal('button trigger');
    expect(dialog().open).to.equal(false);
    // Nothing of the quiz shows in the page: only the button has a box.
    const visible = [...quiz.shadowRoot!.querySelectorAll('*')].filter((el) => el.getClientRects().length);
    expect(visible.map((el) => el.getAttribute('part'))).to.deep.equal(['button trigger']);
    const style = win.getComputedStyle(trigger());
    expect(style.backgroundColor).to.equal('rgb(31, 111, 92)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    // A quiz without button-text says what it is.
    quiz.removeAttribute('button-text');
    await (quiz as CareChoiceQuiz).updateComplete;
    expect(trigger().textContent!.trim()).to.equal(en.strings['quiz.open']);
  });

  it('opens as a modal dialog with focus on the question; Escape closes it and focus returns to the button', async () => {
    const { win, quiz, trigger, dialog } = await popupPage('<care-choice-quiz mode="popup"></care-choice-quiz>');
    // Keys go to the focused element of the focused frame: focus the page's iframe in the test
    // page first, then the button. Opened with a click: in a full Firefox run the test page does
    // not have system focus, and Firefox then delivers Enter to the button without activating it
    // (Escape still reaches the dialog).
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === win)!;
    frame.focus();
    trigger().focus();
    await until(win, () => document.activeElement === frame && focusedIn(quiz) === 'button trigger', 'focus on the button');
    trigger().click();
    await until(win, () => dialog().open, 'the dialog');
    expect(dialog().matches(':modal')).to.equal(true);
    expect(focusedIn(quiz)).to.equal('#question-heading');
    expect(quiz.shadowRoot!.activeElement!.textContent).to.equal(first.text);
    expect(dialog().getAttribute('aria-label')).to.equal(en.strings['quiz.label']);
    await sendKeys({ press: 'Escape' });
    await until(win, () => !dialog().open, 'the dialog to close');
    await frames(win);
    expect(focusedIn(quiz)).to.equal('button trigger');
  });

  it('the visible Close button closes it; reopened, the answers are still there', async () => {
    const { win, quiz, q, trigger, dialog } = await popupPage('<care-choice-quiz mode="popup"></care-choice-quiz>');
    trigger().click();
    await q.settle();
    expect(dialog().open).to.equal(true);
    const close = closeButton(quiz);
    expect(close.textContent!.trim()).to.equal('×Close');
    expect(close.getClientRects().length).to.equal(1);
    await q.answer('for-whom', parentAtHome['for-whom']!);
    await q.next();
    await q.answer('situation', parentAtHome.situation!);
    close.click();
    await until(win, () => !dialog().open, 'the dialog to close');
    await frames(win);
    expect(focusedIn(quiz)).to.equal('button trigger');
    trigger().click();
    await q.settle();
    expect(dialog().open).to.equal(true);
    expect(q.questionId).to.equal('situation');
    expect(q.checked).to.deep.equal(parentAtHome.situation);
    await q.next();
    expect(q.questionId).to.equal('works-for');
  });

  it('the page behind does not scroll while it is open, and gets its own overflow back', async () => {
    const { win, q, trigger, dialog } = await popupPage(
      '<care-choice-quiz mode="popup"></care-choice-quiz><div style="height: 3000px"></div>',
      {
        head: '<script>document.documentElement.style.overflowY = "scroll";</script>',
      },
    );
    const root = win.document.documentElement;
    expect(win.getComputedStyle(root).overflowY).to.equal('scroll');
    trigger().click();
    await q.settle();
    expect(win.getComputedStyle(root).overflowY).to.equal('hidden');
    expect(win.getComputedStyle(root).overflowX).to.equal('hidden');
    closeButton(q.element).click();
    await until(win, () => !dialog().open, 'the dialog to close');
    await frames(win);
    expect(root.style.overflowY).to.equal('scroll');
    expect(root.style.overflowX).to.equal('');
  });

  it('on a phone the dialog fills the screen; on a desktop it is a centred box', async () => {
    for (const [width, height, full] of [
      [320, 560, true],
      [1024, 700, false],
    ] as const) {
      const { win, q, trigger, dialog } = await popupPage('<care-choice-quiz mode="popup"></care-choice-quiz>', { width, height });
      trigger().click();
      await q.settle();
      await animated(dialog());
      const box = dialog().getBoundingClientRect();
      if (full) {
        expect([box.left, box.top, box.width, box.height], `${width}px`).to.deep.equal([0, 0, win.innerWidth, win.innerHeight]);
      } else {
        expect(box.width, `${width}px`).to.equal(640);
        expect(Math.abs(box.left - (win.innerWidth - box.right)), 'centred').to.be.below(2);
        expect(box.top, 'a margin above').to.be.above(0);
      }
      closePages();
    }
  });

  it('the Close button stays in view: above the question, and at the end of a long result', async () => {
    const { win, quiz, q, trigger, dialog } = await popupPage('<care-choice-quiz mode="popup"></care-choice-quiz>', {
      width: 320,
      height: 560,
    });
    trigger().click();
    await q.settle();
    await animated(dialog());
    /** The Close button is inside the dialog's box and nothing covers its middle. */
    const reachable = () => {
      const box = closeButton(quiz).getBoundingClientRect();
      const frame = dialog().getBoundingClientRect();
      const hit = quiz.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.top >= frame.top && box.bottom <= frame.bottom && !!hit && closeButton(quiz).contains(hit);
    };
    expect(reachable(), 'on the first question').to.equal(true);
    const progress = quiz.shadowRoot!.querySelector('[part~="progress"]')!.getBoundingClientRect();
    expect(closeButton(quiz).getBoundingClientRect().bottom, 'above the progress').to.be.at.most(progress.top);
    await q.completeWith(parentAtHome);
    expect(dialog().scrollHeight, 'the result scrolls').to.be.above(dialog().clientHeight * 2);
    // scrollTo, not a scrollTop assignment: WebKitGTK ignored the first assignment on the dialog.
    dialog().scrollTo(0, dialog().scrollHeight);
    await until(win, () => dialog().scrollTop > 0, 'the dialog to scroll');
    expect(reachable(), 'at the end of the result').to.equal(true);
  });

  describe('opens by itself', () => {
    it('open="load": on load, with focus on the question', async () => {
      const { win, quiz, dialog } = await popupPage('<care-choice-quiz mode="popup" open="load"></care-choice-quiz>');
      await until(win, () => dialog().open, 'the dialog');
      expect(dialog().matches(':modal')).to.equal(true);
      await until(win, () => focusedIn(quiz) === '#question-heading', 'focus on the question');
    });

    it('open="scroll": once the page is scrolled past open-value percent', async () => {
      const { win, dialog } = await popupPage(
        '<care-choice-quiz mode="popup" open="scroll" open-value="50"></care-choice-quiz><div style="height: 3000px"></div>',
      );
      const room = win.document.documentElement.scrollHeight - win.innerHeight;
      win.scrollTo(0, room * 0.3);
      await frames(win, 4);
      expect(dialog().open, 'at 30%').to.equal(false);
      win.scrollTo(0, room * 0.6);
      await until(win, () => dialog().open, 'the dialog at 60%');
    });

    it('open="exit": when the pointer leaves through the top of the window, at most once per page view', async () => {
      const { win, dialog, quiz } = await popupPage('<care-choice-quiz mode="popup" open="exit"></care-choice-quiz>');
      const leave = (clientX: number, clientY: number) =>
        win.document.body.dispatchEvent(new win.MouseEvent('mouseout', { bubbles: true, clientX, clientY, relatedTarget: null }));
      leave(-1, 200);
      await frames(win);
      expect(dialog().open, 'left through the side').to.equal(false);
      leave(300, -1);
      await until(win, () => dialog().open, 'the dialog');
      closeButton(quiz).click();
      await until(win, () => !dialog().open, 'the dialog to close');
      leave(300, -1);
      await frames(win, 4);
      expect(dialog().open, 'a second exit').to.equal(false);
    });

    it('show-once: once per session, across a reload; without it, again on every page view', async () => {
      for (const once of [true, false]) {
        const page = pageWith(`<care-choice-quiz mode="popup" open="load"${once ? ' show-once' : ''}></care-choice-quiz>`, 'head');
        let win = await openPage(page);
        await widgetsReady(win);
        const dialog = () => win.document.querySelector('care-choice-quiz')!.shadowRoot!.querySelector('dialog')!;
        await until(win, () => dialog().open, 'the dialog');
        dialog().close();
        const frame = document.querySelector('iframe')!;
        const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        win.location.reload();
        await reloaded;
        win = frame.contentWindow as PageWindow;
        await widgetsReady(win);
        await frames(win, 6);
        expect(dialog().open, once ? 'with show-once' : 'without show-once').to.equal(!once);
        closePages();
        sessionStorage.clear();
      }
    });

    it('show-once: two popups without an id are remembered apart', async () => {
      const dialogs = (win: PageWindow) =>
        [...win.document.querySelectorAll('care-choice-quiz')].map((quiz) => quiz.shadowRoot!.querySelector('dialog')!);
      // The first opens by itself; the second only has a button.
      let win = await openPage(
        pageWith(
          '<care-choice-quiz mode="popup" open="load" show-once></care-choice-quiz><care-choice-quiz mode="popup" show-once></care-choice-quiz>',
          'head',
        ),
      );
      await widgetsReady(win);
      await until(win, () => dialogs(win)[0]!.open, 'the first dialog');
      dialogs(win)[0]!.close();
      closePages();
      // Next page view in the same session: now the second one opens by itself, which it never did.
      win = await openPage(
        pageWith(
          '<care-choice-quiz mode="popup" show-once></care-choice-quiz><care-choice-quiz mode="popup" open="load" show-once></care-choice-quiz>',
          'head',
        ),
      );
      await widgetsReady(win);
      await until(win, () => dialogs(win)[1]!.open, 'the second dialog');
      closePages();
      sessionStorage.clear();
    });

    it('show-once where storage throws: still opens, once per page view, without errors', async () => {
      const { win, dialog } = await popupPage('<care-choice-quiz mode="popup" open="load" show-once></care-choice-quiz>', {
        head: `<script>Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });</script>`,
      });
      await until(win, () => dialog().open, 'the dialog');
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });

    it('listens only while armed and connected: listeners and timers go on disconnect', async () => {
      const { win, quiz, trigger } = await popupPage('<care-choice-quiz mode="popup"></care-choice-quiz>', {
        head: `<script>
          window.__listeners = { scroll: 0, mouseout: 0 };
          for (const target of [window, document]) {
            const add = target.addEventListener, remove = target.removeEventListener;
            target.addEventListener = function (type, ...rest) { if (type in __listeners) __listeners[type]++; return add.call(this, type, ...rest); };
            target.removeEventListener = function (type, ...rest) { if (type in __listeners) __listeners[type]--; return remove.call(this, type, ...rest); };
          }
          window.__timers = new Set();
          const set = setTimeout, clear = clearTimeout;
          window.setTimeout = (fn, ms, ...rest) => { const id = set(fn, ms, ...rest); if (ms === 1e6) __timers.add(id); return id; };
          window.clearTimeout = (id) => { __timers.delete(id); clear(id); };
        </script>`,
      });
      const page = win as PageWindow & { __listeners: { scroll: number; mouseout: number }; __timers: Set<number> };
      const armed = () => [page.__listeners.scroll, page.__listeners.mouseout, page.__timers.size];
      const update = () => (quiz as CareChoiceQuiz).updateComplete;
      expect(armed()).to.deep.equal([0, 0, 0]);
      quiz.setAttribute('open', 'scroll');
      await update();
      expect(armed(), 'scroll').to.deep.equal([1, 0, 0]);
      quiz.remove();
      expect(armed(), 'scroll, removed').to.deep.equal([0, 0, 0]);
      win.document.body.append(quiz);
      await update();
      expect(armed(), 'scroll, back').to.deep.equal([1, 0, 0]);
      quiz.setAttribute('open', 'exit');
      await update();
      expect(armed(), 'exit').to.deep.equal([0, 1, 0]);
      quiz.setAttribute('open', 'time');
      quiz.setAttribute('open-value', '1000');
      await update();
      expect(armed(), 'time').to.deep.equal([0, 0, 1]);
      quiz.remove();
      expect(armed(), 'time, removed').to.deep.equal([0, 0, 0]);
      win.document.body.append(quiz);
      await update();
      expect(armed(), 'time, back').to.deep.equal([0, 0, 1]);
      trigger().click();
      expect(armed(), 'opened by the visitor').to.deep.equal([0, 0, 0]);
      // Removed while open: the page scrolls again.
      quiz.remove();
      expect(win.document.documentElement.style.overflowY).to.equal('');
    });
  });

  it('inside a provider: a result card elsewhere on the page follows the popup', async () => {
    const { win, quiz, q, trigger, dialog } = await popupPage(`<care-choice>
      <care-choice-quiz mode="popup" no-result></care-choice-quiz>
      <care-choice-result></care-choice-result>
    </care-choice>`);
    const card = new ResultHarness(win.document.querySelector('care-choice-result')!);
    expect(card.empty).to.equal(true);
    trigger().click();
    await q.completeWith(parentAtHome);
    expect(quiz.shadowRoot!.querySelector('#question-heading')!.textContent).to.equal(en.strings['quiz.announce.result']);
    closeButton(quiz).click();
    await until(win, () => !dialog().open, 'the dialog to close');
    await card.settle();
    expect(card.heading).to.equal(en.results['care-manager'].title);
  });

  for (const placement of PLACEMENTS) {
    it(`${placement}: opens, answers and closes, and logs nothing`, async () => {
      const { win, q, quiz, trigger, dialog } = await popupPage(
        '<care-choice-quiz mode="popup" button-text="Take the quiz"></care-choice-quiz>',
        { placement },
      );
      trigger().click();
      await q.settle();
      expect(dialog().open).to.equal(true);
      await q.answer('for-whom', ['myself']);
      await q.next();
      expect(q.questionId).to.equal('situation');
      closeButton(quiz).click();
      await until(win, () => !dialog().open, 'the dialog to close');
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });
  }

  it('strict CSP + Trusted Types page: opens, completes and closes with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/csp-popup.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow & { __violations: string[]; dataLayer?: unknown[] };
    await widgetsReady(win);
    const quiz = win.document.querySelector('care-choice-quiz')!;
    const dialog = quiz.shadowRoot!.querySelector('dialog')!;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
    expect(dialog.open).to.equal(true);
    expect(win.getComputedStyle(win.document.documentElement).overflowY).to.equal('hidden');
    const result = await new QuizHarness(quiz as HTMLElement).completeWith(parentAtHome);
    expect(result!.heading).to.equal(en.results['care-manager'].title);
    closeButton(quiz).click();
    await until(win, () => !dialog.open, 'the dialog to close');
    expect(win.dataLayer!.at(-1)).to.deep.equal({ event: 'care_choice_complete', care_choice_result: 'care-manager' });
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe) with the dialog open, on a question and on the result (${theme})`, async () => {
      const { win, q, trigger } = await popupPage(
        `<care-choice-quiz mode="popup" theme="${theme}" cta-href="/contact" agency-name="Harbor Care"></care-choice-quiz>`,
        {
          head: AXE,
        },
      );
      expect(await seriousViolations(win), 'closed').to.deep.equal([]);
      trigger().click();
      await q.settle();
      expect(await seriousViolations(win), 'first question').to.deep.equal([]);
      await q.completeWith(parentAtHome);
      expect(await seriousViolations(win), 'result').to.deep.equal([]);
    });
  }
});

describe('<care-choice-quiz mode="popup"> opening by itself, on a fake clock (source)', () => {
  let clock: FakeClock;
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    clock = new FakeClock();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    clock.restore();
    sessionStorage.clear();
  });

  const dialogOf = (quiz: Element) => quiz.shadowRoot!.querySelector('dialog')!;
  /** Lets the clock run `ms`, then any real timer a build without the clock would use, then renders. */
  async function after(ms: number, ...quizzes: CareChoiceQuiz[]) {
    // A dialog's close event comes in a task of its own: let it land before the clock moves.
    await pageFrames(1);
    clock.tick(ms);
    await pageFrames(2);
    await settle(...quizzes);
  }
  async function popups(template: ReturnType<typeof html>) {
    const wrapper = await fixture<HTMLDivElement>(template);
    const quizzes = [...wrapper.querySelectorAll<CareChoiceQuiz>('care-choice-quiz')];
    await settle(...quizzes);
    return { wrapper, quizzes, open: () => quizzes.map((quiz) => dialogOf(quiz).open) };
  }

  it('open="time": after open-value seconds, not a moment before', async () => {
    const { quizzes, open } = await popups(html`<div><care-choice-quiz mode="popup" open="time" open-value="5"></care-choice-quiz></div>`);
    await after(4999, ...quizzes);
    expect(open()).to.deep.equal([false]);
    await after(1, ...quizzes);
    expect(open()).to.deep.equal([true]);
    expect(warnings).to.deep.equal([]);
  });

  it('open="time": not after the visitor opened it with the button', async () => {
    const { quizzes, open } = await popups(html`<div><care-choice-quiz mode="popup" open="time" open-value="2"></care-choice-quiz></div>`);
    quizzes[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
    closeButton(quizzes[0]!).click();
    await after(60_000, ...quizzes);
    expect(open()).to.deep.equal([false]);
    expect(clock.pending).to.equal(0);
  });

  for (const value of ['', ' ', '-1', 'soon', 'NaN', 'Infinity', '3601', '2147484']) {
    it(`open-value="${value}" with open="time": the default 10 seconds, and one warning (#22)`, async () => {
      const { quizzes, open } = await popups(
        html`<div><care-choice-quiz mode="popup" open="time" open-value=${value}></care-choice-quiz></div>`,
      );
      // Re-rendered: still one warning.
      quizzes[0]!.buttonText = 'Take the quiz';
      await settle(...quizzes);
      expect(
        warnings.filter((w) => w.includes('open-value')),
        'warnings',
      ).to.have.length(1);
      await after(9999, ...quizzes);
      expect(open(), 'before 10 s').to.deep.equal([false]);
      await after(1, ...quizzes);
      expect(open(), 'at 10 s').to.deep.equal([true]);
    });
  }

  it('open-value in bounds is used without a warning: 0 and 3600 seconds, 0 and 100 percent', async () => {
    const { quizzes, open } = await popups(
      html`<div>
        <care-choice-quiz mode="popup" open="time" open-value="3600"></care-choice-quiz>
        <care-choice-quiz mode="popup" open="scroll" open-value="100"></care-choice-quiz>
        <care-choice-quiz mode="popup" open="scroll" open-value="0"></care-choice-quiz>
      </div>`,
    );
    expect(warnings).to.deep.equal([]);
    // A page that cannot scroll never reaches a scroll trigger; the time one waits its hour.
    await after(3_599_999, ...quizzes);
    expect(open()).to.deep.equal([false, false, false]);
    await after(1, ...quizzes);
    expect(open()).to.deep.equal([true, false, false]);
  });

  it('open="scroll" with open-value="101": the default 50 percent, and one warning (#22)', async () => {
    await popups(html`<div><care-choice-quiz mode="popup" open="scroll" open-value="101"></care-choice-quiz></div>`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('open-value="101"');
  });

  it('one automatic popup at a time: the others wait for it to close (#22)', async () => {
    const { quizzes, open } = await popups(
      html`<div>
        <care-choice-quiz mode="popup" open="load"></care-choice-quiz>
        <care-choice-quiz mode="popup" open="load"></care-choice-quiz>
        <care-choice-quiz mode="popup" open="time" open-value="1"></care-choice-quiz>
      </div>`,
    );
    await after(0, ...quizzes);
    expect(open(), 'on load').to.deep.equal([true, false, false]);
    await after(5000, ...quizzes);
    expect(open(), 'while the first is open').to.deep.equal([true, false, false]);
    closeButton(quizzes[0]!).click();
    await after(1000, ...quizzes);
    expect(open(), 'the first closed').to.deep.equal([false, true, false]);
    dialogOf(quizzes[1]!).close();
    await after(1000, ...quizzes);
    expect(open(), 'the second closed').to.deep.equal([false, false, true]);
    dialogOf(quizzes[2]!).close();
    await after(60_000, ...quizzes);
    expect(open(), 'each once').to.deep.equal([false, false, false]);
  });

  it('one automatic popup at a time: with show-once, a waiting popup of the same name never opens (#22)', async () => {
    const { quizzes, open } = await popups(
      html`<div>
        <care-choice-quiz id="offer" mode="popup" open="load" show-once></care-choice-quiz>
        <care-choice-quiz id="offer" mode="popup" open="load" show-once></care-choice-quiz>
      </div>`,
    );
    await after(0, ...quizzes);
    expect(open()).to.deep.equal([true, false]);
    closeButton(quizzes[0]!).click();
    await after(5000, ...quizzes);
    expect(open()).to.deep.equal([false, false]);
  });

  it("never opens over the page's own modal <dialog>: waits until it closes (#22)", async () => {
    const { wrapper, quizzes, open } = await popups(
      html`<div><dialog id="consent"><p>We use cookies.</p><button>OK</button></dialog></div>`,
    );
    const consent = wrapper.querySelector('dialog')!;
    consent.showModal();
    wrapper.insertAdjacentHTML('beforeend', '<care-choice-quiz mode="popup" open="load"></care-choice-quiz>');
    const quiz = wrapper.querySelector<CareChoiceQuiz>('care-choice-quiz')!;
    quizzes.push(quiz);
    await settle(quiz);
    await after(10_000, quiz);
    expect(open()).to.deep.equal([false]);
    consent.close();
    await after(1000, quiz);
    expect(open()).to.deep.equal([true]);
  });

  it('never opens over a visible [aria-modal=true] box: waits until it is hidden (#22)', async () => {
    const { wrapper, quizzes, open } = await popups(
      html`<div>
        <div role="dialog" aria-modal="true" aria-label="Cookies"><p>We use cookies.</p></div>
        <div role="dialog" aria-modal="true" aria-label="Hidden" hidden></div>
        <care-choice-quiz mode="popup" open="time" open-value="1"></care-choice-quiz>
      </div>`,
    );
    await after(10_000, ...quizzes);
    expect(open()).to.deep.equal([false]);
    wrapper.querySelector<HTMLElement>('[aria-label="Cookies"]')!.hidden = true;
    await after(1000, ...quizzes);
    expect(open()).to.deep.equal([true]);
  });
});

describe('<care-choice-quiz mode="popup">: painted and emulated (Chromium)', () => {
  const itChromium = itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP });
  const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);
  afterEach(async () => {
    if (navigator.userAgent.includes('Chrom')) await emulate([]);
  });

  async function opened(template = html`<care-choice-quiz mode="popup"></care-choice-quiz>`) {
    const quiz = await fixture<CareChoiceQuiz>(template);
    await settle(quiz);
    const trigger = quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    trigger.click();
    await settle(quiz);
    const dialog = quiz.shadowRoot!.querySelector('dialog')!;
    await animated(dialog);
    return { quiz, trigger, dialog, close: closeButton(quiz) };
  }

  itChromium('opens without animation with prefers-reduced-motion', async () => {
    const { dialog } = await opened();
    expect(getComputedStyle(dialog).animationName).to.equal('care-choice-popup');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(dialog).animationName).to.equal('none');
  });

  itChromium('forced colors: the trigger, Close and Next keep readable labels, and the dialog a border', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz mode="popup"></care-choice-quiz>`);
    await settle(quiz);
    const trigger = quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    expect(await paintedTextContrast(trigger), 'trigger').to.be.at.least(4.5);
    trigger.click();
    await settle(quiz);
    const dialog = quiz.shadowRoot!.querySelector('dialog')!;
    await animated(dialog);
    expect(await paintedTextContrast(closeButton(quiz)), 'Close').to.be.at.least(4.5);
    expect(await paintedTextContrast(quiz.shadowRoot!.querySelector('[part~="next-button"]')!), 'Next').to.be.at.least(4.5);
    expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
    await expectNoSeriousViolations(dialog);
  });

  it('dark theme: the dialog and its bar are dark, Close reads on them (axe)', async () => {
    const { dialog } = await opened(html`<care-choice-quiz mode="popup" theme="dark"></care-choice-quiz>`);
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(22, 27, 26)');
    expect(getComputedStyle(dialog.querySelector('.close-bar')!).backgroundColor).to.equal('rgb(22, 27, 26)');
    await expectNoSeriousViolations(dialog);
  });

  itChromium('auto theme follows a dark system setting in the dialog too', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const { dialog, close } = await opened(html`<care-choice-quiz mode="popup" theme="auto"></care-choice-quiz>`);
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(22, 27, 26)');
    expect(await paintedTextContrast(close), 'Close').to.be.at.least(4.5);
  });
});
