/**
 * Lints topic payloads: the schema, and what a medical editor should know before publishing.
 *
 *   tsx scripts/lint-content.ts [files...] [--strict] [--max-review-age-days N] [--today YYYY-MM-DD]
 *   npm run lint:content -- [files...] [options]
 *
 * Without files it lints every content/topics/<topic>/<locale>.json. It prints one line per finding,
 * `<file>:<json path>: <severity>: <message>` (`<file>: <severity>: <message>` when the finding is
 * about the whole file), then a summary line. Errors break the widget or the reader's safety;
 * warnings are editorial; info lines give each article's reading level.
 *
 *   --strict                  warnings fail the run too
 *   --max-review-age-days N   how old the last medical review may be (default 1095, three years)
 *   --today YYYY-MM-DD        the day review dates are counted to (default: today), for repeatable runs
 *
 * Exit code: 1 when a payload has an error (or, with --strict, a warning); 2 on a bad option; else 0.
 * The rules are in scripts/lint-content/ (lint.ts runs them); docs/content-linter.md lists them
 * and why each exists.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allPayloadFiles } from './lint-content/files.js';
import { count, formatFinding } from './lint-content/findings.js';
import { lintFile } from './lint-content/lint.js';
import { localDate } from '../src/shared/clock.js';
import { isRealDate } from '../src/shared/dates.js';
import type { LintOptions } from './lint-content/types.js';

const DEFAULT_MAX_REVIEW_AGE_DAYS = 1095;

function readOptions(): { files: string[]; strict: boolean; options: LintOptions } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      'max-review-age-days': { type: 'string', default: String(DEFAULT_MAX_REVIEW_AGE_DAYS) },
      today: { type: 'string' },
    },
  });
  const maxReviewAgeDays = Number(values['max-review-age-days']);
  if (!Number.isInteger(maxReviewAgeDays) || maxReviewAgeDays < 0) {
    throw new Error(`--max-review-age-days takes a whole number of days, not "${values['max-review-age-days']}".`);
  }
  const today = values.today ?? localDate(new Date());
  if (!isRealDate(today)) throw new Error(`--today takes a date such as 2026-05-31, not "${today}".`);
  return { files: positionals.length > 0 ? positionals : allPayloadFiles(), strict: values.strict, options: { today, maxReviewAgeDays } };
}

function main(): void {
  let run: ReturnType<typeof readOptions>;
  try {
    run = readOptions();
  } catch (error) {
    console.error(`lint-content: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const totals = { error: 0, warning: 0, info: 0 };
  for (const file of run.files) {
    const shownName = path.relative(process.cwd(), path.resolve(file));
    for (const finding of lintFile(file, run.options)) {
      totals[finding.severity] += 1;
      console.log(formatFinding(shownName, finding));
    }
  }
  console.log(`${count(run.files.length, 'payload')}: ${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}`);
  if (totals.error > 0 || (run.strict && totals.warning > 0)) process.exitCode = 1;
}

main();
