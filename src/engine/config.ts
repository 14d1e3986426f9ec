import { PROFESSION_KEYS, type CareChoiceConfig, type ConfigError, type Recommendation } from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is Json & { id: string } => isObject(value) && typeof value.id === 'string';

/**
 * Merges a partial override onto a config without touching either. Objects merge key by key; arrays
 * whose items carry an `id` (questions, options, rows, steps, sources with ids) merge by id, with new
 * ids appended; any other array, and any other value, is replaced.
 */
export function mergeConfig<T>(base: T, override: unknown): T {
  return mergeValue(base, override) as T;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return clone(base);
  if (isObject(base) && isObject(override)) {
    const out: Json = {};
    for (const key of Object.keys(base)) out[key] = clone(base[key]);
    for (const key of Object.keys(override)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      out[key] = mergeValue(base[key], override[key]);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(override) && base.every(hasId) && override.every(hasId)) {
    const out = base.map((item) => clone(item)) as Json[];
    for (const item of override) {
      const at = out.findIndex((existing) => existing.id === item.id);
      if (at >= 0) out[at] = mergeValue(out[at], item) as Json;
      else out.push(clone(item) as Json);
    }
    return out;
  }
  return clone(override);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const out: Json = {};
    for (const key of Object.keys(value)) out[key] = clone(value[key]);
    return out;
  }
  return value;
}

const ID = /^[A-Za-z0-9-]+$/;
const RECOMMENDATIONS: Recommendation[] = ['case-manager', 'care-manager', 'both', 'unsure'];
const PROFESSION_TEXT_FIELDS = ['name', 'summary', 'alsoCalled', 'employer', 'where', 'focus', 'overTime', 'association', 'betterFit'];
const PROFESSION_LIST_FIELDS = ['duties', 'limits', 'questionsToAsk'];
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/**
 * Checks a whole config and lists every problem with its path. Never throws, whatever JSON value
 * it is given; an empty list means the config is safe to evaluate and render.
 */
export function validateConfig(input: unknown): ConfigError[] {
  const errors: ConfigError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const text = (value: unknown, path: string) => {
    if (typeof value !== 'string' || !value.trim()) fail(path, 'must be a non-empty string');
  };
  const optionalText = (value: unknown, path: string) => {
    if (value !== undefined && typeof value !== 'string') fail(path, 'must be a string');
  };
  const href = (value: unknown, path: string) => {
    if (value === undefined) return;
    if (typeof value !== 'string' || !SAFE_HREF.test(value.trim())) fail(path, 'must be an http(s), mailto or tel link');
  };
  const list = (value: unknown, path: string): unknown[] => {
    if (!Array.isArray(value)) {
      fail(path, 'must be an array');
      return [];
    }
    return value;
  };

  if (!isObject(input)) {
    fail('config', `must be an object, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
    return errors;
  }
  text(input.lang, 'lang');
  if (typeof input.contentDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.contentDate)) {
    fail('contentDate', 'must be a date written YYYY-MM-DD');
  }
  list(input.sources, 'sources').forEach((source, i) => {
    const path = `sources[${i}]`;
    if (!isObject(source)) return fail(path, 'must be an object');
    text(source.title, `${path}.title`);
    href(source.href, `${path}.href`);
    optionalText(source.date, `${path}.date`);
    optionalText(source.publisher, `${path}.publisher`);
  });

  const questions = list(input.questions, 'questions');
  if (Array.isArray(input.questions) && questions.length === 0) fail('questions', 'must have at least one question');
  const seenQuestions = new Map<string, Set<string>>();
  questions.forEach((question, qi) => {
    const path = `questions[${qi}]`;
    if (!isObject(question)) return fail(path, 'must be an object');
    const optionIds = new Set<string>();
    if (typeof question.id !== 'string' || !ID.test(question.id)) {
      fail(`${path}.id`, 'must be a string of letters, digits and hyphens');
    } else if (seenQuestions.has(question.id)) {
      fail(`${path}.id`, `duplicate question id "${question.id}"`);
    }
    text(question.text, `${path}.text`);
    optionalText(question.help, `${path}.help`);
    for (const flag of ['multiple', 'values'] as const) {
      if (question[flag] !== undefined && typeof question[flag] !== 'boolean') fail(`${path}.${flag}`, 'must be true or false');
    }
    if (question.showIf !== undefined) {
      const rule = question.showIf;
      if (!isObject(rule)) fail(`${path}.showIf`, 'must be an object');
      else {
        const target = typeof rule.question === 'string' ? seenQuestions.get(rule.question) : undefined;
        if (!target) fail(`${path}.showIf.question`, `must name an earlier question, got ${JSON.stringify(rule.question) ?? 'nothing'}`);
        const anyOf = list(rule.anyOf, `${path}.showIf.anyOf`);
        anyOf.forEach((id, i) => {
          if (typeof id !== 'string' || (target && !target.has(id))) {
            fail(`${path}.showIf.anyOf[${i}]`, `unknown option id ${JSON.stringify(id)}`);
          }
        });
      }
    }
    const options = list(question.options, `${path}.options`);
    if (Array.isArray(question.options) && options.length < 2) fail(`${path}.options`, 'must have at least two options');
    options.forEach((option, oi) => {
      const optionPath = `${path}.options[${oi}]`;
      if (!isObject(option)) return fail(optionPath, 'must be an object');
      if (typeof option.id !== 'string' || !ID.test(option.id)) {
        fail(`${optionPath}.id`, 'must be a string of letters, digits and hyphens');
      } else if (optionIds.has(option.id)) {
        fail(`${optionPath}.id`, `duplicate option id "${option.id}"`);
      } else optionIds.add(option.id);
      text(option.label, `${optionPath}.label`);
      text(option.reason, `${optionPath}.reason`);
      if (!isObject(option.weights)) fail(`${optionPath}.weights`, 'must be an object with caseManager and careManager');
      else {
        for (const key of PROFESSION_KEYS) {
          const weight = option.weights[key];
          if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`${optionPath}.weights.${key}`, 'must be a finite number');
          else if (weight < 0) fail(`${optionPath}.weights.${key}`, 'must not be negative');
        }
      }
    });
    if (typeof question.id === 'string' && !seenQuestions.has(question.id)) seenQuestions.set(question.id, optionIds);
  });

  if (!isObject(input.professions)) fail('professions', 'must be an object with caseManager and careManager');
  else {
    for (const key of PROFESSION_KEYS) {
      const path = `professions.${key}`;
      const profession = input.professions[key];
      if (!isObject(profession)) {
        fail(path, 'must be an object');
        continue;
      }
      for (const field of PROFESSION_TEXT_FIELDS) text(profession[field], `${path}.${field}`);
      for (const field of PROFESSION_LIST_FIELDS) {
        list(profession[field], `${path}.${field}`).forEach((item, i) => text(item, `${path}.${field}[${i}]`));
      }
      href(profession.associationHref, `${path}.associationHref`);
    }
  }

  if (!isObject(input.table)) fail('table', 'must be an object with caption and rows');
  else {
    text(input.table.caption, 'table.caption');
    const fields = [...PROFESSION_TEXT_FIELDS, ...PROFESSION_LIST_FIELDS];
    list(input.table.rows, 'table.rows').forEach((row, i) => {
      const path = `table.rows[${i}]`;
      if (!isObject(row)) return fail(path, 'must be an object');
      if (typeof row.id !== 'string' || !ID.test(row.id)) fail(`${path}.id`, 'must be a string of letters, digits and hyphens');
      text(row.label, `${path}.label`);
      if (typeof row.field !== 'string' || !fields.includes(row.field)) {
        fail(`${path}.field`, `must be one of ${fields.join(', ')}`);
      }
    });
  }

  for (const [key, check] of [
    ['results', (value: unknown, path: string) => {
      if (!isObject(value)) return fail(path, 'must be an object with title and summary');
      text(value.title, `${path}.title`);
      text(value.summary, `${path}.summary`);
    }],
    ['nextSteps', (value: unknown, path: string) => {
      list(value, path).forEach((step, i) => {
        if (!isObject(step)) return fail(`${path}[${i}]`, 'must be an object');
        text(step.id, `${path}[${i}].id`);
        text(step.text, `${path}[${i}].text`);
        href(step.href, `${path}[${i}].href`);
      });
    }],
  ] as const) {
    const group = input[key];
    if (!isObject(group)) {
      fail(key, `must be an object keyed by ${RECOMMENDATIONS.join(', ')}`);
      continue;
    }
    for (const recommendation of RECOMMENDATIONS) check(group[recommendation], `${key}.${recommendation}`);
  }

  if (!isObject(input.scoring)) fail('scoring', 'must be an object');
  else {
    for (const key of ['minAnswered', 'minTotal', 'bothRatio', 'bothMin']) {
      const value = input.scoring[key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`scoring.${key}`, 'must be a finite number, 0 or more');
    }
  }

  if (!isObject(input.strings)) fail('strings', 'must be an object of strings');
  else {
    for (const [key, value] of Object.entries(input.strings)) {
      if (typeof value !== 'string') fail(`strings.${key}`, 'must be a string');
    }
  }
  return errors;
}

/**
 * Applies an agency's override to the defaults. When the merged config has any problem, the
 * defaults are used unchanged and every problem is returned, so the widget always works.
 */
export function resolveConfig(
  defaults: CareChoiceConfig,
  override: unknown,
): { config: CareChoiceConfig; errors: ConfigError[] } {
  if (override === undefined || override === null) return { config: defaults, errors: [] };
  if (!isObject(override)) {
    return { config: defaults, errors: [{ path: 'config', message: `must be an object, got ${Array.isArray(override) ? 'an array' : typeof override}` }] };
  }
  const merged = mergeConfig(defaults, override);
  const errors = validateConfig(merged);
  // A question id the defaults do not have is usually a typo: say so, not only what it lacks.
  if (Array.isArray(override.questions)) {
    override.questions.forEach((question, i) => {
      if (hasId(question) && !defaults.questions.some((q) => q.id === question.id) && !Array.isArray(question.options)) {
        errors.unshift({ path: `questions[${i}].id`, message: `unknown question id "${question.id}" (a new question needs text and options)` });
      }
    });
  }
  return errors.length ? { config: defaults, errors } : { config: merged, errors };
}
