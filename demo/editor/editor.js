// The content editor: every text, weight and reason of the quiz as form fields, in English and
// Spanish side by side, checked live by the engine's own validation (each message at its field),
// kept in localStorage, with the random-path balance check in a Web Worker, import and export.
// Everything the agency types is only ever set as a field's value or as text: never as HTML.
import { defaultConfigs, linkProblem, mergeConfig, PROFESSION_KEYS, RECOMMENDATIONS, validateConfig } from '../../src/engine/index.ts';
import { clone, deleteAt, diff, getAt, idFrom, setAt } from './config-diff.js';
import { readImport } from './import.js';

const STORAGE_KEY = 'care-choice-editor';
/** The languages the editor edits: English, and each language pack the page has loaded. */
const LANGS = () => Object.keys(defaultConfigs).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' };
const nameOf = (lang) => LANGUAGE_NAMES[lang] ?? lang;

/** An element with text (never HTML). */
function el(tag, { text, className, attrs } = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

/** The texts a translator works through, as paths, with a short name for each; from `config`. */
export function textPaths(config) {
  const paths = [
    ['strings.quiz.intro.title', 'Intro title'],
    ['strings.quiz.intro.text', 'Intro text'],
  ];
  config.questions.forEach((q, qi) => {
    const at = `questions[${qi}]`;
    paths.push([`${at}.text`, `Question ${qi + 1}`]);
    if (typeof q.help === 'string') paths.push([`${at}.help`, `Question ${qi + 1}, help`]);
    q.options.forEach((_, oi) => {
      paths.push([`${at}.options[${oi}].label`, `Question ${qi + 1}, answer ${oi + 1}`]);
      paths.push([`${at}.options[${oi}].reason`, `Question ${qi + 1}, answer ${oi + 1}, reason`]);
    });
  });
  for (const key of RECOMMENDATIONS) {
    paths.push([`results.${key}.title`, `Result "${key}", title`]);
    paths.push([`results.${key}.summary`, `Result "${key}", summary`]);
    config.nextSteps[key].forEach((_, si) => paths.push([`nextSteps.${key}[${si}].text`, `Result "${key}", next step ${si + 1}`]));
  }
  paths.push(['table.caption', 'Table caption']);
  config.table.rows.forEach((_, ri) => paths.push([`table.rows[${ri}].label`, `Table row ${ri + 1}`]));
  for (const key of PROFESSION_KEYS) {
    const texts = config.professions[key];
    for (const name of Object.keys(texts)) {
      if (name === 'associationHref') continue;
      const at = `professions.${key}.${name}`;
      if (Array.isArray(texts[name])) texts[name].forEach((_, i) => paths.push([`${at}[${i}]`, `${texts.name}, ${name} ${i + 1}`]));
      else if (typeof texts[name] === 'string') paths.push([at, `${texts.name}, ${name}`]);
    }
  }
  for (const key of RECOMMENDATIONS)
    if (typeof config.results[key].weakTitle === 'string') paths.push([`results.${key}.weakTitle`, `Result "${key}", title when weak`]);
  config.sources.forEach((source, i) => {
    paths.push([`sources[${i}].title`, `Source ${i + 1}, title`]);
    if (typeof source.publisher === 'string') paths.push([`sources[${i}].publisher`, `Source ${i + 1}, publisher`]);
  });
  for (const key of Object.keys(config.strings))
    if (!key.startsWith('quiz.intro.') && typeof config.strings[key] === 'string') paths.push([`strings.${key}`, `Interface: ${key}`]);
  return paths;
}

/** The texts of a profession the editor offers, in the order the table and result use them. */
const PROFESSION_FIELDS = [
  ['name', 'Name'],
  ['summary', 'Summary'],
  ['alsoCalled', 'Also called'],
  ['employer', 'Who they work for'],
  ['where', 'Where they work'],
  ['focus', 'Focus'],
  ['duties', 'Duties (one per line)'],
  ['overTime', 'Over time'],
  ['whoPays', 'Who pays'],
  ['limits', 'Limits (one per line)'],
  ['association', 'Professional association'],
  ['associationHref', 'Professional association, link'],
  ['betterFit', 'A better fit when'],
  ['questionsToAsk', 'Questions to ask (one per line)'],
];

/** One CSV field, quoted when it needs to be. */
const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rows of fields from CSV text (quotes, doubled quotes and line breaks inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Builds the editor in `root` and calls `onChange(valid)` with the last valid config of each
 * language whenever it changes. Returns what the playground needs for the preview and the code.
 */
export function createEditor(root, { onChange, storage = localStorage }) {
  const defaults = () => Object.fromEntries(LANGS().map((lang) => [lang, clone(defaultConfigs[lang])]));
  const stored = load();
  let drafts = stored?.drafts ?? defaults();
  // What the preview and the embed code use: per language, the work when it is valid, else the
  // last valid content kept with it (never the invalid work of an earlier visit), else the default.
  let valid = Object.fromEntries(
    LANGS().map((lang) => {
      const candidates = [drafts[lang], stored?.valid?.[lang], defaultConfigs[lang]];
      return [lang, clone(candidates.find((config) => config && !validateConfig(config).length))];
    }),
  );
  let uid = 0;
  /** Every field on the page, by `lang|path`. */
  let fields = new Map();

  const content = root.querySelector('#content-fields');
  const languages = root.querySelector('#language-fields');
  const summary = root.querySelector('#editor-status');
  const problems = root.querySelector('#editor-problems');

  function load() {
    try {
      const kept = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
      if (!kept || typeof kept !== 'object') return undefined;
      // { drafts, valid }; an earlier editor kept the drafts alone.
      const stored = kept.drafts ?? kept;
      const out = {};
      for (const lang of LANGS()) {
        // A stored draft that is not a config any more (an older editor, a hand edit) is left out.
        const draft = stored[lang];
        if (
          !draft ||
          validateConfig(draft).some(
            (e) =>
              !/\.(text|label|reason|help|title|weakTitle|summary|caption|publisher|href|date|checked|weights\.\w+)$|^(strings|professions)\.|^contentDate$/.test(
                e.path,
              ),
          )
        )
          return undefined;
        out[lang] = draft;
      }
      return { drafts: out, valid: kept.drafts ? kept.valid : undefined };
    } catch {
      return undefined;
    }
  }

  function save() {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify({ drafts, valid }));
    } catch {
      summary.textContent = 'Your browser did not let the editor keep your work; export it before you leave.';
    }
  }

  /** A labelled field bound to `path` of the `lang` draft, with its message under it. */
  function field(parent, { lang, path, label, type = 'text', multiline = false, list = false, optional }) {
    const id = `field-${++uid}`;
    const wrap = el('div', { className: 'field' });
    const labelEl = el('label', { text: label, attrs: { for: id } });
    const input = el(multiline || list ? 'textarea' : 'input', { attrs: { id, 'aria-describedby': `${id}-error` } });
    const value = getAt(drafts[lang], path);
    if (!multiline && !list) input.type = type;
    else input.rows = list ? Math.max(3, (value ?? []).length + 1) : 2;
    // One item per line; an empty line is no item.
    if (list) input.dataset.list = '';
    // A text the built-in content does not have can be left empty: then it is left out.
    if (optional ?? getAt(defaultConfigs[lang] ?? defaultConfigs.en, path) === undefined) input.dataset.optional = '';
    if (type === 'number') Object.assign(input, { min: '0', max: '100', step: 'any', inputMode: 'decimal' });
    input.dataset.lang = lang;
    input.dataset.path = path;
    input.value = value === undefined ? '' : list ? value.join('\n') : String(value);
    const message = el('p', { className: 'field-error', attrs: { id: `${id}-error` } });
    wrap.append(labelEl, input, message);
    parent.append(wrap);
    fields.set(`${lang}|${path}`, { input, message, wrap });
    return input;
  }

  function renderContent() {
    const config = drafts.en;
    content.replaceChildren();
    const intro = el('details', { attrs: { open: '' } });
    intro.append(el('summary', { text: 'Intro' }));
    field(intro, { lang: 'en', path: 'strings.quiz.intro.title', label: 'Intro title' });
    field(intro, { lang: 'en', path: 'strings.quiz.intro.text', label: 'Intro text', multiline: true });
    content.append(intro);
    config.questions.forEach((question, qi) => {
      const at = `questions[${qi}]`;
      const box = el('details', { className: 'question', attrs: { 'data-question': question.id } });
      box.append(el('summary', { text: `Question ${qi + 1}: ${question.text}` }));
      field(box, { lang: 'en', path: `${at}.text`, label: 'Question text' });
      if (typeof question.help === 'string') field(box, { lang: 'en', path: `${at}.help`, label: 'Help', multiline: true });
      if (qi > 0)
        box.append(
          condition(
            `${at}.showIf`,
            question.showIf,
            config.questions.slice(0, qi),
            'Ask this question',
            !!defaultQuestion(question.id)?.showIf,
          ),
        );
      question.options.forEach((option, oi) => {
        const set = el('fieldset', { className: 'option' });
        set.append(el('legend', { text: `Answer ${oi + 1}` }));
        const path = `${at}.options[${oi}]`;
        field(set, { lang: 'en', path: `${path}.label`, label: 'Answer' });
        const weights = el('div', { className: 'weights' });
        field(weights, {
          lang: 'en',
          path: `${path}.weights.caseManager`,
          label: `Leans to ${config.professions.caseManager.name} (0-100)`,
          type: 'number',
        });
        field(weights, {
          lang: 'en',
          path: `${path}.weights.careManager`,
          label: `Leans to ${config.professions.careManager.name} (0-100)`,
          type: 'number',
        });
        set.append(weights);
        field(set, { lang: 'en', path: `${path}.reason`, label: 'Reason shown with the result', multiline: true });
        set.append(
          actions(`answer "${option.label}"`, oi, question.options.length, { kind: 'option', question: String(qi), option: String(oi) }),
        );
        box.append(set);
      });
      box.append(adder(`Add an answer to question ${qi + 1}`, [['label', 'New answer']], { action: 'add-option', question: String(qi) }));
      box.append(actions(`question "${question.text}"`, qi, config.questions.length, { kind: 'question', question: String(qi) }));
      content.append(box);
    });
    content.append(
      adder(
        'Add a question (at the end)',
        [
          ['text', 'Question text'],
          ['first', 'First answer'],
          ['second', 'Second answer'],
        ],
        { action: 'add-question' },
      ),
    );
    const results = el('details', { className: 'results' });
    results.append(el('summary', { text: 'Results and next steps' }));
    for (const key of RECOMMENDATIONS) {
      const set = el('fieldset');
      set.append(el('legend', { text: `Result: ${key}` }));
      field(set, { lang: 'en', path: `results.${key}.title`, label: 'Title' });
      if (typeof config.results[key].weakTitle === 'string')
        field(set, { lang: 'en', path: `results.${key}.weakTitle`, label: 'Title when the fit is weak' });
      field(set, { lang: 'en', path: `results.${key}.summary`, label: 'Summary', multiline: true });
      config.nextSteps[key].forEach((step, si) => {
        field(set, { lang: 'en', path: `nextSteps.${key}[${si}].text`, label: `Next step ${si + 1}`, multiline: true });
        // Steps are matched to the built-in ones by id: a moved step keeps what it had.
        const builtInStep = defaultConfigs.en.nextSteps[key].find((s) => s.id === step.id);
        // A link can be given to any step, and left out of any the built-in content gives none.
        field(set, {
          lang: 'en',
          path: `nextSteps.${key}[${si}].href`,
          label: `Next step ${si + 1}, link (optional)`,
          optional: !builtInStep?.href,
        });
        const builtIn = !!builtInStep?.showIf;
        set.append(condition(`nextSteps.${key}[${si}].showIf`, step.showIf, config.questions, `Show next step ${si + 1}`, builtIn));
        set.append(
          actions(`next step ${si + 1} of result "${key}"`, si, config.nextSteps[key].length, {
            kind: 'step',
            result: key,
            step: String(si),
          }),
        );
      });
      set.append(
        adder(
          'Add a next step',
          [
            ['text', 'Next step text'],
            ['href', 'Link (optional: https://, mailto: or tel:)'],
          ],
          { action: 'add-step', result: key },
        ),
      );
      results.append(set);
    }
    content.append(results);
    const table = el('details', { className: 'table' });
    table.append(el('summary', { text: 'Comparison table' }));
    field(table, { lang: 'en', path: 'table.caption', label: 'Caption' });
    config.table.rows.forEach((_, ri) => field(table, { lang: 'en', path: `table.rows[${ri}].label`, label: `Row ${ri + 1}` }));
    content.append(table);
    const professions = el('details', { className: 'professions' });
    professions.append(el('summary', { text: 'The two professions' }));
    for (const key of PROFESSION_KEYS) {
      const set = el('fieldset');
      set.append(el('legend', { text: config.professions[key].name }));
      for (const [name, label] of PROFESSION_FIELDS) {
        const value = config.professions[key][name];
        const path = `professions.${key}.${name}`;
        if (Array.isArray(value)) field(set, { lang: 'en', path, label, list: true });
        else field(set, { lang: 'en', path, label, multiline: typeof value === 'string' && value.length > 60 });
      }
      professions.append(set);
    }
    content.append(professions);
    const sources = el('details', { className: 'sources' });
    sources.append(el('summary', { text: 'Sources and content date' }));
    field(sources, { lang: 'en', path: 'contentDate', label: 'Content date (YYYY-MM-DD)' });
    config.sources.forEach((_, i) => {
      const set = el('fieldset');
      set.append(el('legend', { text: `Source ${i + 1}` }));
      field(set, { lang: 'en', path: `sources[${i}].title`, label: 'Title' });
      field(set, { lang: 'en', path: `sources[${i}].href`, label: 'Link' });
      field(set, { lang: 'en', path: `sources[${i}].publisher`, label: 'Publisher' });
      field(set, { lang: 'en', path: `sources[${i}].date`, label: 'Date' });
      field(set, { lang: 'en', path: `sources[${i}].checked`, label: 'Link checked on (YYYY-MM-DD)' });
      sources.append(set);
    });
    content.append(sources);
    const strings = el('details', { className: 'strings' });
    strings.append(el('summary', { text: 'Interface texts (buttons, headings, messages)' }));
    for (const key of Object.keys(config.strings))
      if (!key.startsWith('quiz.intro.'))
        field(strings, { lang: 'en', path: `strings.${key}`, label: key, multiline: config.strings[key].length > 60 });
    content.append(strings);
  }

  /**
   * A condition (`showIf`): always, or only when the answer to an earlier question is one of the
   * ticked answers. The same in every language.
   */
  function condition(path, rule, questions, what, builtIn) {
    const set = el('fieldset', { className: 'condition', attrs: { 'data-condition': path } });
    set.append(el('legend', { text: `${what}: when?` }));
    const id = `condition-${++uid}`;
    const select = el('select', { attrs: { id, 'data-role': 'question' } });
    const always = new Option('Always', '');
    // A built-in condition can change, not go: the widget merges edits onto the built-in content.
    always.disabled = builtIn;
    select.append(always);
    for (const q of questions) select.append(new Option(`When the answer to "${q.text}" is one of these`, q.id));
    select.value = rule?.question ?? '';
    const wrap = el('div', { className: 'field' });
    wrap.append(el('label', { text: 'Condition', attrs: { for: id } }), select);
    set.append(wrap);
    const source = questions.find((q) => q.id === rule?.question);
    for (const option of source?.options ?? []) {
      const label = el('label', { className: 'choice' });
      const box = el('input', { attrs: { type: 'checkbox', 'data-role': 'answer', value: option.id } });
      box.checked = rule.anyOf.includes(option.id);
      label.append(box, ` ${option.label}`);
      set.append(label);
    }
    if (source && !rule.anyOf.length)
      set.append(el('p', { className: 'field-error', text: 'Tick at least one answer, or this is never shown.' }));
    return set;
  }

  root.addEventListener('change', (event) => {
    const set = event.target.closest?.('[data-condition]');
    if (!set || !root.contains(set)) return;
    const path = set.dataset.condition;
    const question = set.querySelector('[data-role="question"]').value;
    const previous = getAt(drafts.en, path);
    const anyOf =
      question && previous?.question === question ? [...set.querySelectorAll('[data-role="answer"]:checked')].map((box) => box.value) : [];
    const parentPath = path.replace(/\.showIf$/, '');
    for (const lang of LANGS()) {
      const parent = getAt(drafts[lang], parentPath);
      if (!parent) continue;
      if (question) parent.showIf = { question, anyOf };
      else delete parent.showIf;
    }
    const role = event.target.dataset.role;
    const value = event.target.value;
    const open = [...root.querySelectorAll('#content-fields details[open]')].map((d) => d.dataset.question ?? `.${d.className}`);
    rebuild();
    for (const key of open) {
      const selector = key.startsWith('.') ? `#content-fields details${key}` : `details[data-question="${CSS.escape(key)}"]`;
      if (key !== '.') root.querySelector(selector)?.setAttribute('open', '');
    }
    const again = root.querySelector(`[data-condition="${CSS.escape(path)}"]`);
    again?.closest('details')?.setAttribute('open', '');
    (role === 'answer'
      ? again?.querySelector(`[data-role="answer"][value="${CSS.escape(value)}"]`)
      : again?.querySelector('select')
    )?.focus();
  });

  const defaultQuestion = (id) => defaultConfigs.en.questions.find((q) => q.id === id);

  /**
   * Move up, Move down and Remove for item `index` of `count` (a question, an answer or a next step,
   * built-in ones too: the export removes them with `{ "id": ..., "remove": true }`). Each button's
   * name says which item it acts on.
   */
  function actions(what, index, count, data) {
    const group = el('div', { className: 'item-actions' });
    const add = (text, action, extra = {}) => {
      const node = button(text, { action, ...data, ...extra });
      node.setAttribute('aria-label', `${text}: ${what}`);
      group.append(node);
    };
    if (index > 0) add('Move up', `move-${data.kind}`, { by: '-1' });
    if (index < count - 1) add('Move down', `move-${data.kind}`, { by: '1' });
    add(
      { question: 'Remove this question', option: 'Remove this answer', step: 'Remove this next step' }[data.kind],
      `remove-${data.kind}`,
    );
    return group;
  }

  function button(text, data) {
    const node = el('button', { text, className: 'secondary', attrs: { type: 'button' } });
    Object.assign(node.dataset, data);
    return node;
  }

  /** A small group of labelled inputs and a button that adds what they name. */
  function adder(title, inputs, data) {
    const group = el('fieldset', { className: 'adder' });
    group.append(el('legend', { text: title }));
    for (const [name, label] of inputs) {
      const id = `add-${++uid}`;
      const wrap = el('div', { className: 'field' });
      const input = el('input', { attrs: { id, type: 'text', 'data-add': name } });
      wrap.append(el('label', { text: label, attrs: { for: id } }), input);
      group.append(wrap);
    }
    const add = button(title.replace(/ \(.*\)$/, '').replace(/ to question \d+$/, ''), data);
    // Four results have the same button: its name says which one.
    if (data.result) add.setAttribute('aria-label', `${add.textContent} to result "${data.result}"`);
    group.append(add);
    return group;
  }

  const newOption = (label, taken) => ({ id: idFrom(label, taken), label, weights: { caseManager: 0, careManager: 0 }, reason: '' });

  /**
   * After a question (`option` undefined) or one of its answers is removed from `config`: every
   * condition naming it loses it. A condition left with no answer, or naming a removed question, can
   * never hold, so what it guards goes too: a question shown only then (and, in turn, what depends on
   * that one), a next step, and the "both" rule (whose conditions must all hold). The widget would
   * refuse the config otherwise, and the author could not fix a built-in condition from here.
   * Returns what else went, in words.
   */
  function dropDependents(config, question, option) {
    const removed = new Set(option === undefined ? [question] : []);
    let narrowed = 0;
    const dead = (rule) => {
      if (!rule) return false;
      if (removed.has(rule.question)) return true;
      if (rule.question === question && rule.anyOf.includes(option)) {
        rule.anyOf = rule.anyOf.filter((id) => id !== option);
        if (rule.anyOf.length) narrowed++;
      }
      return rule.anyOf.length === 0;
    };
    const questions = [];
    for (let again = true; again;) {
      again = false;
      config.questions = config.questions.filter((q) => {
        if (!dead(q.showIf)) return true;
        removed.add(q.id);
        questions.push(q.text);
        again = true;
        return false;
      });
    }
    let steps = 0;
    for (const key of Object.keys(config.nextSteps)) {
      const kept = config.nextSteps[key].filter((step) => !dead(step.showIf));
      steps += config.nextSteps[key].length - kept.length;
      config.nextSteps[key] = kept;
    }
    const bothWhen = config.scoring.bothWhen ?? [];
    const ruleGone = bothWhen.filter(dead).length > 0;
    if (ruleGone) config.scoring.bothWhen = [];
    return [
      ...(narrowed ? [`it is taken out of ${narrowed} condition${narrowed === 1 ? '' : 's'} naming it with other answers`] : []),
      ...questions.map((text) => `removed question "${text}", shown only after it`),
      ...(steps ? [`removed ${steps} next step${steps === 1 ? '' : 's'} shown only after it`] : []),
      ...(ruleGone ? ['removed the rule that makes the result "both" for certain answers together, which needed it'] : []),
    ];
  }

  /**
   * Adds, moves or removes questions, answers and next steps in every language at once, then shows
   * the result.
   */
  function structure(action, data, group) {
    const values = Object.fromEntries([...(group?.querySelectorAll('[data-add]') ?? [])].map((i) => [i.dataset.add, i.value.trim()]));
    const qi = Number(data.question);
    let focus;
    let said;
    if (action === 'add-option') {
      if (!values.label) return announce('Type the new answer first.', group.querySelector('input'));
      const options = drafts.en.questions[qi].options;
      const option = newOption(
        values.label,
        options.map((o) => o.id),
      );
      for (const lang of LANGS()) drafts[lang].questions[qi].options.push(clone(option));
      focus = `en|questions[${qi}].options[${options.length - 1}].reason`;
      said = `Answer "${values.label}" added to question ${qi + 1}. Give it its weights and a reason.`;
    } else if (action === 'remove-option') {
      const oi = Number(data.option);
      const options = drafts.en.questions[qi].options;
      const label = options[oi].label;
      const { id: questionId } = drafts.en.questions[qi];
      const optionId = options[oi].id;
      let also = [];
      for (const lang of LANGS()) {
        drafts[lang].questions[qi].options.splice(oi, 1);
        const went = dropDependents(drafts[lang], questionId, optionId);
        if (lang === 'en') also = went;
      }
      // The focus goes to the answer that took its place (or the one before it, or the question).
      const next = Math.min(oi, options.length - 1);
      focus = next >= 0 ? `en|questions[${qi}].options[${next}].label` : `en|questions[${qi}].text`;
      said = `Answer "${label}" removed from question ${qi + 1}.${also.length ? ` Also: ${also.join('; ')}.` : ''}`;
    } else if (action === 'move-option' || action === 'move-question' || action === 'move-step') {
      // Questions, the answers of question `qi`, and the next steps of a result move the same way.
      const kind = action.slice('move-'.length);
      const list = (lang) =>
        kind === 'option'
          ? drafts[lang].questions[qi].options
          : kind === 'question'
            ? drafts[lang].questions
            : drafts[lang].nextSteps[data.result];
      const from = kind === 'option' ? Number(data.option) : kind === 'question' ? qi : Number(data.step);
      const by = Number(data.by);
      const to = from + by;
      if (to < 0 || to >= list('en').length) return;
      for (const lang of LANGS()) {
        const items = list(lang);
        [items[from], items[to]] = [items[to], items[from]];
      }
      const item = list('en')[to];
      const noun = { option: 'answer', question: 'question', step: 'next step' }[kind];
      const named = kind === 'step' ? 'Next step' : `${noun[0].toUpperCase()}${noun.slice(1)} "${item.label ?? item.text}"`;
      const where = kind === 'step' ? ` in result "${data.result}"` : '';
      said = `${named} moved ${by < 0 ? 'up' : 'down'}: now ${noun} ${to + 1} of ${list('en').length}${where}.`;
      // The focus stays on the moved item: the same button, or the other way when it reached an end.
      const at = {
        option: `[data-question="${qi}"][data-option="${to}"]`,
        question: `[data-kind="question"][data-question="${to}"]`,
        step: `[data-result="${CSS.escape(data.result ?? '')}"][data-step="${to}"]`,
      }[kind];
      focus = () =>
        content.querySelector(`button[data-action="${action}"][data-by="${by}"]${at}`) ??
        content.querySelector(`button[data-action="${action}"]${at}`);
    } else if (action === 'add-question') {
      if (!values.text || !values.first || !values.second)
        return announce('Type the question and its first two answers first.', group.querySelector('input'));
      const question = {
        id: idFrom(
          values.text,
          drafts.en.questions.map((q) => q.id),
        ),
        text: values.text,
        options: [],
      };
      question.options.push(newOption(values.first, []));
      question.options.push(newOption(values.second, [question.options[0].id]));
      for (const lang of LANGS()) drafts[lang].questions.push(clone(question));
      focus = `en|questions[${drafts.en.questions.length - 1}].options[0].reason`;
      said = `Question "${values.text}" added at the end. Give its answers weights and reasons.`;
    } else if (action === 'remove-question') {
      const { text, id: questionId } = drafts.en.questions[qi];
      let also = [];
      for (const lang of LANGS()) {
        drafts[lang].questions.splice(qi, 1);
        const went = dropDependents(drafts[lang], questionId);
        if (lang === 'en') also = went;
      }
      // The focus goes to the question that took its place (or the one before it).
      const next = drafts.en.questions[Math.min(qi, drafts.en.questions.length - 1)];
      focus = () => next && content.querySelector(`details[data-question="${CSS.escape(next.id)}"] > summary`);
      said = `Question "${text}" removed.${also.length ? ` Also: ${also.join('; ')}.` : ''}`;
    } else if (action === 'add-step') {
      const steps = drafts.en.nextSteps[data.result];
      if (!values.text) return announce('Type the next step first.', group.querySelector('input'));
      const badLink = values.href && linkProblem(values.href);
      if (badLink) return announce(`Not added: ${badLink}.`, group.querySelector('[data-add="href"]'));
      const step = {
        id: idFrom(
          values.text,
          steps.map((s) => s.id),
        ),
        text: values.text,
        ...(values.href ? { href: values.href } : {}),
      };
      for (const lang of LANGS()) drafts[lang].nextSteps[data.result].push(clone(step));
      focus = `en|nextSteps.${data.result}[${steps.length - 1}].text`;
      said = `Next step added to result "${data.result}", shown always: give it a condition to show it only after certain answers.`;
    } else if (action === 'remove-step') {
      const si = Number(data.step);
      const steps = drafts.en.nextSteps[data.result];
      const words = steps[si].text.trim().split(/\s+/);
      const named =
        words.length > 8
          ? `${words
              .slice(0, 8)
              .join(' ')
              .replace(/[.,;:!?]+$/, '')}…`
          : steps[si].text.trim();
      for (const lang of LANGS()) drafts[lang].nextSteps[data.result].splice(si, 1);
      const next = Math.min(si, steps.length - 1);
      focus = next >= 0 ? `en|nextSteps.${data.result}[${next}].text` : `en|results.${data.result}.summary`;
      said = `Next step ${si + 1}${named ? ` ("${named}")` : ''} removed from result "${data.result}".${steps.length ? '' : ' The result has no next step left: the Balance tab warns about that.'}`;
    } else return;
    const open = [...content.querySelectorAll('details[open][data-question]')].map((d) => d.dataset.question);
    const resultsOpen = content.querySelector('details.results')?.open;
    rebuild();
    for (const id of open) content.querySelector(`details[data-question="${CSS.escape(id)}"]`)?.setAttribute('open', '');
    if (resultsOpen) content.querySelector('details.results')?.setAttribute('open', '');
    const target = typeof focus === 'function' ? focus() : focus && fields.get(focus)?.input;
    target?.closest('details')?.setAttribute('open', '');
    announce(said, target ?? content.querySelector('summary'));
  }

  function announce(text, focusOn) {
    root.querySelector('#editor-announce').textContent = text;
    focusOn?.focus();
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest?.('button[data-action]');
    if (target && root.contains(target)) structure(target.dataset.action, target.dataset, target.closest('.adder'));
  });

  function renderLanguages() {
    languages.replaceChildren();
    const others = LANGS().filter((lang) => lang !== 'en');
    if (!others.length) {
      languages.append(el('p', { text: 'No language pack is loaded.' }));
      return;
    }
    for (const [path, name] of textPaths(drafts.en)) {
      const row = el('div', { className: 'translation', attrs: { 'data-path': path } });
      row.append(el('h3', { text: name }));
      row.append(el('p', { className: 'source-text', text: String(getAt(drafts.en, path) ?? ''), attrs: { lang: 'en' } }));
      for (const lang of others) {
        const input = field(row, { lang, path, label: nameOf(lang), multiline: String(getAt(drafts.en, path) ?? '').length > 60 });
        input.lang = lang;
        row.append(el('p', { className: 'flag', attrs: { 'data-flag-for': `${lang}|${path}` } }));
      }
      languages.append(row);
    }
  }

  /** Missing and stale translations, flagged beside their field. */
  function flagTranslations() {
    for (const flag of languages.querySelectorAll('[data-flag-for]')) {
      const [lang, path] = flag.dataset.flagFor.split('|');
      const english = getAt(drafts.en, path);
      const text = getAt(drafts[lang], path);
      const englishChanged = english !== getAt(defaultConfigs.en, path);
      const translationUnchanged = text === getAt(defaultConfigs[lang], path);
      flag.textContent = !text
        ? 'Missing translation.'
        : text === english && englishChanged
          ? 'Same as the English: not translated yet.'
          : englishChanged && translationUnchanged
            ? 'The English changed since this was translated: check it.'
            : '';
    }
  }

  /** The widget's message for a field, as a sentence about that field. */
  function fieldMessage(message) {
    if (message === 'must be a non-empty string') return 'This cannot be empty.';
    const sentence = /^(must|is|has|needs|names) /.test(message) ? `This ${message}` : message[0].toUpperCase() + message.slice(1);
    return /[.:]$/.test(sentence) ? sentence : `${sentence}.`;
  }

  /**
   * Runs the engine's validation on every draft and puts each message at its field; the drafts
   * without a problem become the last valid content, unless `hold`.
   */
  function validate({ hold = false } = {}) {
    const unplaced = [];
    for (const { input, message } of fields.values()) {
      message.textContent = '';
      input.removeAttribute('aria-invalid');
    }
    let count = 0;
    const english = new Set();
    for (const lang of LANGS()) {
      const all = validateConfig(drafts[lang]);
      // A value every language shares (a link) has one field, the English one, and one problem.
      const errors = lang === 'en' ? all : all.filter((e) => fields.has(`${lang}|${e.path}`) || !english.has(`${e.path}|${e.message}`));
      if (lang === 'en') for (const e of all) english.add(`${e.path}|${e.message}`);
      count += errors.length;
      for (const error of errors) {
        const at = fields.get(`${lang}|${error.path}`) ?? fields.get(`${lang}|${error.path.replace(/\[\d+\]$/, '')}`);
        if (at) {
          const said = fieldMessage(error.message);
          at.message.textContent = at.message.textContent ? `${at.message.textContent} ${said}` : said;
          at.input.setAttribute('aria-invalid', 'true');
          // A message inside a closed section would be missed: open it.
          at.input.closest('details')?.setAttribute('open', '');
        } else unplaced.push(`${nameOf(lang)}, ${error.path}: ${error.message}`);
      }
      if (!all.length && !hold) valid[lang] = clone(drafts[lang]);
    }
    problems.replaceChildren(...unplaced.map((text) => el('li', { text })));
    summary.textContent = count
      ? `${count} ${count === 1 ? 'problem' : 'problems'} to fix (${
          unplaced.length === count ? 'listed below' : unplaced.length ? 'marked at the fields, and listed below' : 'marked at the fields'
        }). The preview and the embed code keep your last valid content.`
      : '';
    flagTranslations();
    return count;
  }

  /** `hold`: check the drafts and show the messages, but keep the last valid content as it is. */
  function changed({ hold = false } = {}) {
    validate({ hold });
    save();
    onChange(valid);
  }

  // A link half typed is often a valid relative link ("www", "javascript"): a link reaches the
  // preview and the embed code when its field is left, not at every key.
  const isLink = (path) => /(^|\.)href$|Href$/.test(path);
  root.addEventListener('change', (event) => {
    const { lang, path } = event.target.dataset ?? {};
    if (lang && path && isLink(path) && fields.has(`${lang}|${path}`)) changed();
  });

  root.addEventListener('input', (event) => {
    const input = event.target;
    const { lang, path } = input.dataset ?? {};
    if (!lang || !path || !fields.has(`${lang}|${path}`)) return;
    let value = input.type === 'number' ? (input.value === '' ? '' : Number(input.value)) : input.value;
    if (input.dataset.list !== undefined) value = input.value.split('\n').filter((line) => line.trim());
    const before = getAt(drafts[lang], path);
    if (value === '' && input.dataset.optional !== undefined) deleteAt(drafts[lang], path);
    else setAt(drafts[lang], path, value);
    // Weights are the same in every language: an English weight is the weight. So is a link the
    // other languages shared with the English (no field shows theirs).
    if (input.type === 'number')
      for (const other of LANGS()) if (other !== lang && getAt(drafts[other], path) !== undefined) setAt(drafts[other], path, value);
    if (lang === 'en' && isLink(path))
      for (const other of LANGS()) {
        if (other === lang || getAt(drafts[other], path) !== before) continue;
        if (value === '') deleteAt(drafts[other], path);
        else setAt(drafts[other], path, value);
      }
    if (lang === 'en' && /^questions\[\d+\]\.text$/.test(path)) {
      const summaryEl = input.closest('details')?.querySelector('summary');
      if (summaryEl) summaryEl.textContent = `Question ${Number(path.match(/\d+/)[0]) + 1}: ${input.value}`;
    }
    if (lang === 'en') {
      const source = languages.querySelector(`.translation[data-path="${CSS.escape(path)}"] .source-text`);
      if (source) source.textContent = input.value;
    }
    changed({ hold: isLink(path) });
  });

  function rebuild() {
    fields = new Map();
    renderContent();
    renderLanguages();
    changed();
  }

  /** Replaces the English content; other languages keep their texts where the English did not change them. */
  function replaceEnglish(config) {
    const override = diff(defaultConfigs.en, config) ?? {};
    const next = { en: clone(config) };
    for (const lang of LANGS()) if (lang !== 'en') next[lang] = mergeConfig(defaultConfigs[lang], override);
    drafts = next;
    valid = clone(drafts);
    rebuild();
  }

  rebuild();

  return {
    /** The last valid config in `lang` (English when the editor has no such language). */
    configFor: (lang) => valid[lang] ?? valid.en,
    /**
     * The same as an override of the built-in content in `lang`: what the preview is given, so it
     * merges as the exported code does (a whole config cannot remove a built-in item; the marker can).
     */
    overrideFor: (lang) => (valid[lang] ? diff(defaultConfigs[lang], valid[lang]) : diff(defaultConfigs.en, valid.en)),
    /** Whether the content differs from the default content. */
    edited: () => LANGS().some((lang) => diff(defaultConfigs[lang], valid[lang]) !== undefined),
    /**
     * The JSON children for the embed code: one without `lang` (the English content, and the
     * weights every language shares), one per other language with its own texts.
     */
    jsonChildren() {
      const base = diff(defaultConfigs.en, valid.en);
      const children = [];
      const json = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
      if (base) children.push(`<script type="application/json">\n${json(base)}\n</script>`);
      for (const lang of LANGS()) {
        if (lang === 'en') continue;
        const own = diff(mergeConfig(defaultConfigs[lang], base ?? {}), valid[lang]);
        if (own) children.push(`<script type="application/json" lang="${lang}">\n${json(own)}\n</script>`);
      }
      return children;
    },
    /**
     * The edits as overrides: `{ base, langs: { es: ... } }`, `base` for every language (the
     * English texts and the shared weights), each language's own texts on top. What a server keeps.
     */
    overrides() {
      const base = diff(defaultConfigs.en, valid.en) ?? {};
      const langs = {};
      for (const lang of LANGS()) {
        if (lang === 'en') continue;
        const own = diff(mergeConfig(defaultConfigs[lang], base), valid[lang]);
        if (own) langs[lang] = own;
      }
      return { base, langs };
    },
    /** Loads overrides in the shape `overrides()` gives (a server's saved content); false when they do not fit. */
    loadOverrides({ base = {}, langs = {} } = {}) {
      const next = {};
      for (const lang of LANGS()) {
        next[lang] = mergeConfig(mergeConfig(defaultConfigs[lang], base), lang === 'en' ? {} : (langs[lang] ?? {}));
        if (validateConfig(next[lang]).length) return false;
      }
      drafts = next;
      valid = clone(drafts);
      rebuild();
      return true;
    },
    /** The whole English config as JSON, for the download. */
    download: () => JSON.stringify(valid.en, null, 2),
    startAgain() {
      try {
        storage.removeItem(STORAGE_KEY);
      } catch {
        // Nothing kept: nothing to remove.
      }
      drafts = defaults();
      valid = clone(drafts);
      rebuild();
    },
    /** Reads pasted JSON: `[]` when imported, else the messages (nothing changes then). */
    importText(text) {
      const { config, errors } = readImport(text, defaultConfigs.en);
      if (errors) return errors;
      replaceEnglish(config);
      return [];
    },
    /** The texts as CSV: one row per text, one column per language. */
    exportCsv() {
      const langs = LANGS();
      const lines = [['path', ...langs].join(',')];
      for (const [path] of textPaths(drafts.en))
        lines.push([path, ...langs.map((lang) => String(getAt(drafts[lang], path) ?? ''))].map(csvField).join(','));
      return lines.join('\r\n') + '\r\n';
    },
    /** Takes translators' CSV back: known paths and languages only; returns what it did, in words. */
    importCsv(text) {
      const [header, ...rows] = parseCsv(text);
      if (!header || header[0] !== 'path') return { error: 'The first row must start with "path", then one column per language.' };
      const known = new Set(textPaths(drafts.en).map(([path]) => path));
      let updated = 0;
      const skipped = [];
      for (const row of rows) {
        const path = row[0];
        if (!path) continue;
        if (!known.has(path)) {
          skipped.push(path);
          continue;
        }
        header.slice(1).forEach((lang, i) => {
          if (!drafts[lang] || row[i + 1] === undefined) return;
          if (getAt(drafts[lang], path) !== row[i + 1]) {
            setAt(drafts[lang], path, row[i + 1]);
            updated++;
          }
        });
      }
      rebuild();
      return { updated, skipped };
    },
  };
}
