import { expect } from '@open-wc/testing';
import { closePages, openPage, pageWith, PLACEMENTS, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The HTML snippets of the README and of every docs page (docs/pages.json), pasted into a page with
// the script in every placement sites use. Read from the Markdown at run time, so the test follows
// the documentation.

type Widget = HTMLElement & {
  effectiveConfig: { questions: { id: string; text: string }[]; results: Record<string, { title: string }>; table: { caption: string } };
};

type Snippet = { file: string; html: string; spanish: boolean };

/** The Markdown files whose code blocks are tested: the README and every page of the docs site. */
async function documentationFiles(): Promise<string[]> {
  const pages: { file: string }[] = await (await fetch('/docs/pages.json')).json();
  return ['README.md', ...pages.map((p) => p.file)];
}

/**
 * The HTML snippets that have a widget, without their script tags (the placement adds them; a CDN
 * one with its integrity value too).
 */
async function documentedSnippets(): Promise<Snippet[]> {
  const snippets: Snippet[] = [];
  for (const file of await documentationFiles()) {
    const markdown = await (await fetch(`/${file}`)).text();
    for (const m of markdown.matchAll(/^```html\n([\s\S]*?)^```$/gm)) {
      const block = m[1]!;
      if (!/<care-/.test(block)) continue;
      snippets.push({
        file,
        html: block.replace(/<script src="[^"]*care-choice[^"]*"[^>]*><\/script>\n?/g, '').trim(),
        spanish: block.includes('care-choice.es.js'),
      });
    }
  }
  return snippets;
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

describe('the snippets of the README and the docs pages in every placement (built script)', () => {
  afterEach(closePages);

  it('the README and the docs pages have the snippets this test expects', async () => {
    const snippets = await documentedSnippets();
    expect(snippets.length).to.be.at.least(12);
    for (const file of ['README.md', 'docs/agency.md', 'docs/blogger.md', 'docs/developer.md']) {
      expect(
        snippets.some((s) => s.file === file),
        `a snippet in ${file}`,
      ).to.equal(true);
    }
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
      for (const { file, html: snippet, spanish } of await documentedSnippets()) {
        const win = await openPage(pageWith(snippet, placement, { head: spanish ? SPANISH : '' }));
        await widgetsReady(win);
        expectJsonChildrenApplied(win);
        expect(win.__errors, `${placement}, ${file}: ${snippet}`).to.deep.equal([]);
        expect(win.__warnings, `${placement}, ${file}: ${snippet}`).to.deep.equal([]);
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
