import '../../../src/lang/es.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CareChoice, CareChoiceQuiz, CareCompareTable } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { FakeClock } from '../../support/fake-clock.js';
import { QuizHarness } from '../../support/harness.js';
import { $, NEEDS_CDP, contrast, expectNoSeriousViolations, itExceptIn, settle, warningsDuring } from '../../support/helpers.js';
import { parentAtHome } from '../../fixtures/answers.js';

/** The question heading on screen. */
const questionText = (quiz: Element) => new QuizHarness(quiz as HTMLElement).heading;

describe('languages', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks Spanish with lang="es", with the fixed button names', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz lang="es"></care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('¿Quién necesita los cuidados?');
    expect($(quiz, '.progress-text').textContent).to.equal('Pregunta 1 de 7');
    const q = new QuizHarness(quiz);
    await q.answer('for-whom', ['myself']);
    await q.next();
    expect(q.buttons).to.deep.equal(['Atrás', 'Siguiente', 'Empezar de nuevo']);
  });

  it('falls back from a region (es-MX) to its language', async () => {
    const table = await fixture<CareCompareTable>(html`<care-compare-table lang="es-MX"></care-compare-table>`);
    expect(table.shadowRoot!.querySelector('caption')!.textContent).to.contain('Administrador de casos o gestor de cuidados');
  });

  it('follows <html lang>, also when it changes at run time', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('¿Quién necesita los cuidados?');
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await settle(quiz);
    expect(questionText(quiz)).to.equal('Who needs care?');
  });

  it('follows the nearest lang ancestor, and the provider sets it for its children', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><care-choice><care-choice-quiz></care-choice-quiz></care-choice></div>`,
    );
    const quiz = wrapper.querySelector('care-choice-quiz')!;
    await settle(quiz);
    expect(questionText(quiz)).to.equal('¿Quién necesita los cuidados?');
  });

  it('falls back to English with one warning for an unknown language', async () => {
    // The warning waits for the page's load event first, then a moment on the (fake) clock: on a
    // busy machine the test page may still be loading when the test starts.
    if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    let quizzes: CareChoiceQuiz[] = [];
    const clock = new FakeClock();
    const warnings = await warningsDuring(async () => {
      try {
        const page = await fixture<HTMLDivElement>(
          html`<div><care-choice-quiz lang="tlh"></care-choice-quiz><care-choice-quiz lang="tlh"></care-choice-quiz></div>`,
        );
        quizzes = [...page.querySelectorAll('care-choice-quiz')];
        // On a page that has finished loading, the warning waits a moment for a pack being added.
        clock.tick(2000);
      } finally {
        clock.restore();
      }
    });
    expect(questionText(quizzes[0]!)).to.equal('Who needs care?');
    expect(warnings.filter((w) => w.includes('"tlh"'))).to.have.length(1);
  });

  it('switches language at run time, keeping the answers', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const q = new QuizHarness(quiz);
    await q.answer('for-whom', ['partner']);
    await q.next();
    quiz.lang = 'es';
    await q.settle();
    expect(q.heading).to.equal(defaultConfigs.es!.questions[1]!.text);
    expect(q.buttons[0]).to.equal('Atrás');
    await q.back();
    expect(q.checked).to.deep.equal(['partner']);
  });

  it('is accessible in Spanish', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz lang="es"></care-choice-quiz>`);
    await expectNoSeriousViolations(quiz);
  });

  it('takes a whole new language as a config', async () => {
    const root = await fixture<CareChoice>(html`<care-choice lang="fr"><care-choice-quiz></care-choice-quiz></care-choice>`);
    const base = root.effectiveConfig;
    root.config = { ...structuredClone(base), lang: 'fr', questions: base.questions.map((q) => ({ ...q, text: `FR ${q.text}` })) };
    const quiz = root.querySelector('care-choice-quiz')!;
    await settle(root, quiz);
    expect(questionText(quiz)).to.equal('FR Who needs care?');
  });
});

describe('config', () => {
  it('merges a JSON script child onto the defaults, and reading config returns the merged result', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz>
      <script type="application/json">
        { "questions": [{ "id": "for-whom", "text": "Who is the care for?" }] }
      </script>
    </care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('Who is the care for?');
    expect(quiz.effectiveConfig.questions).to.have.length(7);
    expect(quiz.effectiveConfig.questions[1]!.text).to.equal(defaultConfigs.en!.questions[1]!.text);
  });

  it('config returns what was set; effectiveConfig the merged result, read only', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    expect(quiz.config).to.equal(undefined);
    const override = { questions: [{ id: 'for-whom', text: 'Who is the care for?' }] };
    quiz.config = override;
    await quiz.updateComplete;
    expect(quiz.config).to.equal(override);
    expect(quiz.effectiveConfig.questions[0]!.text).to.equal('Who is the care for?');
    expect(quiz.effectiveConfig.questions).to.have.length(defaultConfigs.en!.questions.length);
    expect(() => {
      (quiz as unknown as { effectiveConfig: unknown }).effectiveConfig = {};
    }).to.throw(TypeError);
    expect(questionText(quiz)).to.equal('Who is the care for?');
  });

  it('a provider config reaches every element inside it', async () => {
    const root = await fixture<CareChoice>(html`<care-choice
      ><care-compare-table rows="employer"></care-compare-table><care-choice-quiz></care-choice-quiz
    ></care-choice>`);
    root.config = { table: { caption: 'Which helper?' }, questions: [{ id: 'for-whom', text: 'Who?' }] };
    const table = root.querySelector('care-compare-table')!;
    const quiz = root.querySelector('care-choice-quiz')!;
    await settle(root, table, quiz);
    expect(table.shadowRoot!.querySelector('caption')!.textContent).to.equal('Which helper?');
    expect(questionText(quiz)).to.equal('Who?');
  });

  for (const [name, markup, path] of [
    ['malformed JSON', '<script type="application/json">{ "questions": [ </script>', 'config: is not valid JSON: '],
    [
      'a wrong type',
      '<script type="application/json">{ "questions": [{ "id": "needs", "options": [{ "id": "costs", "weights": { "caseManager": "high" } }] }] }</script>',
      `questions[4].options[${defaultConfigs.en!.questions[4]!.options.findIndex((o) => o.id === 'costs')}].weights.caseManager`,
    ],
    [
      'an unknown question id',
      '<script type="application/json">{ "questions": [{ "id": "situaton", "text": "Where?" }] }</script>',
      'questions[0].id: unknown question id "situaton"',
    ],
    ['a config that is a string', '<script type="application/json">"blue"</script>', 'config: must be an object, got string'],
  ] as const) {
    it(`with ${name}: warns with the path and keeps the quiz usable on the defaults`, async () => {
      let quiz!: CareChoiceQuiz;
      const warnings = await warningsDuring(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<care-choice-quiz>${markup}</care-choice-quiz>`;
        quiz = wrapper.querySelector('care-choice-quiz')!;
        await settle(quiz);
      });
      expect(
        warnings.some((w) => w.includes(path)),
        warnings.join('\n'),
      ).to.equal(true);
      const q = new QuizHarness(quiz);
      expect(q.questionId).to.equal('for-whom');
      expect(q.heading).to.equal('Who needs care?');
      expect(quiz.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
      await q.answer('for-whom', ['myself']);
      await q.next();
      expect(q.questionId).to.equal('situation');
    });
  }

  it('shows a polite notice naming the problem only with debug', async () => {
    await warningsDuring(async () => {
      const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz debug></care-choice-quiz>`);
      quiz.config = { questions: 'nope' };
      await settle(quiz);
      const notice = $(quiz, '[part~="notice"]');
      expect(notice.textContent).to.contain('questions');
      expect(notice.getAttribute('role')).to.equal('note');
    });
  });

  it('a config property set to null or a number never breaks the widget', async () => {
    await warningsDuring(async () => {
      const table = await fixture<CareCompareTable>(html`<care-compare-table></care-compare-table>`);
      for (const value of [null, 42, [], { professions: null }]) {
        table.config = value;
        await settle(table);
        expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(defaultConfigs.en!.table.rows.length);
      }
    });
  });
});

describe('theming', () => {
  // Media emulation goes straight to CDP (the emulate-media-features command in the config), so
  // the tests that need it run in Chromium only; the reset runs only after a test that emulated.
  let emulated = false;
  const emulate = (features: { name: string; value: string }[]) => {
    emulated = true;
    return executeServerCommand('emulate-media-features', features);
  };
  const withMediaEmulation = itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP });
  afterEach(async () => {
    if (emulated) await emulate([]);
    emulated = false;
  });

  it('a token set on the host or an ancestor changes the computed style inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--care-choice-accent: rgb(120, 20, 60); --care-choice-radius: 0px">
      <care-choice-quiz style="--care-choice-surface: rgb(250, 240, 230)"></care-choice-quiz>
    </div>`);
    const quiz = wrapper.querySelector('care-choice-quiz')!;
    await settle(quiz);
    const next = getComputedStyle($(quiz, '[part~="next-button"]'));
    expect(next.backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(next.borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle($(quiz, '[part~="base"]')).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it('inherits the page font unless themed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><care-compare-table></care-compare-table></div>`,
    );
    const table = wrapper.querySelector('care-compare-table')!;
    await settle(table);
    expect(getComputedStyle(table.shadowRoot!.querySelector('td')!).fontFamily).to.contain('Georgia');
  });

  it('parts can be styled from the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>.branded::part(next-button) { text-transform: uppercase; }</style>
      <care-choice-quiz class="branded"></care-choice-quiz>
    </div>`);
    const quiz = wrapper.querySelector('care-choice-quiz')!;
    await settle(quiz);
    expect(getComputedStyle($(quiz, '[part~="next-button"]')).textTransform).to.equal('uppercase');
  });

  it('dark theme keeps contrast (axe) on the quiz and the table', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="background:#000">
      <care-choice-quiz theme="dark"></care-choice-quiz><care-compare-table theme="dark" highlight="care-manager"></care-compare-table>
    </div>`);
    const [quiz, table] = [wrapper.querySelector('care-choice-quiz')!, wrapper.querySelector('care-compare-table')!];
    await settle(quiz, table);
    expect(getComputedStyle($(quiz, '[part~="base"]')).backgroundColor).to.equal('rgb(22, 27, 26)');
    await expectNoSeriousViolations(wrapper);
  });

  it('dark theme on a light page with a light-page brand accent: caption, sources, buttons and links stay readable', async () => {
    const wrapper =
      await fixture<HTMLDivElement>(html`<div style="background: #ffffff; --care-choice-accent: #0b4f6c; --care-choice-surface: #ffffff">
      <care-choice-quiz theme="dark" cta-href="tel:+15555550123" agency-name="Harbor"></care-choice-quiz>
      <care-compare-table theme="dark" highlight="care-manager"></care-compare-table>
    </div>`);
    const quiz = new QuizHarness(wrapper.querySelector('care-choice-quiz')!);
    const table = wrapper.querySelector('care-compare-table')!;
    await settle(table);
    const rgb = (value: string) =>
      value
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number) as [number, number, number];
    /** The colour behind an element: the first ancestor (across shadow roots) with a background. */
    const ground = (el: Element): [number, number, number] => {
      for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*, 0\)|transparent/.test(bg)) return rgb(bg);
      }
      return [255, 255, 255];
    };
    const readable = (el: Element, what: string) => expect(contrast(rgb(getComputedStyle(el).color), ground(el)), what).to.be.at.least(4.5);
    readable(table.shadowRoot!.querySelector('caption')!, 'table caption');
    readable(table.shadowRoot!.querySelector('[part~="source"] p')!, 'sources');
    readable(table.shadowRoot!.querySelector('[part~="badge"]')!, 'badge');
    readable(quiz.button('next-button')!, 'Next');
    const result = await quiz.completeWith(parentAtHome);
    readable(result!.cta!, 'call to action');
    readable(result!.element.shadowRoot!.querySelector('[part~="change-button"]')!, 'Change this answer');
    readable(result!.element.shadowRoot!.querySelector('[part~="footer"] a')!, 'a source link');
  });

  withMediaEmulation('auto follows prefers-color-scheme', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz theme="auto"></care-choice-quiz>`);
    expect(getComputedStyle($(quiz, '[part~="base"]')).backgroundColor).to.equal('rgb(22, 27, 26)');
    const light = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    expect(getComputedStyle($(light, '[part~="base"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  withMediaEmulation('forced colors: system colours, a visible focus ring and a selected state not by colour alone', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    await new QuizHarness(quiz).answer('for-whom', ['myself']);
    const selected = quiz.shadowRoot!.querySelector('input:checked')!.closest('label')!;
    const other = quiz.shadowRoot!.querySelector('input:not(:checked)')!.closest('label')!;
    expect(getComputedStyle(selected).borderTopWidth).to.equal('3px');
    expect(getComputedStyle(other).borderTopWidth).to.equal('1px');
    // Keyboard focus (so :focus-visible applies) draws a real outline around the answer.
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const focused = quiz.shadowRoot!.activeElement!.closest('label')!;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused).outlineWidth).to.equal('3px');
    await expectNoSeriousViolations(quiz);
  });

  withMediaEmulation('reduced motion turns transitions off', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const option = $(quiz, '[part~="option"]');
    expect(getComputedStyle(option).transitionDuration).to.equal('0s');
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect(getComputedStyle(option).transitionDuration).to.not.equal('0s');
  });
});

describe('config inside a provider', () => {
  it('warns that a child element config is ignored and the provider one counts', async () => {
    let quiz!: CareChoiceQuiz;
    const warnings = await warningsDuring(async () => {
      const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz></care-choice>`);
      quiz = root.querySelector('care-choice-quiz')!;
      quiz.config = { questions: [{ id: 'for-whom', text: 'Ignored?' }] };
      await settle(quiz);
    });
    expect(warnings.join('\n')).to.contain('the config on <care-choice-quiz> is ignored inside <care-choice>');
    expect(questionText(quiz)).to.equal('Who needs care?');
  });
});
