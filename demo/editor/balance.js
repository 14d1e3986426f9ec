// The random-path panel: answers picked at random as the quiz shows them, a few thousand times,
// and what the results say about the content. The thresholds are the project's own engine tests'
// (test/engine/balance.test.ts): each profession at least 20% of results, "both" at most 30%; a
// tie never reads as strong; every result has a next step.
import { evaluate, RECOMMENDATIONS, visibleQuestions } from '../../src/engine/index.ts';

/** A small seeded random number generator (mulberry32), so a run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One family's answers, picked as the quiz shows the questions (one to three boxes ticked). */
function randomAnswers(config, next) {
  const answers = {};
  for (let guard = 0; guard < 100; guard++) {
    const question = visibleQuestions(config, answers).find((q) => !(q.id in answers));
    if (!question) break;
    const options = question.options.map((o) => o.id);
    if (!question.multiple) answers[question.id] = [options[Math.floor(next() * options.length)]];
    else {
      const count = Math.min(options.length, 1 + Math.floor(next() * 3));
      const picked = new Set();
      while (picked.size < count) picked.add(options[Math.floor(next() * options.length)]);
      answers[question.id] = [...picked];
    }
  }
  return answers;
}

const percent = (share) => `${Math.round(share * 1000) / 10}%`;

/** Runs `runs` random paths through `config`: shares, ties, pulls and warnings in words. */
export function balance(config, { runs = 3000, seed = 1 } = {}) {
  const next = random(seed);
  const counts = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0]));
  let ties = 0;
  let strongTies = 0;
  const noStep = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0]));
  // Per option: how often it was picked, and how often the result was each profession.
  const picks = new Map();
  for (let i = 0; i < runs; i++) {
    const answers = randomAnswers(config, next);
    const result = evaluate(config, answers);
    counts[result.recommendation]++;
    const tie = result.scores.caseManager === result.scores.careManager && result.scores.caseManager > 0;
    if (tie) ties++;
    if (tie && result.strength === 'strong') strongTies++;
    if (!result.nextSteps.length) noStep[result.recommendation]++;
    for (const [questionId, ids] of Object.entries(answers)) {
      for (const optionId of ids) {
        const key = `${questionId}/${optionId}`;
        const entry = picks.get(key) ?? { questionId, optionId, n: 0, case: 0, care: 0 };
        entry.n++;
        if (result.recommendation === 'case-manager') entry.case++;
        if (result.recommendation === 'care-manager') entry.care++;
        picks.set(key, entry);
      }
    }
  }
  const shares = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, counts[r] / runs]));
  const overall = shares['case-manager'] - shares['care-manager'];
  // How strongly each option pulls: the lean of the results when it is picked, against the lean overall.
  const pulls = [...picks.values()].map((e) => ({
    questionId: e.questionId,
    optionId: e.optionId,
    pull: (e.case - e.care) / e.n - overall,
  }));
  const names = { 'case-manager': config.professions.caseManager.name, 'care-manager': config.professions.careManager.name };
  const warnings = [];
  for (const key of ['case-manager', 'care-manager']) {
    if (shares[key] === 0) warnings.push(`${names[key]} is never the likely fit: no answers lead there.`);
    else if (shares[key] < 0.2)
      warnings.push(`${names[key]} is the likely fit in only ${percent(shares[key])} of answers (aim for at least 20%).`);
  }
  if (shares.both > 0.3) warnings.push(`"Both" is the result in ${percent(shares.both)} of answers (aim for at most 30%).`);
  if (strongTies) warnings.push(`${strongTies} of ${runs} answer sets end in a tie that reads as strong.`);
  for (const key of RECOMMENDATIONS) {
    if (noStep[key])
      warnings.push(
        `${noStep[key]} of ${runs} answer sets end on "${config.results[key].title}" with no next step: ${config.nextSteps[key].length ? 'the conditions of its next steps leave them without one' : 'the result has no next step left'}.`,
      );
  }
  return { runs, shares, ties: ties / runs, strongTies, pulls, warnings };
}
