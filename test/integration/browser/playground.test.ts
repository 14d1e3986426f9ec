import { expect } from '@open-wc/testing';
import { contrast, viewport } from '../../support/helpers.js';
import { closePages, until } from '../../support/pages.js';

// The demo's theme playground, where agencies build their embed code, used as an agency would.

async function playground(): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/playground.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await until(win, () => win.document.getElementById('preview-quiz')?.shadowRoot?.querySelector('[part~="base"]'), 'the preview');
  return win;
}

function set(win: Window, name: string, value: string) {
  const field = win.document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const rgb = (value: string) => value.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

describe('theme playground', () => {
  before(() => viewport(1300, 900));
  afterEach(closePages);

  it('Dark gives a dark preview with readable text, and the code sets only what the agency changed', async () => {
    const win = await playground();
    set(win, 'theme', 'dark');
    const quiz = win.document.getElementById('preview-quiz')!;
    await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const base = win.getComputedStyle(quiz.shadowRoot!.querySelector('[part~="base"]')!);
    const heading = win.getComputedStyle(quiz.shadowRoot!.querySelector('#question-heading')!);
    expect(rgb(base.backgroundColor)).to.deep.equal([22, 27, 26]);
    expect(contrast(rgb(heading.color), rgb(base.backgroundColor))).to.be.at.least(4.5);
    const code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).to.contain('theme="dark"');
    expect(code).not.to.contain('--care-choice-surface');
    // The colour fields show the dark scheme's colours, and a colour chosen now is a dark one.
    expect((win.document.querySelector('[name="surface"]') as HTMLInputElement).value).to.equal('#161b1a');
    set(win, 'accent', '#7fb3d5');
    const dark = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(dark).to.contain('--care-choice-dark-accent: #7fb3d5;');
    expect(dark).not.to.contain('--care-choice-accent:');
  });

  it('says on the page when the call-to-action link will not be shown, and leaves defaults out of the code', async () => {
    const win = await playground();
    const warning = win.document.getElementById('link-warning')!;
    set(win, 'cta-href', 'www.harbor.example/contact');
    expect(warning.textContent).to.contain('write https://www.harbor.example/contact');
    set(win, 'cta-href', 'tel:+15555550100');
    expect(warning.textContent).to.equal('');
    const code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).not.to.match(/ lang="|theme="light"/);
    expect(code).to.contain('put its address here');
  });

  it('warns when a colour pair is hard to read', async () => {
    const win = await playground();
    const warning = win.document.getElementById('contrast-warning')!;
    expect(warning.textContent!.trim()).to.equal('');
    set(win, 'accent', '#ffee00');
    await until(win, () => /contrast/i.test(warning.textContent!), 'the warning');
    expect(warning.textContent).to.match(/4\.5/);
    set(win, 'accent', '#0b4f6c');
    await until(win, () => warning.textContent!.trim() === '', 'the warning to clear');
  });

  it('keeps the preview in view while the form scrolls, and can show the result screen', async () => {
    const win = await playground();
    expect(win.getComputedStyle(win.document.getElementById('preview')!).position).to.equal('sticky');
    (win.document.getElementById('show-result') as HTMLButtonElement).click();
    const quiz = win.document.getElementById('preview-quiz')!;
    await until(
      win,
      () => quiz.shadowRoot!.querySelector('care-choice-result')?.shadowRoot?.querySelector('[part~="heading"]'),
      'the result screen',
    );
  });

  it('writes embed code that carries the fallback content, with the call to action, in the chosen language', async () => {
    const win = await playground();
    set(win, 'cta-href', 'tel:+15555550199');
    set(win, 'cta-label', 'Call Harbor');
    let code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    const { quizFallback } = await import('../../../src/fallback/fallback-html.js');
    const { defaultConfigs } = await import('../../../src/engine/index.js');
    expect(code).to.contain(quizFallback(defaultConfigs.en!, { ctaHref: 'tel:+15555550199', ctaLabel: 'Call Harbor' }));
    expect(code).to.contain('<a href="tel:+15555550199">Call Harbor</a>');
    set(win, 'lang', 'es');
    code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).to.contain('care-choice.es.js');
    expect(code).to.contain('¿Quién necesita los cuidados?');
  });

  it('has a styled copy button', async () => {
    const win = await playground();
    const copy = win.getComputedStyle(win.document.getElementById('copy')!);
    expect(parseFloat(copy.minHeight)).to.be.at.least(44);
    expect(rgb(copy.backgroundColor)).not.to.deep.equal([239, 239, 239]);
    expect(parseFloat(copy.borderTopLeftRadius)).to.be.greaterThan(0);
  });
});
