import { expect } from '@open-wc/testing';

// This file imports nothing from src/: it checks the built drop-in script as a site would use it.

/** An iframe page; resolves once it has loaded (scripts included). */
async function page(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const error = console.error;
      console.error = (...a) => { __errors.push(a.join(' ')); error(...a); };
    </script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const errors = (win: Window) => (win as unknown as { __errors: string[] }).__errors;

async function frames(win: Window, count = 3) {
  for (let i = 0; i < count; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

describe('dist/care-choice.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads twice without error and defines the four elements once', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script><script src="/dist/care-choice.js"></script><care-choice-quiz></care-choice-quiz>');
    expect(errors(win)).to.deep.equal([]);
    for (const tag of ['care-choice', 'care-choice-quiz', 'care-choice-result', 'care-compare-table']) {
      expect(win.customElements.get(tag), tag).to.exist;
    }
    expect(win.document.querySelector('care-choice-quiz')!.shadowRoot).to.exist;
  });

  it('pasted into an empty page, the quiz completes by clicking with no error and no other request', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script><care-choice-quiz></care-choice-quiz>');
    const quiz = win.document.querySelector('care-choice-quiz')!;
    await frames(win);
    for (let step = 0; step < 10 && !quiz.shadowRoot!.querySelector('care-choice-result'); step++) {
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await frames(win, 1);
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
      await frames(win, 1);
    }
    const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await frames(win);
    expect(result.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.match(/likely fit|Not sure|Both/);
    expect(errors(win)).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal(['/dist/care-choice.js']);
  });

  it('elements parsed before the script upgrade into their provider (define order)', async () => {
    const win = await page(`<care-choice>
        <care-choice-quiz no-result></care-choice-quiz>
        <care-choice-result></care-choice-result>
      </care-choice>
      <script src="/dist/care-choice.js"></script>`);
    await frames(win);
    const quiz = win.document.querySelector('care-choice-quiz')!;
    const result = win.document.querySelector('care-choice-result')!;
    expect(result.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await frames(win);
    expect(result.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    expect(result.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
  });

  it('a provider added to the page later still shares one store', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script>');
    win.document.body.insertAdjacentHTML(
      'beforeend',
      '<care-choice><care-compare-table></care-compare-table><care-choice-quiz no-result></care-choice-quiz></care-choice>',
    );
    await frames(win);
    const root = win.document.querySelector('care-choice') as HTMLElement & { store: { restore(a: object, f: boolean): void } };
    root.store.restore({ 'for-whom': ['older-relative'], situation: ['at-home'], 'works-for': ['family'] }, false);
    await frames(win);
    const table = win.document.querySelector('care-compare-table')!;
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')!.textContent).to.contain('Care manager');
  });
});
