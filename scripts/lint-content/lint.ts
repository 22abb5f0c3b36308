/**
 * The content linter's rules, run on one payload. The schema's rule runs first; the others read the
 * raw JSON as far as it can be read, so an editor sees every problem at once.
 * docs/content-linter.md lists the rules and why each exists.
 */
import { readFileSync } from 'node:fs';
import { bySeverity, wholeFile } from './findings.js';
import { expectedPlace, originalOf } from './files.js';
import { parseJson } from './json-errors.js';
import { missingDates, overdueReview } from './rules/dates.js';
import { figuresWithoutAltOrCredit } from './rules/figures.js';
import { licenceTerms } from './rules/licence-terms.js';
import { danglingLeadIns } from './rules/lead-ins.js';
import { unsafeLinks } from './rules/links.js';
import { placeFindings } from './rules/place.js';
import { provenanceWithoutAddress, rebuiltWithoutProvenance } from './rules/provenance.js';
import { readingLevel } from './rules/reading-level.js';
import { untraceableReferences } from './rules/references.js';
import { schemaFindings } from './rules/schema.js';
import { unstableSectionIds } from './rules/section-ids.js';
import { translationDifferences } from './rules/translation.js';
import type { Finding, LintContext, LintOptions, Rule } from './types.js';

export type { Finding, LintContext, LintOptions, Severity } from './types.js';

/** In the order their findings are listed within each severity. */
const RULES: Rule[] = [
  // Errors: the widget would break, or a reader could be harmed. The schema also rejects days a
  // month lacks and section ids used twice (src/content/schema.ts).
  schemaFindings,
  placeFindings,
  unsafeLinks,
  // Errors, warnings and a note: licence terms.
  licenceTerms,
  // Warnings: editorial.
  danglingLeadIns,
  figuresWithoutAltOrCredit,
  missingDates,
  overdueReview,
  rebuiltWithoutProvenance,
  provenanceWithoutAddress,
  untraceableReferences,
  unstableSectionIds,
  translationDifferences,
  // Info.
  readingLevel,
];

/** Every finding for one parsed payload, errors first. */
export function lintPayload(input: unknown, context: LintContext): Finding[] {
  return bySeverity(RULES.flatMap((rule) => rule(input, context)));
}

/** Reads, parses and lints one payload file, finding its place and, for a translation, its original. */
export function lintFile(file: string, options: LintOptions): Finding[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return [wholeFile('error', `The file cannot be read (${(error as Error).message}).`)];
  }
  const parsed = parseJson(source);
  if (!parsed.ok) return [wholeFile('error', parsed.message)];
  return lintPayload(parsed.value, { ...options, expected: expectedPlace(file), original: originalOf(file, parsed.value) });
}
