import * as v from 'valibot';
import type { ValidationIssue } from './issues.js';
import { toPlainData } from './plain-data.js';
import { HealthTopicSchema, type HealthTopic } from './schema.js';

export type { ValidationIssue } from './issues.js';

export type ValidationResult =
  | { ok: true; value: HealthTopic }
  | { ok: false; issues: ValidationIssue[] };

/** Enough to fix a payload by; a payload with 200,000 bad sections is reported in these and a count. */
export const MAX_REPORTED_ISSUES = 100;

/**
 * Checks a payload against the content schema. Used at build time for every bundled payload and at
 * run time for every payload, whatever way it arrives, so both reject the same things. Never
 * throws: a payload that cannot even be read (see plain-data.ts) is one issue at its root. The
 * value returned is a copy holding only plain data, so nothing a page did to the original, or to
 * Object.prototype, is read later.
 */
export function validateTopic(input: unknown): ValidationResult {
  const plain = toPlainData(input);
  if (!plain.ok) return rootIssue(`The payload is not JSON data. ${plain.reason}`);
  let result: ReturnType<typeof v.safeParse<typeof HealthTopicSchema>>;
  try {
    result = v.safeParse(HealthTopicSchema, plain.value);
  } catch (error) {
    return rootIssue(`The payload cannot be checked: ${String(error)}`);
  }
  if (!result.success) return { ok: false, issues: capped(result.issues.flatMap((issue) => describeIssue(issue))) };
  const output = toPlainData(result.output);
  return output.ok ? { ok: true, value: output.value as unknown as HealthTopic } : rootIssue(output.reason);
}

function rootIssue(message: string): ValidationResult {
  return { ok: false, issues: [{ path: '', message }] };
}

function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [...issues.slice(0, MAX_REPORTED_ISSUES), { path: '', message: `…and ${more} more problem${more === 1 ? '' : 's'}, not listed.` }];
}

type SchemaIssue = v.InferIssue<typeof HealthTopicSchema>;

type PathItem = v.IssuePathItem;

function describeIssue(issue: SchemaIssue | v.BaseIssue<unknown>, within: readonly PathItem[] = []): ValidationIssue[] {
  const path = [...within, ...(issue.path ?? [])];
  // A union reports "matched no option" and keeps each option's own issues: those say what is wrong.
  // Their paths start at the union's value, so they are joined to the union's own path.
  if (issue.type === 'union' && issue.issues?.length) {
    return issue.issues.flatMap((optionIssue) => describeIssue(optionIssue, path));
  }
  return [{ path: formatPath(path), message: issueMessage(issue) }];
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  // A key the schema does not know: valibot says it expected nothing ("never") there.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return `Unknown property (${issue.message}).`;
  }
  return issue.message;
}

function formatPath(path: readonly PathItem[]): string {
  let formatted = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') formatted += `[${key}]`;
    else formatted += formatted ? `.${String(key)}` : String(key);
  }
  return formatted;
}
