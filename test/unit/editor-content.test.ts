import { describe, expect, it } from 'vitest';
import '../../src/lang/es.js';
import { defaultConfigs, mergeConfig } from '../../src/engine/index.js';
// @ts-expect-error: the editor's modules are plain JavaScript.
import { clone, diff, getAt, idFrom, setAt } from '../../demo/editor/config-diff.js';
// @ts-expect-error: the editor's modules are plain JavaScript.
import { balance } from '../../demo/editor/balance.js';
// @ts-expect-error: the editor's modules are plain JavaScript.
import { readImport } from '../../demo/editor/import.js';

// The content editor's logic, without the page: the override it exports, the balance check's
// warnings, and what an import refuses.

const en = defaultConfigs.en!;

describe('editor export', () => {
  it('exports only what changed, and merging it back gives the edited content', () => {
    expect(diff(en, clone(en))).toBeUndefined();
    const edited = clone(en);
    setAt(edited, 'questions[0].text', 'Who is the care for?');
    setAt(edited, 'questions[3].options[1].weights.careManager', 7);
    setAt(edited, 'strings.quiz.intro.title', 'Which helper fits?');
    const override = diff(en, edited);
    expect(override.questions).toEqual([
      { id: en.questions[0]!.id, text: 'Who is the care for?' },
      { id: en.questions[3]!.id, options: [{ id: en.questions[3]!.options[1]!.id, weights: { careManager: 7 } }] },
    ]);
    expect(override.strings).toEqual({ 'quiz.intro.title': 'Which helper fits?' });
    expect(mergeConfig(en, override)).toEqual(edited);
    expect(getAt(edited, 'strings.quiz.intro.title')).toBe('Which helper fits?');
  });
});

describe('editor ids and added items', () => {
  it('makes ids from labels, unique among the taken ones', () => {
    expect(idFrom('Who pays for it?', [])).toBe('who-pays-for-it');
    expect(idFrom('¿Quién paga?', [])).toBe('quien-paga');
    expect(idFrom('Yes', ['yes', 'yes-2'])).toBe('yes-3');
    expect(idFrom('???', [])).toBe('item');
  });

  it('exports an added question whole, after the changed ones, and it merges back in place', () => {
    const edited = clone(en);
    const added = { id: 'lives-alone', text: 'Does the person live alone?', options: [] };
    edited.questions.push(added);
    setAt(edited, 'questions[0].text', 'Changed');
    const override = diff(en, edited);
    expect(override.questions).toEqual([{ id: en.questions[0]!.id, text: 'Changed' }, added]);
    expect(mergeConfig(en, override)).toEqual(edited);
  });
});

describe('editor removals and reorders', () => {
  it('exports a removed question and option as markers, and they merge back', () => {
    const edited = clone(en);
    const gone = edited.questions.splice(5, 1)[0];
    const option = edited.questions[0].options.splice(2, 1)[0];
    const override = diff(en, edited);
    expect(override.questions).toEqual([
      { id: en.questions[0]!.id, options: [{ id: option.id, remove: true }] },
      { id: gone.id, remove: true },
    ]);
    expect(mergeConfig(en, override)).toEqual(edited);
  });

  it('exports a reorder as the whole list of ids, changes and new items in place', () => {
    const edited = clone(en);
    const options = edited.questions[1].options;
    [options[0], options[1]] = [options[1], options[0]];
    options[0].label = 'Leaving the hospital soon';
    const added = { id: 'care-home', label: 'In a care home', weights: { caseManager: 1, careManager: 1 }, reason: 'Either can help.' };
    options.splice(1, 0, added);
    const override = diff(en, edited);
    expect(override.questions[0].options.map((o: { id: string }) => o.id)).toEqual(options.map((o: { id: string }) => o.id));
    expect(override.questions[0].options[0]).toEqual({ id: options[0].id, label: 'Leaving the hospital soon' });
    expect(override.questions[0].options[1]).toEqual(added);
    expect(mergeConfig(en, override)).toEqual(edited);
  });
});

describe('editor balance check', () => {
  it('the default content passes at the project thresholds', () => {
    const report = balance(en, { runs: 3000 });
    expect(report.warnings).toEqual([]);
    expect(report.shares['case-manager']).toBeGreaterThanOrEqual(0.2);
    expect(report.shares['care-manager']).toBeGreaterThanOrEqual(0.2);
    expect(report.shares.both).toBeLessThanOrEqual(0.3);
  });

  it('says in words when weights make a profession unreachable, and when a step rule leaves a result without a step', () => {
    const edited = clone(en);
    for (const question of edited.questions) for (const option of question.options) option.weights.caseManager = 0;
    const report = balance(edited, { runs: 1000 });
    expect(report.shares['case-manager']).toBe(0);
    expect(report.warnings.join(' ')).toContain(`${en.professions.caseManager.name} is never the likely fit`);
    const steps = clone(en);
    const question = steps.questions[0];
    steps.nextSteps['care-manager'] = [
      { id: 'only-some', text: 'Call us.', showIf: { question: question.id, anyOf: [question.options[0].id] } },
    ];
    expect(balance(steps, { runs: 1000 }).warnings.join(' ')).toMatch(/with no next step/);
  });
});

describe('editor import', () => {
  it('takes a partial override onto the defaults', () => {
    const { config, errors } = readImport(JSON.stringify({ questions: [{ id: en.questions[0]!.id, text: 'Who needs help?' }] }), en);
    expect(errors).toBeUndefined();
    expect(config.questions[0].text).toBe('Who needs help?');
  });

  it('refuses scripts in texts, javascript: links and absurd nesting, with path-named messages', () => {
    const script = readImport(JSON.stringify({ questions: [{ id: en.questions[0]!.id, text: '<script>alert(1)</script>' }] }), en);
    expect(script.errors[0]).toEqual({ path: 'questions[0].text', message: expect.stringContaining('HTML') });
    const link = readImport(JSON.stringify({ nextSteps: { unsure: [{ id: 'x', text: 'Go', href: 'javascript:alert(1)' }] } }), en);
    expect(link.errors.map((e: { path: string }) => e.path)).toContain('nextSteps.unsure[' + en.nextSteps.unsure.length + '].href');
    const deep = readImport('['.repeat(10_000) + ']'.repeat(10_000), en);
    expect(deep.errors[0].message).toMatch(/nested more than/);
    expect(readImport('{"questions": [', en).errors[0].message).toMatch(/not valid JSON/);
  });
});
