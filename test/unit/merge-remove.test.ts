import { describe, expect, it } from 'vitest';
import { defaultConfigs, mergeConfig, resolveConfig, visibleQuestions } from '../../src/engine/index.js';

const defaults = defaultConfigs.en!;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const messages = (override: unknown) => resolveConfig(defaults, override).errors.map((e) => `${e.path}: ${e.message}`);

describe('removing built-in items', () => {
  it('removes a question and an option, leaving the rest in order', () => {
    const { config, errors } = resolveConfig(defaults, {
      questions: [
        { id: 'matters-most', remove: true },
        { id: 'for-whom', options: [{ id: 'partner', remove: true }] },
      ],
    });
    expect(errors).toEqual([]);
    expect(ids(config.questions)).toEqual(ids(defaults.questions).filter((id) => id !== 'matters-most'));
    expect(ids(config.questions[0]!.options)).toEqual(['myself', 'older-relative', 'someone-else']);
    expect(visibleQuestions(config, {}).some((q) => q.id === 'matters-most')).toBe(false);
  });

  it('removes a table row and a next step', () => {
    const { config, errors } = resolveConfig(defaults, {
      table: { rows: [{ id: 'employer', remove: true }] },
      nextSteps: { 'care-manager': [{ id: defaults.nextSteps['care-manager'][0]!.id, remove: true }] },
    });
    expect(errors).toEqual([]);
    expect(ids(config.table.rows)).not.toContain('employer');
    expect(config.nextSteps['care-manager']).toEqual(defaults.nextSteps['care-manager'].slice(1));
  });

  it('says which marker is wrong and which id is not there', () => {
    expect(messages({ questions: [{ id: 'duration', remove: 'yes' }] })).toEqual([
      'questions[0].remove: must be true (to remove the item)',
    ]);
    expect(messages({ questions: [{ id: 'for-whom', options: [{ id: 'cousin', remove: true }] }] })).toEqual([
      'questions[0].options[0].id: no "cousin" here to remove',
    ]);
    expect(messages({ questions: [{ id: 'duraton', remove: true }] })).toEqual(['questions[0].id: no "duraton" here to remove']);
    expect(resolveConfig(defaults, { questions: [{ id: 'duration', remove: false }] }).config).toBe(defaults);
  });

  it('refuses to remove a question that a condition still names', () => {
    const errors = messages({ questions: [{ id: 'situation', remove: true }] });
    // A later question's showIf, the next steps' showIf and scoring.bothWhen all name "situation".
    expect(errors).toContain('questions[1].showIf.question: must name an earlier question, got "situation"');
    expect(errors.some((e) => /^nextSteps\.[a-z-]+\[\d+\]\.showIf\.question: must name a question, got "situation"$/.test(e))).toBe(true);
    expect(errors.some((e) => /^scoring\.bothWhen\[\d+\]\.question: must name a question, got "situation"$/.test(e))).toBe(true);
    expect(resolveConfig(defaults, { questions: [{ id: 'situation', remove: true }] }).config).toBe(defaults);
  });
});

describe('reordering', () => {
  it('follows the override when it names every item, new ones where it lists them', () => {
    const [first, second, ...rest] = ids(defaults.questions[0]!.options);
    const newOption = { id: 'friend', label: 'A friend', weights: { caseManager: 1, careManager: 1 }, reason: 'Either can help.' };
    const { config, errors } = resolveConfig(defaults, {
      questions: [{ id: 'for-whom', options: [{ id: second }, newOption, { id: first, label: 'Me' }, ...rest.map((id) => ({ id }))] }],
    });
    expect(errors).toEqual([]);
    expect(ids(config.questions[0]!.options)).toEqual([second, 'friend', first, ...rest]);
    expect(config.questions[0]!.options[2]!.label).toBe('Me');
    expect(config.questions[0]!.options[0]).toEqual(defaults.questions[0]!.options[1]);
  });

  it('counts removed items as named, so a reorder can remove too', () => {
    const all = ids(defaults.questions);
    const order = [...all].reverse().filter((id) => id !== 'situation' && id !== 'after-discharge');
    const merged = mergeConfig(defaults, {
      questions: [...order.map((id) => ({ id })), { id: 'situation', remove: true }, { id: 'after-discharge', remove: true }],
    });
    expect(ids(merged.questions)).toEqual(order);
  });

  it('keeps the base order when the override names only some items', () => {
    const merged = mergeConfig(defaults, {
      questions: [
        { id: 'duration', text: 'How long?' },
        { id: 'for-whom', text: 'For whom?' },
      ],
    });
    expect(ids(merged.questions)).toEqual(ids(defaults.questions));
    const options = mergeConfig(defaults, { questions: [{ id: 'for-whom', options: [{ id: 'partner' }, { id: 'myself' }] }] });
    expect(ids(options.questions[0]!.options)).toEqual(ids(defaults.questions[0]!.options));
  });
});
