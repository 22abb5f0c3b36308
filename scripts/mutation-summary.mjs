/**
 * A Stryker reporter (see stryker.config.mjs) that writes docs/mutation.md after each run: the
 * date, Stryker's version, each mutated file's mutants by outcome and its score, the total, and
 * every surviving mutant with where it is, what it changes and why it survives. The reasons are
 * kept in scripts/mutation-survivors.json, matched by file, mutator, the code changed and its
 * replacement (not by line, which moves); a survivor without one is listed as "no reason yet", and
 * also written to reports/mutation/unexplained.json in that form, ready to be given one.
 *
 * The score is Stryker's mutation score: (killed + timed out) / (killed + timed out + survived +
 * no coverage). Mutants that do not compile, crash the run or are ignored count in neither part.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const root = path.resolve(import.meta.dirname, '..');
const DOC = path.join(root, 'docs/mutation.md');
const REASONS = path.join(root, 'scripts/mutation-survivors.json');
const UNEXPLAINED = path.join(root, 'reports/mutation/unexplained.json');

const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

/** The code a mutant replaces, from its 1-based line and column range. */
function originalCode(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ].join('\n');
}

/** Code on one line, white space collapsed, long code shortened in the middle. */
function shortCode(code, max = 70) {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max / 2 - 1)} … ${line.slice(-(max / 2 - 2))}`;
}

/** Text for a Markdown table cell, as inline code where `code` is true. */
function cell(text, code = false) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
  return code ? `<code>${escaped}</code>` : escaped;
}

function score(counts) {
  const detected = DETECTED.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const valid = detected + UNDETECTED.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return valid === 0 ? undefined : (100 * detected) / valid;
}

const percent = (value) => (value === undefined ? '—' : `${value.toFixed(1)} %`);

class MarkdownSummaryReporter {
  static inject = [];
  started = Date.now();

  onMutationTestReportReady(report) {
    const reasons = JSON.parse(readFileSync(REASONS, 'utf8'));
    const reasonFor = (key) =>
      reasons.find((entry) => ['file', 'mutator', 'original', 'replacement'].every((field) => entry[field] === key[field]))?.reason;

    const rows = [];
    const survivors = [];
    const total = {};
    for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
      const counts = {};
      for (const mutant of mutants) {
        counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
        total[mutant.status] = (total[mutant.status] ?? 0) + 1;
        if (!UNDETECTED.includes(mutant.status)) continue;
        const key = {
          file,
          mutator: mutant.mutatorName,
          original: shortCode(originalCode(source, mutant.location)),
          replacement: shortCode(mutant.replacement ?? ''),
        };
        survivors.push({ ...key, line: mutant.location.start.line, status: mutant.status, reason: reasonFor(key) });
      }
      rows.push({ file, mutants: mutants.length, counts });
    }

    const minutes = (Date.now() - this.started) / 60_000;
    const mutantCount = rows.reduce((sum, row) => sum + row.mutants, 0);
    const strykerVersion = report.framework?.version ?? 'unknown';
    const unexplained = survivors.filter((survivor) => !survivor.reason);
    const lines = [
      '# Mutation testing',
      '',
      `Written by \`npm run test:mutation\` on ${new Date().toISOString().slice(0, 10)}: StrykerJS ${strykerVersion}, its tap runner over the Node tests`,
      `(\`stryker.config.mjs\` says which), ${mutantCount} mutants in ${rows.length} files, in ${minutes.toFixed(1)} minutes on 2 cores.`,
      'The HTML report, mutant by mutant, is in `reports/mutation/index.html` after a run. To try some files',
      'again, `npx stryker run --mutate src/content/schema.ts,src/seo/structured-data.ts` (this file then',
      'covers those files only).',
      '',
      'The score is Stryker\'s mutation score: (killed + timed out) / (killed + timed out + survived + no coverage).',
      'A run whose total is under 85 % fails (`thresholds.break`).',
      '',
      `**Total: ${percent(score(total))}** (${total.Killed ?? 0} killed, ${total.Timeout ?? 0} timed out, ${total.Survived ?? 0} survived, ${total.NoCoverage ?? 0} without coverage).`,
      '',
      '| File | Mutants | Killed | Timed out | Survived | No coverage | Score |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(({ file, mutants, counts }) =>
        `| ${file} | ${mutants} | ${counts.Killed ?? 0} | ${counts.Timeout ?? 0} | ${counts.Survived ?? 0} | ${counts.NoCoverage ?? 0} | ${percent(score(counts))} |`),
      '',
      '## What is mutated, and what is not',
      '',
      'The modules whose logic runs in Node: `src/content/*.ts`, `src/i18n/localization.ts` and `messages.ts`,',
      '`src/shared/*.ts`, `src/seo/structured-data.ts`, `src/elements/citation-list/citation-format.ts` and',
      '`scripts/lint-content/**/*.ts`. Left out: `src/shared/*.styles.ts` (CSS, data for the browser),',
      '`src/content/generated/` and `src/i18n/generated/` (written by the build). `scripts/lint-content/types.ts`',
      'and the type-only parts of the others hold no code to mutate.',
      '',
      '## Surviving mutants',
      '',
      survivors.length === 0
        ? 'None.'
        : `Each mutant no test notices, with why (the reasons are kept in \`scripts/mutation-survivors.json\`).${
          unexplained.length ? ` ${unexplained.length} have no reason yet: kill them with a test, or give the reason.` : ''}`,
      '',
      ...(survivors.length === 0
        ? []
        : [
          '| Where | Mutator | Code | Becomes | Why it survives |',
          '| --- | --- | --- | --- | --- |',
          ...survivors.map((survivor) =>
            `| ${survivor.file}:${survivor.line}${survivor.status === 'NoCoverage' ? ' (no coverage)' : ''} | ${survivor.mutator} | ${cell(survivor.original, true)} | ${cell(survivor.replacement, true)} | ${cell(survivor.reason ?? 'No reason yet.')} |`),
        ]),
      '',
    ];
    writeFileSync(DOC, lines.join('\n'));
    mkdirSync(path.dirname(UNEXPLAINED), { recursive: true });
    writeFileSync(
      UNEXPLAINED,
      `${JSON.stringify(unexplained.map(({ file, mutator, original, replacement }) => ({ file, mutator, original, replacement, reason: '' })), null, 2)}\n`,
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'markdown-summary', MarkdownSummaryReporter)];
