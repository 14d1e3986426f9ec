import { describe, expect, it } from 'vitest';
import { gradeLevel } from '../fixtures/readability.js';
import { defaultConfigs } from '../../src/engine/index.js';

describe('plain language', () => {
  const en = defaultConfigs.en!;
  const asSentence = (t: string) => (/[.?!]$/.test(t) ? t : `${t}.`);

  it('the questions and answers read at about grade 6 or below', () => {
    const text = en.questions
      .flatMap((q) => [q.text, ...q.options.map((o) => o.label)])
      .map(asSentence)
      .join(' ');
    const grade = gradeLevel(text);
    console.log(`questions and answers: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(6);
  });

  it('the reasons and the descriptions of both jobs read at about grade 8 or below', () => {
    const parts = [
      ...en.questions.flatMap((q) => q.options.map((o) => o.reason)),
      ...Object.values(en.professions).flatMap((p) => [
        p.summary,
        p.employer,
        p.where,
        p.focus,
        p.overTime,
        p.whoPays ?? '',
        p.betterFit,
        ...p.duties,
        ...p.limits,
      ]),
    ];
    const grade = gradeLevel(parts.map(asSentence).join(' '));
    console.log(`reasons and descriptions: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });

  it('the results and the next steps read at about grade 8 or below', () => {
    const parts = [
      ...Object.values(en.results).flatMap((r) => [r.title, r.summary]),
      ...Object.values(en.nextSteps)
        .flat()
        .map((s) => s.text),
    ];
    const grade = gradeLevel(parts.map(asSentence).join(' '));
    console.log(`results and next steps: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
  });

  it('each job summary, who pays and the values sentence read at grade 8 or below on their own (#21.7)', () => {
    const texts = [
      ...Object.values(en.professions).flatMap((p) => [p.summary, p.whoPays ?? '', ...p.limits]),
      en.strings['result.values']!.replace('{answer}', 'Help inside the hospital, right now')
        .replace('{values}', 'case manager')
        .replace('{result}', 'care manager'),
    ];
    const grades = texts.map((text) => [text.slice(0, 40), gradeLevel(text)] as const);
    console.log(grades.map(([text, grade]) => `${grade.toFixed(1)} ${text}`).join('\n'));
    expect(grades.filter(([, grade]) => grade > 8)).toEqual([]);
  });
});
