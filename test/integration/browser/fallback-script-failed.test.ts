import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { closePages, widgetsReady } from '../../support/pages.js';

// #25.1: the quiz's fallback (dist/snippets, as the WordPress plugin and the playground's embed
// code print it) says that JavaScript is off only when it really is (<noscript>); when the script
// fails to load (a placeholder address, a 404) the visitor still reads that the quiz could not
// load, and the agency's call to action.

const CTA = '<p><a href="tel:+15555550123">Call us: 555-0123</a></p>';

async function page(script: string, { scripts = true } = {}) {
  const quiz = (await (await fetch('/dist/snippets/care-choice-quiz.en.html')).text()).replace('<!--care-choice-cta-->', CTA);
  const frame = document.createElement('iframe');
  frame.style.width = '390px';
  frame.style.height = '900px';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>
    <care-choice-quiz cta-href="tel:+15555550123">${quiz}</care-choice-quiz></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

const en = defaultConfigs.en!;
/** The text a person sees in the quiz's fallback: innerText leaves out what is not rendered. */
const seen = (win: Window) => (win.document.querySelector('care-choice-quiz') as HTMLElement).innerText.replace(/\s+/g, ' ');

describe('quiz fallback when the script does not run (built snippet)', () => {
  afterEach(closePages);

  it('the script address is wrong (404): "could not load" and the call to action show, not "JavaScript is off"', async () => {
    const win = await page('<script src="/no-such-place/care-choice.js"></script>');
    expect(win.customElements.get('care-choice-quiz'), 'the script never ran').to.equal(undefined);
    const text = seen(win);
    expect(text).to.contain(en.strings['quiz.not-loaded']);
    expect(text).to.not.contain(en.strings['quiz.no-script']);
    expect(text).to.not.match(/JavaScript/);
    const cta = win.document.querySelector<HTMLAnchorElement>('care-choice-quiz a[href="tel:+15555550123"]')!;
    expect(cta.getBoundingClientRect().height, 'the call to action is shown').to.be.above(0);
  });

  it('JavaScript off: the line says why', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script>', { scripts: false });
    const text = seen(win);
    expect(text).to.contain(`${en.strings['quiz.not-loaded']} ${en.strings['quiz.no-script']}`);
    expect(text).to.contain('Call us: 555-0123');
  });

  it('the script loads: the fallback, its line and its <noscript> give way to the quiz', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script>');
    await widgetsReady(win);
    const quiz = win.document.querySelector('care-choice-quiz')!;
    expect(quiz.shadowRoot!.querySelector('[part~="question"]'), 'the quiz rendered').to.exist;
    const line = [...quiz.querySelectorAll('p')].find((p) => p.textContent!.includes(en.strings['quiz.not-loaded']!))!;
    expect(line.getBoundingClientRect().height, 'the fallback line is not shown').to.equal(0);
  });
});
