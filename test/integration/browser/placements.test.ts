import { expect } from '@open-wc/testing';
import { closePages, openPage, pageWith, PLACEMENTS, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The README's own snippets, pasted into a page with the script in every placement sites use.
// Read from README.md at run time, so the test follows the documentation.

type Widget = HTMLElement & {
  effectiveConfig: { questions: { id: string; text: string }[]; results: Record<string, { title: string }>; table: { caption: string } };
};

/** The README's HTML snippets that have a widget, without their script tags (the placement adds them). */
async function readmeSnippets(): Promise<{ html: string; spanish: boolean }[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((block) => /<care-/.test(block))
    .map((block) => ({
      html: block.replace(/<script src="[^"]*care-choice[^"]*"[^>]*><\/script>\n?/g, '').trim(),
      spanish: block.includes('care-choice.es.js'),
    }));
}

/** The Spanish pack, for the snippets that load it; its place does not matter (tested in languages.test.ts). */
const SPANISH = '<script src="/dist/care-choice.es.js"></script>';

/** The JSON child of each widget that has one was applied: its texts are in the effective config. */
function expectJsonChildrenApplied(win: PageWindow) {
  for (const el of win.document.querySelectorAll<Widget>('care-choice, care-choice-quiz, care-compare-table')) {
    const child = el.querySelector(':scope > script[type="application/json"]:not([lang])');
    if (!child) continue;
    const override = JSON.parse(child.textContent!);
    for (const question of override.questions ?? []) {
      if (question.text)
        expect(el.effectiveConfig.questions.find((q) => q.id === question.id)?.text, `${el.localName} question ${question.id}`).to.equal(
          question.text,
        );
    }
    for (const [key, texts] of Object.entries<{ title?: string }>(override.results ?? {})) {
      if (texts.title) expect(el.effectiveConfig.results[key]!.title).to.equal(texts.title);
    }
    if (override.table?.caption) expect(el.effectiveConfig.table.caption).to.equal(override.table.caption);
  }
}

describe('README snippets in every placement (built script)', () => {
  afterEach(closePages);

  it('the README has the snippets this test expects', async () => {
    const snippets = await readmeSnippets();
    expect(snippets.length).to.be.at.least(4);
    expect(
      snippets.some((s) => /<script type="application\/json">/.test(s.html)),
      'a config snippet',
    ).to.equal(true);
    expect(
      snippets.some((s) => s.spanish),
      'a Spanish snippet',
    ).to.equal(true);
  });

  for (const placement of PLACEMENTS) {
    it(`${placement}: every snippet renders, applies its config child, and logs nothing`, async () => {
      for (const { html: snippet, spanish } of await readmeSnippets()) {
        const win = await openPage(pageWith(snippet, placement, { head: spanish ? SPANISH : '' }));
        await widgetsReady(win);
        expectJsonChildrenApplied(win);
        expect(win.__errors, `${placement}: ${snippet}`).to.deep.equal([]);
        expect(win.__warnings, `${placement}: ${snippet}`).to.deep.equal([]);
        closePages();
      }
    });
  }
});

describe('config children wherever the script is (built script)', () => {
  afterEach(closePages);

  const provider = `<care-choice>
    <script type="application/json">{ "questions": [{ "id": "for-whom", "text": "Who is the care for?" }] }</script>
    <care-choice-quiz no-result></care-choice-quiz>
  </care-choice>`;
  const table = `<care-compare-table>
    <script type="application/json">{ "table": { "caption": "Which helper is which?" } }</script>
  </care-compare-table>`;

  for (const placement of PLACEMENTS) {
    it(`${placement}: a provider's and a table's JSON child are read`, async () => {
      const win = await openPage(pageWith(`${provider}\n${table}`, placement));
      await widgetsReady(win);
      const quiz = win.document.querySelector('care-choice-quiz')!;
      const caption = () => win.document.querySelector('care-compare-table')!.shadowRoot!.querySelector('caption')!.textContent;
      // A child parsed after the element upgraded is read when it arrives, then rendered (which
      // can wait for a render slot): wait for it, as a reader would see it appear.
      await until(win, () => caption() === 'Which helper is which?', 'the table caption from its JSON child');
      await until(
        win,
        () => quiz.shadowRoot!.querySelector('#question-heading')!.textContent === 'Who is the care for?',
        'the question from the provider config',
      );
      expect(win.__warnings).to.deep.equal([]);
    });
  }

  it('head: a bad JSON child is reported with its position, and the quiz works on the defaults', async () => {
    const win = await openPage(
      pageWith(
        '<care-choice-quiz debug><script type="application/json">{ "questions": [\n  { "id": "for-whom" ]\n}</script></care-choice-quiz>',
        'head',
      ),
    );
    const [quiz] = await widgetsReady(win);
    expect(win.__warnings.join('\n')).to.match(/config: is not valid JSON: .*(line 2|position 35)/);
    expect(quiz!.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('is not valid JSON');
    expect(quiz!.shadowRoot!.querySelector('#question-heading')!.textContent).to.equal('Who needs care?');
  });

  it('head: a child replaced after load is read again', async () => {
    const win = await openPage(
      pageWith(
        '<care-choice-quiz><script type="application/json">{ "questions": [{ "id": "for-whom", "text": "First?" }] }</script></care-choice-quiz>',
        'head',
      ),
    );
    const [quiz] = await widgetsReady(win);
    const heading = () => quiz!.shadowRoot!.querySelector('#question-heading')!.textContent;
    expect(heading()).to.equal('First?');
    quiz!.querySelector('script')!.textContent = '{ "questions": [{ "id": "for-whom", "text": "Second?" }] }';
    await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(heading()).to.equal('Second?');
  });
});
