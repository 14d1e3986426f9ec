import { CareChoice } from './elements/care-choice/care-choice.js';
import { CareChoiceQuiz } from './elements/care-choice-quiz/care-choice-quiz.js';
import { CareChoiceResult } from './elements/care-choice-result/care-choice-result.js';
import { CareCompareTable } from './elements/care-compare-table/care-compare-table.js';

// Literal, guarded calls: a second copy of the script is harmless, and the manifest analyzer can
// read the tag names. The provider goes first so consumers upgrading inside it find it.
if (!customElements.get('care-choice')) customElements.define('care-choice', CareChoice);
if (!customElements.get('care-choice-quiz')) customElements.define('care-choice-quiz', CareChoiceQuiz);
if (!customElements.get('care-choice-result')) customElements.define('care-choice-result', CareChoiceResult);
if (!customElements.get('care-compare-table')) customElements.define('care-compare-table', CareCompareTable);
