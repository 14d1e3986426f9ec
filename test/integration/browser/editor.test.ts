import { expect } from '@open-wc/testing';
import { defaultConfigs, evaluate, type Answers } from '../../../src/engine/index.js';
import '../../../src/lang/es.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { viewport } from '../../support/helpers.js';
import { closePages, openAddress, openPage, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The content editor (demo/playground.html), driven as an agency would: edit texts, a weight and a
// Spanish text; watch the preview and the balance check; copy the embed code into a fresh page.

type Win = Window & typeof globalThis;
type Quiz = HTMLElement & { updateComplete: Promise<unknown>; effectiveConfig: typeof en };
const en = defaultConfigs.en!;
const es = defaultConfigs.es!;

async function editor({ keep = false, width = 1280, height = 900 } = {}): Promise<Win> {
  if (!keep) localStorage.removeItem('care-choice-editor');
  const win = await openAddress('/demo/playground.html', { width, height });
  await until(win, () => win.document.getElementById('preview-quiz')?.shadowRoot?.querySelector('#question-heading'), 'the preview');
  return win;
}

/** The editor's field for a config path, in a language. */
function field(win: Win, path: string, lang = 'en') {
  const input = win.document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-lang="${lang}"][data-path="${path}"]`);
  if (!input) throw new Error(`no ${lang} field for ${path}`);
  return input;
}

/** Types into a field as a person does: focus, new value, an input event. */
function type(win: Win, path: string, value: string, lang = 'en') {
  const input = field(win, path, lang);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const quizOf = (win: Win) => win.document.getElementById('preview-quiz') as Quiz;
const heading = (win: Win) => quizOf(win).shadowRoot!.querySelector('#question-heading')?.textContent?.trim();
const code = (win: Win) => (win.document.getElementById('snippet') as HTMLTextAreaElement).value;

/** The balance table once the worker has answered for the latest content. */
async function balanceShares(win: Win) {
  const section = win.document.getElementById('balance')!;
  await until(win, () => section.dataset.ready, 'the balance check', 600);
  return [...section.querySelectorAll('#balance-shares tr')].map((row) => row.textContent!.trim()).join('|');
}

describe('content editor', function () {
  // Each test loads the whole editor page, and the 10,000-deep import is parsed three times: slow
  // on a loaded machine, above all in WebKit and Firefox.
  this.timeout(30000);
  before(() => viewport(1300, 950));
  afterEach(() => {
    closePages();
    localStorage.removeItem('care-choice-editor');
  });

  it('an agency edits a question, a weight and a Spanish text; the preview, balance and embed code follow; a visitor sees the edits', async function () {
    this.timeout(60000);
    const win = await editor();
    const before = await balanceShares(win);
    type(win, 'questions[0].text', 'Who is the care for?');
    await until(win, () => heading(win) === 'Who is the care for?', 'the preview to show the new text');
    // A weight: the first answer of the "works for" question leans hard to case management.
    const works = en.questions.findIndex((q) => q.id === 'works-for');
    type(win, `questions[${works}].options[0].weights.caseManager`, '9');
    type(win, 'questions[0].text', 'Quién necesita los cuidados (editado)?', 'es');
    const after = await balanceShares(win);
    expect(after).not.to.equal(before);
    // The Spanish preview shows the Spanish edit.
    const lang = win.document.querySelector<HTMLSelectElement>('[name="lang"]')!;
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    await until(win, () => heading(win) === 'Quién necesita los cuidados (editado)?', 'the Spanish preview');
    // The embed code carries the edits as JSON children, and its fallback shows them too.
    const copied = code(win);
    expect(copied).to.contain('<script type="application/json">');
    expect(copied).to.contain('<script type="application/json" lang="es">');
    expect(copied).to.contain('<legend>Quién necesita los cuidados (editado)?</legend>');
    // A fresh page with the pasted code (the CDN addresses pointed at the local build).
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    expect(local).not.to.contain('https://');
    const page = await openPage(`<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body>${local}</body></html>`);
    const [visitorQuiz] = (await widgetsReady(page)) as Quiz[];
    await until(
      page,
      () => visitorQuiz!.shadowRoot!.querySelector('#question-heading')?.textContent?.trim() === 'Quién necesita los cuidados (editado)?',
      'the visitor to see the Spanish edit',
    );
    expect(visitorQuiz!.effectiveConfig.questions[works]!.options[0]!.weights.caseManager).to.equal(9);
    // And in English.
    lang.value = 'en';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    const english = code(win).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    const enPage = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${english}</body></html>`);
    const [enQuiz] = (await widgetsReady(enPage)) as Quiz[];
    await until(
      enPage,
      () => enQuiz!.shadowRoot!.querySelector('#question-heading')?.textContent?.trim() === 'Who is the care for?',
      'the visitor to see the English edit',
    );
    const result = await new QuizHarness(enQuiz!).completeWith(parentAtHome);
    expect(result?.heading).to.equal(en.results['care-manager'].title);
  });

  it('a weight edit that makes a profession unreachable shows the warning in words', async function () {
    this.timeout(60000);
    const win = await editor();
    await balanceShares(win);
    expect(win.document.getElementById('balance-warnings')!.children.length).to.equal(0);
    en.questions.forEach((question, qi) =>
      question.options.forEach((_, oi) => type(win, `questions[${qi}].options[${oi}].weights.caseManager`, '0')),
    );
    await balanceShares(win);
    const warnings = win.document.getElementById('balance-warnings')!.textContent!;
    expect(warnings).to.contain(`${en.professions.caseManager.name} is never the likely fit`);
    expect(win.document.getElementById('balance-status')!.textContent).to.match(/warning/);
  });

  it('validates live: each message at its field, the preview keeps the last valid content', async () => {
    const win = await editor();
    type(win, 'questions[0].text', '   ');
    const input = field(win, 'questions[0].text');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const message = win.document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('This cannot be empty.');
    expect(win.document.getElementById('editor-status')!.textContent).to.contain('1 problem');
    expect(heading(win)).to.equal(en.questions[0]!.text);
    type(win, 'questions[1].options[0].weights.careManager', '500');
    expect(field(win, 'questions[1].options[0].weights.careManager').getAttribute('aria-invalid')).to.equal('true');
    type(win, 'questions[0].text', 'Fixed');
    type(win, 'questions[1].options[0].weights.careManager', '2');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(win.document.getElementById('editor-status')!.textContent).to.equal('');
  });

  it('adds answers and questions (ids from their labels, kept when the label changes) and removes the added ones', async function () {
    this.timeout(30000);
    const win = await editor();
    const doc = win.document;
    const box = doc.querySelector<HTMLDetailsElement>('details[data-question="for-whom"]')!;
    const adder = box.querySelector('.adder')!;
    (adder.querySelector('input') as HTMLInputElement).value = 'A neighbour or friend';
    (adder.querySelector('button') as HTMLButtonElement).click();
    const n = en.questions[0]!.options.length;
    // The new answer needs a reason: the message is at its field, which has the focus.
    const reason = field(win, `questions[0].options[${n}].reason`);
    expect(doc.activeElement).to.equal(reason);
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('editor-announce')!.textContent).to.contain('"A neighbour or friend" added');
    type(win, `questions[0].options[${n}].reason`, 'A friend can be the one who needs care.');
    type(win, `questions[0].options[${n}].label`, 'A friend or neighbour');
    const quiz = quizOf(win);
    await until(win, () => quiz.effectiveConfig.questions[0]!.options.length === n + 1, 'the new answer in the preview');
    expect(quiz.effectiveConfig.questions[0]!.options[n]).to.include({ id: 'a-neighbour-or-friend', label: 'A friend or neighbour' });
    expect(code(win)).to.contain('"id": "a-neighbour-or-friend"');
    // A new question at the end, with its two answers.
    const last = [...doc.querySelectorAll('#content-fields > .adder')].pop()!;
    const inputs = [...last.querySelectorAll('input')] as HTMLInputElement[];
    ['Does the person live alone?', 'Yes', 'No'].forEach((value, i) => (inputs[i]!.value = value));
    (last.querySelector('button') as HTMLButtonElement).click();
    const qi = en.questions.length;
    type(win, `questions[${qi}].options[0].reason`, 'Living alone can mean more help at home.');
    type(win, `questions[${qi}].options[1].reason`, 'Someone at home can share the care.');
    await until(win, () => quiz.effectiveConfig.questions.length === qi + 1, 'the new question in the preview');
    expect(quiz.effectiveConfig.questions[qi]).to.deep.include({ id: 'does-the-person-live-alone' });
    expect(quiz.effectiveConfig.questions[qi]!.options.map((o) => o.id)).to.deep.equal(['yes', 'no']);
    // Removing what was added.
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-question"][data-question="${qi}"]`)!.click();
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-option"][data-question="0"][data-option="${n}"]`)!.click();
    await until(
      win,
      () => quiz.effectiveConfig.questions.length === qi && quiz.effectiveConfig.questions[0]!.options.length === n,
      'the removals',
    );
    expect(code(win)).not.to.contain('application/json');
  });

  it('removes a built-in question and reorders two answers from the keyboard; a visitor sees both', async function () {
    this.timeout(60000);
    const win = await editor();
    const doc = win.document;
    const announced = () => doc.getElementById('editor-announce')!.textContent!;
    // Answer 2 of the first question moves up: the focus stays on it, and it is said.
    const [first, second] = en.questions[0]!.options;
    const up = doc.querySelector<HTMLButtonElement>('button[data-action="move-option"][data-question="0"][data-option="1"][data-by="-1"]')!;
    expect(up.getAttribute('aria-label')).to.equal(`Move up: answer "${second!.label}"`);
    up.focus();
    up.click();
    // At the top it cannot go up again, so the focus is on its Move down.
    const moved = doc.activeElement as HTMLButtonElement;
    expect(moved.dataset).to.deep.include({ action: 'move-option', question: '0', option: '0', by: '1' });
    expect(moved.getAttribute('aria-label')).to.equal(`Move down: answer "${second!.label}"`);
    expect(announced()).to.equal(`Answer "${second!.label}" moved up: now answer 1 of ${en.questions[0]!.options.length}.`);
    // A built-in question goes; the focus goes to the question that took its place.
    const qi = en.questions.findIndex((q) => q.id === 'works-for');
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-question"][data-question="${qi}"]`)!.click();
    expect(announced()).to.equal(`Question "${en.questions[qi]!.text}" removed.`);
    expect(doc.activeElement).to.equal(doc.querySelector(`details[data-question="${en.questions[qi + 1]!.id}"] > summary`));
    const quiz = quizOf(win);
    await until(win, () => quiz.effectiveConfig.questions.length === en.questions.length - 1, 'the removal in the preview');
    expect(quiz.effectiveConfig.questions[0]!.options.slice(0, 2).map((o) => o.id)).to.deep.equal([second!.id, first!.id]);
    // The embed code removes it with the marker and lists the answers in their new order.
    const copied = code(win);
    expect(copied).to.contain('"remove": true');
    expect(copied).not.to.contain(en.questions[qi]!.text);
    await balanceShares(win);
    // A visitor's page with the pasted code.
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    const page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${local}</body></html>`);
    const [visitorQuiz] = (await widgetsReady(page)) as Quiz[];
    const shown = () => visitorQuiz!.shadowRoot!.textContent ?? '';
    await until(page, () => shown().includes(second!.label), 'the first question');
    expect(shown().indexOf(second!.label)).to.be.lessThan(shown().indexOf(first!.label));
    expect(visitorQuiz!.effectiveConfig.questions.map((q) => q.id)).not.to.include('works-for');
    // Through the whole quiz without an answer for the removed question: it is never asked.
    const answers = Object.fromEntries(Object.entries(parentAtHome).filter(([id]) => id !== 'works-for'));
    const result = await new QuizHarness(visitorQuiz!).completeWith(answers);
    expect(result?.heading).to.be.a('string');
  });

  it("adds the agency's own next step with a link, moves it up, removes a built-in one; a visitor's result shows that", async function () {
    this.timeout(60000);
    const win = await editor();
    const doc = win.document;
    const announced = () => doc.getElementById('editor-announce')!.textContent!;
    const outcome = evaluate(en, parentAtHome);
    const key = outcome.recommendation;
    const builtIn = en.nextSteps[key];
    // The agency's step, typed into the adder of the result the visitor will get.
    const add = doc.querySelector<HTMLButtonElement>(`button[data-action="add-step"][data-result="${key}"]`)!;
    const adder = add.closest('.adder')!;
    const text = 'Call Sunrise Care for a free first talk';
    // A bad link is refused at the adder, with the reason.
    add.closest('details')!.open = true;
    adder.querySelector<HTMLInputElement>('[data-add="text"]')!.value = text;
    adder.querySelector<HTMLInputElement>('[data-add="href"]')!.value = 'javascript:alert(1)';
    add.click();
    expect(announced()).to.match(/^Not added: "javascript:" links are not allowed/);
    expect(doc.activeElement).to.equal(adder.querySelector('[data-add="href"]'));
    expect(doc.querySelectorAll(`[data-lang="en"][data-path^="nextSteps.${key}["][data-path$="].text"]`)).to.have.length(builtIn.length);
    adder.querySelector<HTMLInputElement>('[data-add="text"]')!.value = text;
    adder.querySelector<HTMLInputElement>('[data-add="href"]')!.value = 'tel:+15550100';
    add.click();
    expect(announced()).to.contain(`Next step added to result "${key}"`);
    expect(doc.activeElement).to.equal(field(win, `nextSteps.${key}[${builtIn.length}].text`));
    expect(field(win, `nextSteps.${key}[${builtIn.length}].href`).value).to.equal('tel:+15550100');
    // Up one place: the focus stays on it (its Move up button), and it is said.
    const up = doc.querySelector<HTMLButtonElement>(
      `button[data-action="move-step"][data-result="${key}"][data-step="${builtIn.length}"][data-by="-1"]`,
    )!;
    expect(up.getAttribute('aria-label')).to.equal(`Move up: next step ${builtIn.length + 1} of result "${key}"`);
    up.click();
    expect(announced()).to.equal(`Next step moved up: now next step ${builtIn.length} of ${builtIn.length + 1} in result "${key}".`);
    expect((doc.activeElement as HTMLElement).dataset).to.deep.include({ action: 'move-step', step: String(builtIn.length - 1) });
    // A built-in step this visitor would see goes; the focus goes to the step that took its place.
    const gone = outcome.nextSteps[0]!;
    const at = builtIn.findIndex((step) => step.id === gone.id);
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-step"][data-result="${key}"][data-step="${at}"]`)!.click();
    expect(announced()).to.match(new RegExp(`^Next step ${at + 1} \\(".+"\\) removed from result "${key}"\\.$`));
    expect(doc.activeElement).to.equal(field(win, `nextSteps.${key}[${at}].text`));
    expect(doc.querySelector('.field-error:not(:empty)'), 'no problem in the edited content').to.equal(null);
    // The embed code: the new step, the marker for the removed one, every id for the new order.
    await until(win, () => code(win).includes(text), 'the new step in the embed code');
    const copied = code(win);
    expect(copied).to.contain('"remove": true');
    expect(copied).to.contain('tel:+15550100');
    // A visitor's page with the pasted code, through the quiz to the result.
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    const page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${local}</body></html>`);
    const [visitorQuiz] = (await widgetsReady(page)) as Quiz[];
    const result = (await new QuizHarness(visitorQuiz!).completeWith(parentAtHome))!;
    const steps = [...result.element.shadowRoot!.querySelectorAll('[part~="next-steps"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const ours = steps.findIndex((step) => step.includes(text));
    expect(ours, steps.join(' | ')).to.be.greaterThan(-1);
    expect(
      steps.some((step) => step.includes(gone.text)),
      'the removed step',
    ).to.equal(false);
    expect(result.element.shadowRoot!.querySelector<HTMLAnchorElement>(`[part~="next-steps"] a[href="tel:+15550100"]`)).to.exist;
    // Moved up one: before the last built-in step the visitor sees, if that one comes after it.
    const last = outcome.nextSteps.at(-1)!;
    if (builtIn.at(-1)!.id === last.id && last.id !== gone.id)
      expect(ours, steps.join(' | ')).to.be.lessThan(steps.findIndex((step) => step.includes(last.text)));
  });

  it('a link reaches the preview and the code when its field is left valid; in every language; after a reload too', async function () {
    this.timeout(60000);
    // A built-in step with a link the Spanish content shares.
    const key = (Object.keys(en.nextSteps) as (keyof typeof en.nextSteps)[]).find((k) =>
      en.nextSteps[k].some((step, i) => step.href && es.nextSteps[k][i]?.href === step.href),
    )!;
    const si = en.nextSteps[key].findIndex((step, i) => step.href && es.nextSteps[key][i]?.href === step.href);
    const old = en.nextSteps[key][si]!.href!;
    const path = `nextSteps.${key}[${si}].href`;
    let win = await editor();
    const leave = () => field(win, path).dispatchEvent(new Event('change', { bubbles: true }));
    // Typed key by key: "w", "ww", "www" are valid relative links, but none is what the author means.
    for (const typed of ['w', 'ww', 'www', 'www.', 'www.example.com']) type(win, path, typed);
    expect(code(win), 'a half-typed link in the code').not.to.match(/"href": "w/);
    leave();
    expect(field(win, path).getAttribute('aria-invalid')).to.equal('true');
    const message = win.document.getElementById(field(win, path).getAttribute('aria-describedby')!)!.textContent!;
    expect(message).to.equal('"www.example.com" looks like a web address without its scheme; write https://www.example.com.');
    expect(code(win), 'an invalid link in the code').not.to.contain('www.example.com');
    // One problem, at its field: not a second one for the Spanish copy of the link.
    expect(win.document.getElementById('editor-status')!.textContent).to.match(/^1 problem to fix \(marked at the fields\)/);
    // A valid link, once the field is left: in the code, for every language (no Spanish copy of the old one).
    type(win, path, 'tel:+15550199');
    leave();
    await until(win, () => code(win).includes('tel:+15550199'), 'the new link in the code');
    expect(code(win), 'the old link, kept for another language').not.to.contain(old);
    // Broken again and left so; after a reload the preview and the code still have the valid link.
    type(win, path, 'javascript:alert(1)');
    leave();
    closePages();
    win = await editor({ keep: true });
    expect(field(win, path).value, 'the work is kept as it was').to.equal('javascript:alert(1)');
    expect(field(win, path).getAttribute('aria-invalid')).to.equal('true');
    expect(code(win)).to.contain('tel:+15550199');
    expect(code(win)).not.to.contain('javascript:');
    await until(win, () => quizOf(win).effectiveConfig, 'the preview');
    expect(quizOf(win).effectiveConfig.nextSteps[key][si]!.href, "the preview's link").to.equal('tel:+15550199');
  });

  it("edits a profession's texts, a list of its limits and a source; the visitor's result card shows them", async function () {
    this.timeout(60000);
    const win = await editor();
    const doc = win.document;
    // A list field: one item per line.
    const limits = field(win, 'professions.careManager.limits');
    expect(limits.value).to.equal(en.professions.careManager.limits.join('\n'));
    type(
      win,
      'professions.careManager.limits',
      ['Harbor limit: not covered by most insurance.', ...en.professions.careManager.limits.slice(1)].join('\n'),
    );
    type(win, 'sources[0].title', 'Harbor Care guide to care managers');
    // Live validation at the field: a bad link on a source, a blank line item is no item.
    type(win, 'sources[0].href', 'javascript:alert(1)');
    expect(field(win, 'sources[0].href').getAttribute('aria-invalid')).to.equal('true');
    type(win, 'sources[0].href', en.sources[0]!.href!);
    expect(field(win, 'sources[0].href').hasAttribute('aria-invalid')).to.equal(false);
    // Every interface string has its field too, and each text is in the Languages tab beside its Spanish.
    expect(field(win, 'strings.quiz.next').value).to.equal(en.strings['quiz.next']);
    expect(field(win, 'professions.careManager.limits[0]', 'es').value).to.equal(es.professions.careManager.limits[0]);
    expect(doc.querySelector('[data-flag-for="es|professions.careManager.limits[0]"]')!.textContent).to.contain('English changed');
    const copied = code(win);
    expect(copied).to.contain('Harbor limit: not covered by most insurance.');
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    const page = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${local}</body></html>`);
    const [visitorQuiz] = (await widgetsReady(page)) as Quiz[];
    const result = await new QuizHarness(visitorQuiz!).completeWith(parentAtHome);
    expect(result?.heading).to.equal(en.results['care-manager'].title);
    const card = visitorQuiz!.shadowRoot!.querySelector('care-choice-result')!.shadowRoot!.textContent!;
    expect(card).to.contain('Harbor limit: not covered by most insurance.');
    expect(card).to.contain('Harbor Care guide to care managers');
  });

  it('removing what a condition names takes the condition along, says so, and the widget accepts the result', async function () {
    this.timeout(60000);
    const win = await editor();
    const doc = win.document;
    const announced = () => doc.getElementById('editor-announce')!.textContent!;
    // "In the hospital" is named by next steps and by the "both" rule.
    const where = en.questions.findIndex((q) => q.options.some((o) => o.id === 'in-hospital'));
    const oi = en.questions[where]!.options.findIndex((o) => o.id === 'in-hospital');
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-option"][data-question="${where}"][data-option="${oi}"]`)!.click();
    // Its conditions also name "Leaving the hospital": they lose this answer and keep that one.
    expect(announced()).to.match(/removed from question \d+\. Also: it is taken out of \d+ conditions naming it with other answers\.$/);
    // The "both" rule needs all its conditions: without the "duration" question it can never hold, so it goes.
    const qi = en.questions.findIndex((q) => q.id === 'duration');
    doc.querySelector<HTMLButtonElement>(`button[data-action="remove-question"][data-question="${qi}"]`)!.click();
    expect(announced()).to.match(
      /^Question ".+" removed\. Also: .*removed the rule that makes the result "both" for certain answers together/,
    );
    expect(doc.getElementById('editor-problems')!.textContent!.trim()).to.equal('');
    const copied = code(win);
    expect(copied).to.contain('"bothWhen": []');
    // The widget takes the exported code: no config warning, neither removed item shown.
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/care-choice@[^/]+\/dist\//g, '/dist/');
    const recorder = `<script>window.__warnings = []; const warn = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); warn.apply(console, a); };</script>`;
    const page = (await openPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${recorder}</head><body>${local}</body></html>`,
    )) as PageWindow;
    const [visitorQuiz] = (await widgetsReady(page)) as Quiz[];
    const warnings = page.__warnings;
    const config = visitorQuiz!.effectiveConfig;
    expect(config.questions.map((q) => q.id)).not.to.include('duration');
    expect(config.questions[where]!.options.map((o) => o.id)).not.to.include('in-hospital');
    expect(config.scoring.bothWhen).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('config cannot be used'))).to.deep.equal([]);
  });

  it("edits a question's condition: the answers that show it, in the preview and the code", async () => {
    const win = await editor();
    const qi = en.questions.findIndex((q) => q.showIf);
    const rule = en.questions[qi]!.showIf!;
    const source = en.questions.find((q) => q.id === rule.question)!;
    const extra = source.options.find((o) => !rule.anyOf.includes(o.id))!;
    const set = win.document.querySelector(`[data-condition="questions[${qi}].showIf"]`)!;
    // The built-in condition can change but not go.
    expect((set.querySelector('option[value=""]') as HTMLOptionElement).disabled).to.equal(true);
    const box = set.querySelector<HTMLInputElement>(`[data-role="answer"][value="${extra.id}"]`)!;
    box.click();
    const quiz = quizOf(win);
    await until(win, () => quiz.effectiveConfig.questions[qi]!.showIf!.anyOf.includes(extra.id), 'the new condition in the preview');
    expect(code(win)).to.contain(`"${extra.id}"`);
    // The focus stays on the box just ticked.
    expect(win.document.activeElement).to.equal(
      win.document.querySelector(`[data-condition="questions[${qi}].showIf"] [data-role="answer"][value="${extra.id}"]`),
    );
  });

  it('jumps the preview to the result for the answers the author picks', async () => {
    const win = await editor();
    const firsts: Answers = Object.fromEntries(en.questions.map((q) => [q.id, [q.options[0]!.id]]));
    const title = (answers: Answers) => en.results[evaluate(en, answers).recommendation].title;
    // An answer that changes the result from the one the first answers give.
    let pick: [string, string] | undefined;
    for (const q of en.questions)
      for (const o of q.options) if (!pick && title({ ...firsts, [q.id]: [o.id] }) !== title(firsts)) pick = [q.id, o.id];
    const [questionId, optionId] = pick!;
    const select = win.document.querySelector<HTMLSelectElement>(`#answer-fields select[name="${questionId}"]`)!;
    select.value = optionId;
    (win.document.getElementById('show-result') as HTMLButtonElement).click();
    const quiz = quizOf(win);
    const heading = () =>
      quiz.shadowRoot!.querySelector('care-choice-result')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
    await until(win, () => heading() === title({ ...firsts, [questionId]: [optionId] }), 'the result for the picked answers');
    // Again, with the first answers: from the result, back to the start and through.
    select.value = firsts[questionId]![0]!;
    (win.document.getElementById('show-result') as HTMLButtonElement).click();
    await until(win, () => heading() === title(firsts), 'the result for the first answers');
  });

  it('refuses a hostile import with path-named messages and renders none of it as HTML', async () => {
    const win = await editor();
    const paste = (text: string) => {
      (win.document.getElementById('import-text') as HTMLTextAreaElement).value = text;
      (win.document.getElementById('import') as HTMLButtonElement).click();
      return [...win.document.querySelectorAll('#import-errors li')].map((li) => li.textContent);
    };
    const hostile = {
      questions: [{ id: en.questions[0]!.id, text: '<img src=x onerror="parent.__pwned = 1">Who?' }],
      nextSteps: { unsure: [{ id: 'evil', text: 'Click', href: 'javascript:parent.__pwned = 2' }] },
    };
    // Every problem in one go: the markup, the link and a bad remove marker.
    const errors = paste(JSON.stringify({ ...hostile, questions: [...hostile.questions, { id: 'who', remove: 'yes' }] }));
    expect(errors.join(' ')).to.contain('questions[0].text: contains HTML markup');
    expect(errors.some((text) => /nextSteps\.unsure\[\d+\]\.href/.test(text!))).to.equal(true);
    expect(errors.join(' ')).to.contain('questions[1].remove: must be true');
    expect(win.document.getElementById('import-status')!.textContent).to.contain('Not imported');
    const links = paste(JSON.stringify({ nextSteps: hostile.nextSteps }));
    expect(links.some((text) => /nextSteps\.unsure\[\d+\]\.href/.test(text!))).to.equal(true);
    expect(paste('['.repeat(10_000) + ']'.repeat(10_000)).join(' ')).to.contain('nested more than');
    // Nothing changed, nothing ran, no element came from the texts.
    expect(heading(win)).to.equal(en.questions[0]!.text);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(win.document.querySelector('#editor img, #import-export img')).to.equal(null);
    expect(code(win)).not.to.contain('javascript:');
  });

  it('keeps the work across a reload, and starts again from the default content on request', async () => {
    let win = await editor();
    type(win, 'questions[0].text', 'Kept text');
    closePages();
    win = await editor({ keep: true });
    expect(field(win, 'questions[0].text').value).to.equal('Kept text');
    expect(heading(win)).to.equal('Kept text');
    (win.document.getElementById('start-again') as HTMLButtonElement).click();
    const confirm = win.document.getElementById('start-again-confirm') as HTMLButtonElement;
    expect(win.document.activeElement).to.equal(confirm);
    confirm.click();
    expect(field(win, 'questions[0].text').value).to.equal(en.questions[0]!.text);
    await until(win, () => heading(win) === en.questions[0]!.text, 'the default text in the preview');
    expect(win.document.getElementById('start-again-status')!.textContent).to.contain('default content');
    expect(code(win)).not.to.contain('application/json');
  });

  it('shows each Spanish text beside its English one, flags stale ones, and exports the texts as CSV', async () => {
    const win = await editor();
    expect(field(win, 'questions[0].text', 'es').value).to.equal(es.questions[0]!.text);
    type(win, 'questions[0].text', 'A new English question?');
    const flag = win.document.querySelector('[data-flag-for="es|questions[0].text"]')!;
    expect(flag.textContent).to.contain('English changed');
    type(win, 'questions[0].text', '', 'es');
    expect(flag.textContent).to.contain('Missing');
    let csv = '';
    const original = win.URL.createObjectURL;
    win.URL.createObjectURL = (blob: Blob) => {
      void blob.text().then((text) => (csv = text));
      return original.call(win.URL, blob);
    };
    (win.document.getElementById('csv-export') as HTMLButtonElement).click();
    await until(win, () => csv, 'the CSV');
    expect(csv.split('\r\n')[0]).to.equal('path,en,es');
    expect(csv).to.contain('questions[0].text,A new English question?,\r\n');
    // The translator fills the Spanish column and the file comes back.
    const translated = csv.replace(
      'questions[0].text,A new English question?,\r\n',
      'questions[0].text,A new English question?,"¿Una pregunta nueva, traducida?"\r\n',
    );
    const input = win.document.getElementById('csv-import') as HTMLInputElement;
    const files = new win.DataTransfer();
    files.items.add(new win.File([translated + 'not-a-path,x,y\r\n'], 'texts.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const status = win.document.getElementById('csv-status')!;
    await until(win, () => status.textContent, 'the CSV import');
    expect(status.textContent).to.contain('1 text updated');
    expect(status.textContent).to.contain('not-a-path');
    expect(field(win, 'questions[0].text', 'es').value).to.equal('¿Una pregunta nueva, traducida?');
    expect(win.document.querySelector('[data-flag-for="es|questions[0].text"]')!.textContent).to.equal('');
  });

  it('keeps every field of the editor inside its column at 1280x900, clear of the preview', async () => {
    const win = await editor();
    win.document.querySelectorAll('#editor details').forEach((details) => details.setAttribute('open', ''));
    const side = win.document.querySelector('.side')!.getBoundingClientRect();
    const preview = win.document.getElementById('preview')!.getBoundingClientRect();
    expect(side.right).to.be.at.most(preview.left);
    const over = [...win.document.querySelectorAll('.side *')]
      .filter((node) => node.getBoundingClientRect().right > side.right + 1)
      .map((node) => `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className}`);
    expect(over.slice(0, 5)).to.deep.equal([]);
  });

  it('on a phone, the answers to jump with fit the screen', async () => {
    const win = await editor({ width: 390, height: 844 });
    win.document.getElementById('preview-answers')!.setAttribute('open', '');
    const width = win.document.documentElement.clientWidth;
    const over = [...win.document.querySelectorAll('#preview-answers *')]
      .filter((node) => node.getBoundingClientRect().right > width + 1)
      .map((node) => `${node.tagName.toLowerCase()}[name=${node.getAttribute('name')}]`);
    expect(over.slice(0, 5)).to.deep.equal([]);
  });

  it('is usable with the keyboard and has no serious axe violation', async function () {
    this.timeout(30000);
    const win = await editor();
    const script = win.document.createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    win.document.head.append(script);
    await loaded;
    // Open every section, as a reviewer going through the whole editor would.
    win.document.querySelectorAll('#editor details').forEach((details) => details.setAttribute('open', ''));
    await balanceShares(win);
    const axe = (win as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(win.document.querySelector('.side')!, { resultTypes: ['violations'] });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    // Every field has a label, and a question's section opens from the keyboard.
    const unlabelled = [...win.document.querySelectorAll<HTMLInputElement>('#editor input, #editor textarea')].filter(
      (input) => !input.labels?.length,
    );
    expect(unlabelled.map((input) => input.id)).to.deep.equal([]);
    expect(win.document.querySelector('#editor summary')!.tagName).to.equal('SUMMARY');
  });
});
