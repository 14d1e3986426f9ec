/** The two professions the widget compares, as config keys, in the order they are shown. */
export const PROFESSION_KEYS = ['caseManager', 'careManager'] as const;
export type ProfessionKey = (typeof PROFESSION_KEYS)[number];

/** What `evaluate` can say, in a fixed order. Never an order to the family: a likely fit. */
export const RECOMMENDATIONS = ['case-manager', 'care-manager', 'both', 'unsure'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The professions a recommendation points to: what the table marks and the result card leads with. */
export const PROFESSIONS_FOR: Readonly<Record<Recommendation, readonly ProfessionKey[]>> = {
  'case-manager': ['caseManager'],
  'care-manager': ['careManager'],
  both: PROFESSION_KEYS,
  unsure: [],
};

/** Ids of questions, options, rows and steps: letters, digits and hyphens, so links can carry them. */
export const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/** How far one answer leans toward each profession. Zero means "no lean". */
export interface Weights {
  caseManager: number;
  careManager: number;
}

export interface OptionConfig {
  id: string;
  label: string;
  weights: Weights;
  /** One plain sentence, traced to the source, shown when this answer shapes the result. */
  reason: string;
}

/** Show a question only when an earlier answer to `question` is one of `anyOf`. */
export interface ShowIf {
  question: string;
  anyOf: string[];
}

export interface QuestionConfig {
  id: string;
  text: string;
  help?: string;
  /** Checkboxes instead of radios. */
  multiple?: boolean;
  /** A "what matters most to you" question (IPDAS values clarification). */
  values?: boolean;
  showIf?: ShowIf;
  options: OptionConfig[];
}

export interface Source {
  title: string;
  href?: string;
  /** ISO date (YYYY-MM-DD) of the source, when it gives one. */
  date?: string;
  publisher?: string;
  /** ISO date this tool last read the source, for a page that changes (a rule, a service's page). */
  checked?: string;
}

/** Everything the result card and the table say about one profession. */
export interface ProfessionTexts {
  name: string;
  summary: string;
  alsoCalled: string;
  employer: string;
  where: string;
  focus: string;
  duties: string[];
  overTime: string;
  /**
   * Who pays, and what to ask about it. Optional so a config written before this field stays valid;
   * a table row can only show it when both professions have it.
   */
  whoPays?: string;
  limits: string[];
  association: string;
  associationHref?: string;
  betterFit: string;
  questionsToAsk: string[];
}

/** A comparison-table row: a family's question and where each column's answer comes from. */
export interface TableRow {
  id: string;
  label: string;
  /** Which `ProfessionTexts` field fills the cells. */
  field: keyof ProfessionTexts;
}

export interface ResultTexts {
  title: string;
  /** The title when the match is weak ("a possible fit"), so the heading and the strength agree. */
  weakTitle?: string;
  summary: string;
}

export interface NextStep {
  id: string;
  text: string;
  href?: string;
  /** A neutral, public route (not the agency's). */
  public?: boolean;
  /**
   * Show this step only when the answer to `question` (a question the person saw) includes one of
   * `anyOf`; the same shape as a question's `showIf`. Without it the step is always shown.
   */
  showIf?: ShowIf;
}

export interface Scoring {
  /** Fewer answered questions than this gives `unsure`. */
  minAnswered: number;
  /** A lower total lean than this gives `unsure`. */
  minTotal: number;
  /** When the smaller side is at least this share of the larger one, and both are strong, `both`. */
  bothRatio: number;
  /** Each side needs at least this much for `both`. */
  bothMin: number;
  /**
   * Answers that make the result `both` whatever the scores, when every condition holds: e.g. in the
   * hospital now (a case manager there) and regular help at home for a long time (a care manager).
   */
  bothWhen?: ShowIf[];
}

export interface CareChoiceConfig {
  /** BCP 47 language of the texts. */
  lang: string;
  /** ISO date the content was last checked against its sources. */
  contentDate: string;
  sources: Source[];
  questions: QuestionConfig[];
  professions: Record<ProfessionKey, ProfessionTexts>;
  table: { caption: string; rows: TableRow[] };
  results: Record<Recommendation, ResultTexts>;
  nextSteps: Record<Recommendation, NextStep[]>;
  scoring: Scoring;
  /** Interface strings; `{name}` placeholders are filled at render time. */
  strings: Record<string, string>;
}

/** Answers by question id: the chosen option ids (one for radios). */
export type Answers = Record<string, string[]>;

export interface Reason {
  questionId: string;
  optionId: string;
  question: string;
  answer: string;
  text: string;
  leansTo: 'case-manager' | 'care-manager' | 'both';
}

/** The "what matters most" answer, when the result points to the other profession than it does. */
export interface ValuesNote {
  questionId: string;
  optionId: string;
  /** The answer's label, as the person saw it. */
  answer: string;
  leansTo: 'case-manager' | 'care-manager';
}

export interface EvaluationResult {
  recommendation: Recommendation;
  scores: Weights;
  /** 0 to 1: how clearly the answers point at the recommendation. */
  confidence: number;
  strength: 'weak' | 'moderate' | 'strong';
  reasons: Reason[];
  nextSteps: NextStep[];
  answeredCount: number;
  visibleCount: number;
  /**
   * Set only when the result is one profession and the values answer points to the other: the card
   * says so, and the strength is at most `moderate`.
   */
  values?: ValuesNote;
}

export interface ConfigError {
  /** Where the problem is, e.g. `questions[2].options[1].weights.careManager`. */
  path: string;
  message: string;
}

/** The subset of the Web Storage API the store needs; injected so the engine stays DOM-free. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A language for the widget: a partial config in that language, merged onto the English content
 * by id (questions, options, rows, steps), with `lang` set. A whole config works too.
 */
export type LanguagePack = { lang: string } & Record<string, unknown>;
