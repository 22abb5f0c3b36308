/** The linter's shared types: what a rule is given and what it reports. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** A JSON path as validate.ts writes it, such as `sections[2].blocks[0]`; empty for the whole file. */
  path: string;
  severity: Severity;
  message: string;
}

export interface LintOptions {
  /** The day review ages are counted to, `YYYY-MM-DD`. */
  today: string;
  maxReviewAgeDays: number;
}

/** The payload a translation was made from, as found beside it. */
export type Original = { fileName: string; found: false } | { fileName: string; found: true; payload: unknown };

export interface LintContext extends LintOptions {
  /** The topic and locale the payload's place names, when it sits at `topics/<topic>/<locale>.json`. */
  expected?: { topic: string; locale: string };
  /** For a translation: the payload it translates. Left out when it could not be read. */
  original?: Original;
}

/** One rule: the findings for one parsed payload, which may not match the schema at all. */
export type Rule = (input: unknown, context: LintContext) => Finding[];
