import * as v from 'valibot';
import type { ValidationIssue } from './issues.js';
import { HealthTopicSchema, type HealthTopic } from './schema.js';

export type { ValidationIssue } from './issues.js';

export type ValidationResult =
  | { ok: true; value: HealthTopic }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Checks a payload against the content schema. Used at build time for every bundled payload and at
 * run time for every payload, whatever way it arrives, so both reject the same things.
 */
export function validateTopic(input: unknown): ValidationResult {
  const result = v.safeParse(HealthTopicSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.flatMap(describeIssue) };
}

type SchemaIssue = v.InferIssue<typeof HealthTopicSchema>;

function describeIssue(issue: SchemaIssue | v.BaseIssue<unknown>): ValidationIssue[] {
  // A union reports "matched no option" and keeps each option's own issues: those say what is wrong.
  if (issue.type === 'union' && issue.issues?.length) {
    return issue.issues.flatMap(describeIssue);
  }
  return [{ path: formatPath(issue.path), message: issueMessage(issue) }];
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  // A key the schema does not know: valibot says it expected nothing ("never") there.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `Unknown property (${issue.message}).`;
  }
  return issue.message;
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  let formatted = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') formatted += `[${key}]`;
    else formatted += formatted ? `.${String(key)}` : String(key);
  }
  return formatted;
}
