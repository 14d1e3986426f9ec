import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/lang/es.js';
import type { CareChoiceQuiz } from '../../../src/index.js';
import { QuizHarness } from '../../support/harness.js';
import '../../support/helpers.js';

describe('the language of an element', () => {
  it('is resolved once, not looked up again for each text it renders', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><care-choice-quiz></care-choice-quiz></div>`);
    const quiz = wrapper.querySelector<CareChoiceQuiz>('care-choice-quiz')!;
    await quiz.updateComplete;
    const original = Element.prototype.getAttribute;
    let langLookups = 0;
    Element.prototype.getAttribute = function (this: Element, name: string) {
      if (name === 'lang') langLookups++;
      return original.call(this, name);
    };
    try {
      // A re-render with every text of the first step.
      quiz.requestUpdate();
      await quiz.updateComplete;
      await new QuizHarness(quiz).next();
    } finally {
      Element.prototype.getAttribute = original;
    }
    expect(langLookups).to.equal(0);
    expect(quiz.shadowRoot!.textContent).to.contain('Siguiente');
  });

  it('follows a change of lang on a wrapper, on the element itself, and after a move', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div lang="es" id="a"><care-choice-quiz></care-choice-quiz></div><div lang="en" id="b"></div></div>`,
    );
    const quiz = page.querySelector<CareChoiceQuiz>('care-choice-quiz')!;
    const buttons = () => [...quiz.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    await quiz.updateComplete;
    expect(buttons()).to.include('Siguiente');

    page.querySelector('#a')!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await quiz.updateComplete;
    expect(buttons()).to.include('Next');

    quiz.lang = 'es';
    await quiz.updateComplete;
    expect(buttons()).to.include('Siguiente');

    quiz.removeAttribute('lang');
    await quiz.updateComplete;
    page.querySelector('#b')!.setAttribute('lang', 'es');
    page.querySelector('#b')!.append(quiz);
    await quiz.updateComplete;
    expect(buttons()).to.include('Siguiente');
  });
});
