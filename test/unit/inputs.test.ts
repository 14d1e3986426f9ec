import { describe, expect, it } from 'vitest';
import { defaultConfigFor, defaultConfigs, jsonErrorOffset, linkProblem, resolveConfig, toJsonData } from '../../src/engine/index.js';

const defaults = defaultConfigs.en!;

describe('linkProblem (the one link policy)', () => {
  it.each([
    'https://harbor.example/contact',
    'http://x.example',
    'mailto:care@harbor.example',
    'tel:+15555550123',
    '/contact',
    './contact',
    '#quiz',
    '?a=1',
    'contact.html',
    'HTTPS://X.EXAMPLE',
  ])('accepts %j', (href) => expect(linkProblem(href)).toBeUndefined());

  it.each([
    ['javascript:alert(1)', /"javascript:" links are not allowed/],
    ['java\tscript:alert(document.domain)', /"javascript:"/],
    ['java\nscript:alert(1)', /"javascript:"/],
    ['java\rscript:alert(1)', /"javascript:"/],
    ['\u0001javascript:alert(1)', /"javascript:"/],
    ['  JaVaScRiPt:alert(1)', /"javascript:"/],
    ['data:text/html,<script>alert(1)</script>', /"data:"/],
    ['vbscript:x', /"vbscript:"/],
  ])('rejects %j the way the URL parser would read it', (href, message) => {
    expect(linkProblem(href)).toMatch(message);
  });

  it('names the fix for a web address or phone number written without its scheme', () => {
    expect(linkProblem('www.agency.com/contact')).toBe(
      '"www.agency.com/contact" looks like a web address without its scheme; write https://www.agency.com/contact',
    );
    expect(linkProblem('harborcare.org')).toMatch(/write https:\/\/harborcare\.org/);
    expect(linkProblem('555-0123')).toBe('"555-0123" looks like a phone number; write tel:5550123');
    expect(linkProblem('12-34')).toBeUndefined(); // too few digits to be a phone number: a relative path
    expect(linkProblem('(555) 555-0123')).toBe('"(555) 555-0123" looks like a phone number; write tel:5555550123');
    expect(linkProblem('+1 555 555 0123')).toMatch(/write tel:\+15555550123/);
  });
});

describe('toJsonData', () => {
  it('copies plain data', () => {
    const input = { a: [1, 'x', true, null, { b: 2 }] };
    expect(toJsonData(input)).toEqual({ value: input });
    expect(toJsonData(input).value).not.toBe(input);
  });

  it('names a cycle, a BigInt, a function, a throwing getter and runaway nesting instead of throwing', () => {
    const cyclic: Record<string, unknown> = { questions: [] };
    (cyclic.questions as unknown[]).push(cyclic);
    expect(toJsonData(cyclic).error).toEqual({ path: 'questions[0]', message: 'refers back to itself (a cycle)' });
    expect(toJsonData({ scoring: { minTotal: 10n } }).error).toEqual({
      path: 'scoring.minTotal',
      message: 'must be JSON data, got bigint',
    });
    expect(toJsonData({ f: () => 1 }).error!.message).toBe('must be JSON data, got function');
    const getter = Object.defineProperty({}, 'questions', {
      enumerable: true,
      get: () => {
        throw new Error('nope');
      },
    });
    expect(toJsonData(getter).error).toEqual({ path: 'questions', message: 'could not be read (nope)' });
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(toJsonData({ questions: deep }).error!.message).toMatch(/nested more than 32 levels/);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(toJsonData(proxy).error).toEqual({ path: 'config', message: 'could not be read (trap)' });
  });

  it('keeps a shared (non-cyclic) object', () => {
    const shared = { caseManager: 1, careManager: 0 };
    expect(toJsonData({ a: shared, b: shared }).error).toBeUndefined();
  });
});

describe('resolveConfig with hostile values', () => {
  it('keeps the defaults with one message each, and never throws', () => {
    const cases: [unknown, RegExp][] = [
      [
        { questions: [{ id: 'situation', options: [{ id: 'at-home', weights: { caseManager: 1e308, careManager: 1e308 } }] }] },
        /weights\.caseManager: must be between 0 and 100/,
      ],
      [
        Object.defineProperty({}, 'questions', {
          enumerable: true,
          get: () => {
            throw new Error('boom');
          },
        }),
        /questions: could not be read \(boom\)/,
      ],
      [{ scoring: { minTotal: 1n } }, /scoring\.minTotal: must be JSON data, got bigint/],
    ];
    for (const [override, message] of cases) {
      const { config, errors } = resolveConfig(defaults, override);
      expect(config).toBe(defaults);
      expect(errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(message);
    }
  });

  it('gives one clear message for an unknown question id, not a second one about its missing parts', () => {
    const { errors } = resolveConfig(defaults, { questions: [{ id: 'situaton', text: 'Where?' }] });
    expect(errors).toEqual([
      { path: 'questions[0].id', message: 'unknown question id "situaton" (a new question needs text and options)' },
    ]);
  });

  it('finds no built-in language named like an Object.prototype member', () => {
    expect(defaultConfigFor('constructor')).toEqual({ config: defaults, matched: false });
    expect(defaultConfigFor('__proto__')).toEqual({ config: defaults, matched: false });
  });
});

describe('jsonErrorOffset', () => {
  it('finds where any invalid JSON stops being JSON, and says -1 for valid JSON', () => {
    for (const valid of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0'])
      expect(jsonErrorOffset(valid), valid).toBe(-1);
    const cases: [string, number][] = [
      ['{ "questions": [\n  { "id": "for-whom" ]\n}', 38],
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ["{'a': 1}", 1],
      ['[1, 2', 5],
      ['{"a": "line\nbreak"}', 11],
      ['{"a": 01}', 7],
      ['{} x', 3],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), JSON.stringify(text)).toBe(offset);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('agrees with JSON.parse on random text', () => {
    const samples = ['{"a":[1,2,{"b":null}]}', '{"a":', '[[[]]]', '{"x":"\\q"}', '[1,]', 'nul', 'true ', '{"a":1}}'];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === -1, text).toBe(valid);
    }
  });
});

describe('config typos', () => {
  it('names a key the widget does not use, with the one that was probably meant', () => {
    const cases: [unknown, string][] = [
      [{ question: [] }, 'question: is not something the widget uses; did you mean "questions"?'],
      [{ result: {} }, 'result: is not something the widget uses; did you mean "results"?'],
      [{ questions: [{ id: 'for-whom', txt: 'Who?' }] }, 'questions[0].txt: is not something the widget uses; did you mean "text"?'],
      [{ strings: { 'quiz.nxt': 'Go on' } }, 'strings.quiz.nxt: is not something the widget uses; did you mean "quiz.next"?'],
      [
        { results: { 'care-mgr': { title: 'x' } } },
        'results.care-mgr: is not something the widget uses (it uses case-manager, care-manager, both, unsure)',
      ],
      [{ colour: 'blue' }, 'colour: is not something the widget uses'],
    ];
    for (const [override, message] of cases) {
      const { config, errors } = resolveConfig(defaults, override);
      expect(config).toBe(defaults);
      expect(errors.map((e) => `${e.path}: ${e.message}`)).toContain(message);
    }
  });

  it('names an email address written without mailto:', () => {
    expect(linkProblem('help@example.com')).toBe('"help@example.com" looks like an email address; write mailto:help@example.com');
    expect(linkProblem('mailto:help@example.com')).toBeUndefined();
    expect(linkProblem('/people/jo@home')).toBeUndefined();
  });
});
