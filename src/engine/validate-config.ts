import { toJsonData } from './json-data.js';
import { linkProblem } from './links.js';
import { mergeConfig } from './merge-config.js';
import { isObject, own } from './own.js';
import { en } from './texts/en.js';
import { ID_PATTERN, PROFESSION_KEYS, RECOMMENDATIONS, type CareChoiceConfig, type ConfigError } from './types.js';

type Fail = (path: string, message: string) => void;
/** Checks one value at `path`, reporting each problem through `fail`. */
type Check = (value: unknown, path: string, fail: Fail) => void;

/** The interface strings the elements use: the English content has each of them. */
const STRING_KEYS = Object.keys(en.strings);

/** Larger weights add nothing a family could notice, and sums of huge ones overflow to Infinity. */
const MAX_WEIGHT = 100;

// The checks are small combinators, so each section of the config below reads as its shape.
const text: Check = (value, path, fail) => {
  if (typeof value !== 'string' || !value.trim()) fail(path, 'must be a non-empty string');
};
const string: Check = (value, path, fail) => {
  if (typeof value !== 'string') fail(path, 'must be a string');
};
const boolean: Check = (value, path, fail) => {
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
};
const id: Check = (value, path, fail) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) fail(path, 'must be a string of letters, digits and hyphens');
};
const link: Check = (value, path, fail) => {
  if (typeof value !== 'string') return fail(path, 'must be a link (a string)');
  const problem = linkProblem(value);
  if (problem) fail(path, problem);
};
const date: Check = (value, path, fail) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(path, 'must be a date written YYYY-MM-DD');
};
const weight: Check = (value, path, fail) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
  else if (value < 0 || value > MAX_WEIGHT) fail(path, `must be between 0 and ${MAX_WEIGHT}`);
};
const count: Check = (value, path, fail) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'must be a finite number, 0 or more');
};
const optional =
  (check: Check): Check =>
  (value, path, fail) =>
    value === undefined || check(value, path, fail);
const list =
  (item: Check, min = 0, what = 'items'): Check =>
  (value, path, fail) => {
    if (!Array.isArray(value)) return fail(path, 'must be an array');
    if (value.length < min) fail(path, `must have at least ${min === 1 ? 'one' : min === 2 ? 'two' : min} ${what}`);
    value.forEach((entry, i) => item(entry, `${path}[${i}]`, fail));
  };
/** The known name closest to a mistyped one (one or two letters off, or a missing "s"), if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    let row = [...Array(b.length + 1).keys()];
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  return known
    .map((key) => ({ key, d: distance(name.toLowerCase(), key.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .find(({ d }) => d <= 2)?.key;
}

/** Reports keys a config does not use: a typo would otherwise change nothing, without a word. */
const onlyKnown = (value: Record<string, unknown>, known: readonly string[], path: string, fail: Fail) => {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = closest(key, known);
    const list = known.length <= 8 ? ` (it uses ${known.join(', ')})` : '';
    fail(`${path}.${key}`, `is not something the widget uses${hint ? `; did you mean "${hint}"?` : list}`);
  }
};

const object =
  (shape: Record<string, Check>, what = 'an object'): Check =>
  (value, path, fail) => {
    if (!isObject(value)) return fail(path, `must be ${what}`);
    for (const [key, check] of Object.entries(shape)) check(own(value, key), `${path}.${key}`, fail);
    onlyKnown(value, Object.keys(shape), path, fail);
  };
const keyed = (keys: readonly string[], check: Check, what: string) => object(Object.fromEntries(keys.map((key) => [key, check])), what);

const source = object({ title: text, href: optional(link), date: optional(string), publisher: optional(string), checked: optional(date) });
const showIf = object({ question: string, anyOf: list(string) });
const option = object({
  id,
  label: text,
  reason: text,
  weights: keyed(PROFESSION_KEYS, weight, 'an object with caseManager and careManager'),
});
const question = object({
  id,
  text,
  help: optional(string),
  multiple: optional(boolean),
  values: optional(boolean),
  showIf: optional(showIf),
  options: list(option, 2, 'options'),
});
const PROFESSION_TEXT_FIELDS = ['name', 'summary', 'alsoCalled', 'employer', 'where', 'focus', 'overTime', 'association', 'betterFit'];
/** Texts a config written before they existed may leave out; a table row showing one needs it in both columns. */
const PROFESSION_OPTIONAL_TEXT_FIELDS = ['whoPays'];
const PROFESSION_LIST_FIELDS = ['duties', 'limits', 'questionsToAsk'];
const TABLE_FIELDS = [...PROFESSION_TEXT_FIELDS, ...PROFESSION_OPTIONAL_TEXT_FIELDS, ...PROFESSION_LIST_FIELDS];
const profession = object({
  ...Object.fromEntries(PROFESSION_TEXT_FIELDS.map((field) => [field, text])),
  ...Object.fromEntries(PROFESSION_OPTIONAL_TEXT_FIELDS.map((field) => [field, optional(text)])),
  ...Object.fromEntries(PROFESSION_LIST_FIELDS.map((field) => [field, list(text)])),
  associationHref: optional(link),
});
const tableRow = object({
  id,
  label: text,
  field: (value, path, fail) => {
    if (typeof value !== 'string' || !TABLE_FIELDS.includes(value)) fail(path, `must be one of ${TABLE_FIELDS.join(', ')}`);
  },
});
const step = object({ id: text, text, href: optional(link), public: optional(boolean), showIf: optional(showIf) });
const byRecommendation = (check: Check) => keyed(RECOMMENDATIONS, check, `an object keyed by ${RECOMMENDATIONS.join(', ')}`);

const config = object({
  lang: text,
  contentDate: date,
  sources: list(source),
  questions: list(question, 1, 'question'),
  professions: keyed(PROFESSION_KEYS, profession, 'an object with caseManager and careManager'),
  table: object({ caption: text, rows: list(tableRow) }, 'an object with caption and rows'),
  results: byRecommendation(object({ title: text, weakTitle: optional(text), summary: text }, 'an object with title and summary')),
  nextSteps: byRecommendation(list(step)),
  scoring: object({ minAnswered: count, minTotal: count, bothRatio: count, bothMin: count, bothWhen: optional(list(showIf)) }),
  strings: (value, path, fail) => {
    if (!isObject(value)) return fail(path, 'must be an object of strings');
    for (const [key, entry] of Object.entries(value)) string(entry, `${path}.${key}`, fail);
    onlyKnown(value, STRING_KEYS, path, fail);
  },
});

/** Ids are unique, and `showIf` names an earlier question and options it really has. */
function checkQuestionIds(questions: unknown, fail: Fail) {
  if (!Array.isArray(questions)) return;
  const seen = new Map<string, Set<unknown>>();
  questions.forEach((entry, qi) => {
    if (!isObject(entry)) return;
    const path = `questions[${qi}]`;
    const optionIds = new Set<unknown>();
    if (Array.isArray(entry.options)) {
      entry.options.forEach((opt, oi) => {
        if (!isObject(opt) || typeof opt.id !== 'string') return;
        if (optionIds.has(opt.id)) fail(`${path}.options[${oi}].id`, `duplicate option id "${opt.id}"`);
        optionIds.add(opt.id);
      });
    }
    const rule = entry.showIf;
    if (isObject(rule)) {
      const target = typeof rule.question === 'string' ? seen.get(rule.question) : undefined;
      if (!target) fail(`${path}.showIf.question`, `must name an earlier question, got ${JSON.stringify(rule.question) ?? 'nothing'}`);
      if (Array.isArray(rule.anyOf)) {
        rule.anyOf.forEach((optionId, i) => {
          if (target && !target.has(optionId)) fail(`${path}.showIf.anyOf[${i}]`, `unknown option id ${JSON.stringify(optionId)}`);
        });
      }
    }
    if (typeof entry.id !== 'string') return;
    if (seen.has(entry.id)) fail(`${path}.id`, `duplicate question id "${entry.id}"`);
    else seen.set(entry.id, optionIds);
  });
}

/** A next step's `showIf` names a question of the config and options that question has. */
function checkStepConditions(input: Record<string, unknown>, fail: Fail) {
  const { nextSteps, questions } = input;
  if (!isObject(nextSteps) || !Array.isArray(questions)) return;
  for (const recommendation of RECOMMENDATIONS) {
    const steps = own(nextSteps, recommendation);
    if (!Array.isArray(steps)) continue;
    steps.forEach((entry, si) => {
      const rule = isObject(entry) ? entry.showIf : undefined;
      if (!isObject(rule)) return;
      const path = `nextSteps.${recommendation}[${si}].showIf`;
      const target: unknown = questions.find((q) => isObject(q) && typeof rule.question === 'string' && q.id === rule.question);
      if (!isObject(target)) return fail(`${path}.question`, `must name a question, got ${JSON.stringify(rule.question) ?? 'nothing'}`);
      const optionIds = new Set(Array.isArray(target.options) ? target.options.map((o) => (isObject(o) ? o.id : undefined)) : []);
      if (Array.isArray(rule.anyOf)) {
        rule.anyOf.forEach((optionId, i) => {
          if (!optionIds.has(optionId)) fail(`${path}.anyOf[${i}]`, `unknown option id ${JSON.stringify(optionId)}`);
        });
      }
    });
  }
}

/** Each `scoring.bothWhen` rule names a question of the config: one removed or mistyped would never hold. */
function checkBothWhen(input: Record<string, unknown>, fail: Fail) {
  const { scoring, questions } = input;
  const rules = isObject(scoring) ? scoring.bothWhen : undefined;
  if (!Array.isArray(rules) || !Array.isArray(questions)) return;
  rules.forEach((rule: unknown, i) => {
    if (isObject(rule) && !questions.some((q) => isObject(q) && q.id === rule.question))
      fail(`scoring.bothWhen[${i}].question`, `must name a question, got ${JSON.stringify(rule.question)}`);
  });
}

/** A table row that shows an optional text needs that text in both columns. */
function checkTableFields(input: Record<string, unknown>, fail: Fail) {
  const { table, professions } = input;
  if (!isObject(table) || !Array.isArray(table.rows) || !isObject(professions)) return;
  table.rows.forEach((row, ri) => {
    if (!isObject(row) || typeof row.field !== 'string' || !PROFESSION_OPTIONAL_TEXT_FIELDS.includes(row.field)) return;
    for (const key of PROFESSION_KEYS) {
      const texts = own(professions, key);
      if (isObject(texts) && own(texts, row.field) === undefined)
        fail(`table.rows[${ri}].field`, `shows ${row.field}, which professions.${key} does not have`);
    }
  });
}

/**
 * Checks a whole config and lists every problem with its path. Never throws, whatever JSON value
 * it is given; an empty list means the config is safe to evaluate and render.
 */
export function validateConfig(input: unknown): ConfigError[] {
  const errors: ConfigError[] = [];
  const fail: Fail = (path, message) => errors.push({ path, message });
  if (!isObject(input)) {
    fail('config', `must be an object, got ${describe(input)}`);
    return errors;
  }
  // The root's own path is the empty string, so the paths read `questions[2].text`.
  config(input, '', (path, message) => fail(path.replace(/^\./, ''), message));
  checkQuestionIds(input.questions, fail);
  checkStepConditions(input, fail);
  checkTableFields(input, fail);
  checkBothWhen(input, fail);
  return errors;
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/**
 * Applies an agency's override to the defaults. When the merged config has any problem, the
 * defaults are used unchanged and every problem is returned, so the widget always works.
 */
export function resolveConfig(defaults: CareChoiceConfig, override: unknown): { config: CareChoiceConfig; errors: ConfigError[] } {
  if (override === undefined || override === null) return { config: defaults, errors: [] };
  const data = toJsonData(override);
  if (data.error) return { config: defaults, errors: [data.error] };
  if (!isObject(data.value))
    return { config: defaults, errors: [{ path: 'config', message: `must be an object, got ${describe(data.value)}` }] };
  const removal: ConfigError[] = [];
  const merged = mergeConfig(defaults, data.value, (path, message) => removal.push({ path, message }));
  let errors = [...removal, ...validateConfig(merged)];
  // A question id the defaults do not have is usually a typo: say that, and only that, about it.
  const questions = data.value.questions;
  if (Array.isArray(questions)) {
    const unknown: ConfigError[] = [];
    questions.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry.id !== 'string' || Array.isArray(entry.options) || 'remove' in entry) return;
      if (defaults.questions.some((q) => q.id === entry.id)) return;
      unknown.push({ path: `questions[${i}].id`, message: `unknown question id "${entry.id}" (a new question needs text and options)` });
      const at = `questions[${merged.questions.findIndex((q) => q.id === entry.id)}]`;
      errors = errors.filter((error) => !error.path.startsWith(at + '.') && error.path !== at);
    });
    errors = [...unknown, ...errors];
  }
  return errors.length ? { config: defaults, errors } : { config: merged, errors };
}
