import { errorAt } from '../findings.js';
import { field } from '../payload.js';
import type { Finding, LintContext } from '../types.js';

/** Error: a payload's id is its folder's name and its locale its file's, or the content build stops. */
export function placeFindings(input: unknown, { expected }: LintContext): Finding[] {
  if (!expected) return [];
  const findings: Finding[] = [];
  const id = field(input, 'id');
  const locale = field(input, 'locale');
  if (typeof id === 'string' && id !== expected.topic) {
    findings.push(errorAt('id', `The topic id is "${id}" but its folder is "${expected.topic}"; they must match or the build stops.`));
  }
  if (typeof locale === 'string' && locale !== expected.locale) {
    const file = `${expected.locale}.json`;
    findings.push(errorAt('locale', `The locale is "${locale}" but the file is "${file}"; they must match or the build stops.`));
  }
  return findings;
}
