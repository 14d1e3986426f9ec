import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { closePages, frames, openPage, pageWith, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// Hostile and mistaken input in every attribute and in config, against the built script, the way
// an agency's page or a visitor's link would hand it over.

const en = defaultConfigs.en!;
const SPANISH = '<script src="/dist/care-choice.es.js"></script>';
const careWarnings = (win: PageWindow) => win.__warnings.filter((w) => w.startsWith('care-choice'));

async function page(snippet: string, options: { head?: string; lang?: string } = {}) {
  const win = await openPage(pageWith(snippet, 'head', options));
  const widgets = await widgetsReady(win);
  return { win, widgets };
}

/** A link's protocol as the browser will follow it. */
const protocols = (root: ParentNode) => [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.protocol);

describe('links: only http(s), mailto and tel, judged on the URL the browser uses', () => {
  afterEach(closePages);

  const allowed = ['http:', 'https:', 'mailto:', 'tel:'];

  // As agencies would type them into HTML: character references decode before we see the value,
  // and the URL parser then drops tabs, newlines and leading control characters.
  const hostile = [
    'java&#9;script:alert(document.domain)',
    'java&#10;script:alert(document.domain)',
    'java&#13;script:alert(document.domain)',
    '&#1;javascript:alert(document.domain)',
    '&#31; javascript:alert(document.domain)',
    'JaVaScRiPt:alert(document.domain)',
    'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
    'vbscript:msgbox(1)',
  ];

  for (const href of hostile) {
    it(`cta-href and source-href="${href}" render no link, and say why`, async () => {
      const { win } = await page(`<care-choice-quiz cta-href="${href}" agency-name="A"></care-choice-quiz>
        <care-compare-table source-href="${href}"></care-compare-table>`);
      const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
      const result = await quiz.completeWith(parentAtHome);
      expect(result!.cta === null, 'no call to action').to.equal(true);
      expect(protocols(result!.element.shadowRoot!).filter((p) => !allowed.includes(p))).to.deep.equal([]);
      const table = win.document.querySelector('care-compare-table')!;
      expect(protocols(table.shadowRoot!).filter((p) => !allowed.includes(p))).to.deep.equal([]);
      // The article's own address from the config, not the refused source-href.
      expect(table.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="source"] a')!.href).to.equal(en.sources[0]!.href);
      expect(careWarnings(win).filter((w) => /cta-href/.test(w))).to.have.length(1);
      expect(careWarnings(win).filter((w) => /source-href/.test(w))).to.have.length(1);
    });
  }

  it('a NUL reference (which HTML reads as U+FFFD) is only a harmless relative address', async () => {
    const { win } = await page('<care-choice-quiz cta-href=" &#0;javascript:alert(document.domain)" agency-name="A"></care-choice-quiz>');
    const result = await new QuizHarness(win.document.querySelector('care-choice-quiz')!).completeWith(parentAtHome);
    expect(protocols(result!.element.shadowRoot!).filter((p) => !allowed.includes(p))).to.deep.equal([]);
    expect(result!.cta!.protocol).to.equal(new URL(win.document.baseURI).protocol);
  });

  it('a blank agency-name is no agency: no "Provided by ." and the missing-disclosure warning', async () => {
    const { win } = await page('<care-choice-quiz cta-href="tel:+15555550123" agency-name="   "></care-choice-quiz>');
    const result = await new QuizHarness(win.document.querySelector('care-choice-quiz')!).completeWith(parentAtHome);
    expect(result!.element.shadowRoot!.textContent).not.to.match(/Provided by\s*\./);
    expect(careWarnings(win).some((w) => w.includes('without agency-name'))).to.equal(true);
  });

  it('the cta event carries the address the browser will open', async () => {
    const { win } = await page('<care-choice-quiz cta-href="  /contact?from=quiz " agency-name="A"></care-choice-quiz>');
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    const result = await quiz.completeWith(parentAtHome);
    const details: { href: string }[] = [];
    win.addEventListener('care-choice-cta', (e) => details.push((e as CustomEvent).detail));
    result!.cta!.addEventListener('click', (e) => e.preventDefault());
    result!.cta!.click();
    expect(details).to.deep.equal([{ recommendation: 'care-manager', href: new URL('/contact?from=quiz', win.document.baseURI).href }]);
  });
});

describe('call-to-action mistakes are named with the fix', () => {
  afterEach(closePages);

  for (const [href, fix] of [
    ['help@agency.example', 'write mailto:help@agency.example'],
    ['www.agency.com/contact', 'write https://www.agency.com/contact'],
    ['555-0123', 'write tel:5550123'],
    ['javascript:void(0)', 'use https:, http:, mailto: or tel:'],
  ]) {
    it(`cta-href="${href}": one console warning with the fix, and with debug in the widget`, async () => {
      const { win } = await page(`<care-choice-quiz debug cta-href="${href}" agency-name="A"></care-choice-quiz>`);
      const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
      expect(quiz.element.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(fix!);
      const result = await quiz.completeWith(parentAtHome);
      expect(result!.cta).to.equal(null);
      expect(result!.text('notice')).to.contain(fix!);
      expect(careWarnings(win).filter((w) => w.includes(fix!))).to.have.length(1);
    });
  }
});

describe('input that used to blank the widget keeps the defaults, with one warning', () => {
  afterEach(closePages);

  const cases: [string, string, RegExp][] = [
    ['lang="constructor"', '<care-choice-quiz lang="constructor"></care-choice-quiz>', /no texts for lang "constructor"/],
    ['lang="__proto__"', '<care-choice-quiz lang="__proto__"></care-choice-quiz>', /no texts for lang "__proto__"/],
    [
      'highlight="toString"',
      '<care-compare-table highlight="toString"></care-compare-table><care-choice-quiz></care-choice-quiz>',
      /highlight="toString" is not one of/,
    ],
    [
      'highlight="unsure"',
      '<care-compare-table highlight="unsure"></care-compare-table><care-choice-quiz></care-choice-quiz>',
      /highlight="unsure" is not one of case-manager, care-manager, both, none/,
    ],
    ['theme="purple"', '<care-choice-quiz theme="purple"></care-choice-quiz>', /theme="purple" is not one of light, dark, auto/],
    [
      'an empty JSON child',
      '<care-choice-quiz><script type="application/json"> </script><script type="application/json">{"questions": {}}</script></care-choice-quiz>',
      /questions: must be an array/,
    ],
    [
      'a typo in a config key',
      '<care-choice-quiz><script type="application/json">{"question": []}</script></care-choice-quiz>',
      /question: is not something the widget uses; did you mean "questions"\?/,
    ],
    [
      'weights of 1e308',
      '<care-choice-quiz><script type="application/json">{"questions":[{"id":"situation","options":[{"id":"at-home","weights":{"caseManager":1e308,"careManager":1e308}}]}]}</script></care-choice-quiz>',
      /weights\.caseManager: must be between 0 and 100/,
    ],
    [
      'an unknown question id named like a prototype member',
      '<care-choice-quiz><script type="application/json">{"questions":[{"id":"valueOf","text":"x"}]}</script></care-choice-quiz>',
      /unknown question id "valueOf"/,
    ],
    [
      'a JSON syntax error',
      '<care-choice-quiz><script type="application/json">{"questions": [ }</script></care-choice-quiz>',
      /config: is not valid JSON: .*(position|line)/,
    ],
  ];
  for (const [name, snippet, warning] of cases) {
    it(`${name}: the quiz works on the defaults, with one warning`, async () => {
      const { win } = await page(snippet);
      const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
      expect(quiz.questionId).to.equal('for-whom');
      expect(quiz.heading).to.equal(en.questions[0]!.text);
      expect(careWarnings(win), careWarnings(win).join('\n')).to.have.length(1);
      expect(careWarnings(win)[0]).to.match(warning);
      expect((await quiz.completeWith(parentAtHome))!.heading).to.equal(en.results['care-manager'].title);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a 10,000-deep JSON child: defaults, one warning, no RangeError', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const { win } = await page(`<care-choice-quiz><script type="application/json">{"questions": ${deep}}</script></care-choice-quiz>`);
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    expect(quiz.questionId).to.equal('for-whom');
    expect(careWarnings(win)).to.have.length(1);
    expect(careWarnings(win)[0]).to.match(/nested more than 32 levels/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('question ids valueOf, constructor and toString work as ordinary questions', async () => {
    const question = (id: string) => ({
      id,
      text: `Question ${id}?`,
      options: [
        { id: 'yes', label: 'Yes', weights: { caseManager: 0, careManager: 1 }, reason: 'Because.' },
        { id: 'no', label: 'No', weights: { caseManager: 0, careManager: 0 }, reason: 'Because.' },
      ],
    });
    const config = JSON.stringify({ questions: ['valueOf', 'constructor', 'toString'].map(question) });
    const { win } = await page(`<care-choice-quiz><script type="application/json">${config}</script></care-choice-quiz>`);
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    const result = await quiz.completeWith({ ...parentAtHome, valueOf: ['yes'], constructor: ['no'], toString: ['yes'] });
    expect(result!.heading).to.equal(en.results['care-manager'].title);
    expect(careWarnings(win)).to.deep.equal([]);
  });

  it('a {constructor} placeholder is shown as written', async () => {
    const { win } = await page(
      '<care-choice-quiz><script type="application/json">{"strings":{"quiz.progress":"Step {step} {constructor} of {total}"}}</script></care-choice-quiz>',
    );
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    expect(quiz.progress).to.equal('Step 1 {constructor} of 7');
  });

  it('a config property with a cycle, a BigInt or a throwing getter: one warning each, and later updates still apply', async () => {
    const { win } = await page('<care-choice-quiz></care-choice-quiz>');
    const element = win.document.querySelector('care-choice-quiz') as HTMLElement & { config: unknown; updateComplete: Promise<unknown> };
    const quiz = new QuizHarness(element);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const hostile = [
      cyclic,
      { scoring: { minTotal: BigInt(1) } },
      Object.defineProperty({}, 'questions', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    ];
    for (const value of hostile) {
      expect(() => (element.config = value)).not.to.throw();
      await quiz.settle();
      expect(quiz.heading).to.equal(en.questions[0]!.text);
    }
    expect(careWarnings(win)).to.have.length(3);
    expect(careWarnings(win).join('\n'))
      .to.match(/cycle/)
      .and.match(/bigint/)
      .and.match(/boom/);
    element.config = { questions: [{ id: 'for-whom', text: 'Still listening?' }] };
    await quiz.settle();
    expect(quiz.heading).to.equal('Still listening?');
  });
});

describe('language', () => {
  afterEach(closePages);

  it('content shown in English under lang="fr" is marked lang="en", so screen readers use the right voice', async () => {
    const { win } = await page('<care-choice-quiz lang="fr"></care-choice-quiz><care-compare-table lang="fr"></care-compare-table>');
    const quiz = win.document.querySelector('care-choice-quiz')!;
    const table = win.document.querySelector('care-compare-table')!;
    expect(quiz.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(table.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('follows a change of lang on a wrapper element', async () => {
    const { win } = await page('<div id="wrap" lang="en"><care-choice-quiz></care-choice-quiz></div>', { head: SPANISH });
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    win.document.getElementById('wrap')!.lang = 'es';
    await until(win, () => quiz.buttons.includes('Siguiente'), 'Spanish');
    expect(quiz.element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('one JSON child per language: the agency text follows the language', async () => {
    const { win } = await page(
      `<care-choice-quiz lang="es">
      <script type="application/json">{ "questions": [{ "id": "for-whom", "text": "Who is the care for?" }] }</script>
      <script type="application/json" lang="es">{ "questions": [{ "id": "for-whom", "text": "¿Para quién son los cuidados?" }] }</script>
    </care-choice-quiz>`,
      { head: SPANISH },
    );
    const element = win.document.querySelector('care-choice-quiz')!;
    const quiz = new QuizHarness(element);
    expect(quiz.heading).to.equal('¿Para quién son los cuidados?');
    element.setAttribute('lang', 'en');
    await quiz.settle();
    expect(quiz.heading).to.equal('Who is the care for?');
    expect(careWarnings(win)).to.deep.equal([]);
  });
});

describe('Trusted Types and hostile globals', () => {
  afterEach(closePages);

  it('a page whose CSP refuses the lit-html policy gets one clear console error naming the fix', async () => {
    const win = await openPage(
      pageWith('<care-choice-quiz></care-choice-quiz>', 'head', {
        head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types other-policy">`,
      }),
    );
    // Waits for the error itself (a busy machine can take more than a few frames to render).
    await until(win, () => win.__errors.some((e) => e.includes('care-choice')), 'the console error');
    await frames(win, 2);
    const ours = win.__errors.filter((e) => e.includes('care-choice'));
    expect(ours, win.__errors.join('\n')).to.have.length(1);
    expect(ours[0]).to.contain('trusted-types lit-html');
    expect(win.__errors.filter((e) => !e.includes('care-choice'))).to.deep.equal([]);
  });

  it('hostile globals (litHtmlVersions = {}) do not stop the script from defining the elements', async () => {
    const win = await openPage(
      pageWith('<care-choice-quiz></care-choice-quiz>', 'head', {
        head: '<script>window.litHtmlVersions = {}; window.reactiveElementVersions = "x"; window.litElementVersions = 1; window.litHtmlPolyfillSupport = "nope"; window.reactiveElementPolyfillSupport = 42;</script>',
      }),
    );
    await widgetsReady(win);
    expect(win.customElements.get('care-choice-quiz')).to.exist;
    const quiz = new ResultHarness(
      (await new QuizHarness(win.document.querySelector('care-choice-quiz')!).completeWith(parentAtHome))!.element,
    );
    expect(quiz.heading).to.equal(en.results['care-manager'].title);
    expect(win.__errors).to.deep.equal([]);
  });
});
