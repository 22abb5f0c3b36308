/**
 * Running the content linter (scripts/lint-content.ts) as authors do, and reading what it prints:
 * one line per finding, `file[:path]: severity: message`. Fixtures are crafted payloads in
 * test/fixtures/lint/<case>/topics/pretend-condition/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintContext } from '../../scripts/lint-content/lint.js';

/** The day the fixtures are linted on, so review ages do not change with the calendar. */
const root = path.resolve(import.meta.dirname, '../..');
export const TODAY = '2026-03-01';
export const context: LintContext = { today: TODAY, maxReviewAgeDays: 1095 };

export function lint(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lint-content.ts', ...args], { cwd: root, encoding: 'utf8' });
}

export function fixture(name: string, locale = 'en'): string {
  return `test/fixtures/lint/${name}/topics/pretend-condition/${locale}.json`;
}

export function readJson(file: string): any {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8'));
}

export interface Line {
  file: string;
  path: string;
  severity: string;
  message: string;
}

const LINE = /^(?<file>[^:\s]+\.json)(?::(?<path>\S+))?: (?<severity>error|warning|info): (?<message>.*)$/;

export function linesOf(stdout: string): Line[] {
  return stdout
    .split('\n')
    .map((text) => LINE.exec(text)?.groups)
    .filter((groups) => groups !== undefined)
    .map(({ file, path: at, severity, message }) => ({ file: file!, path: at ?? '', severity: severity!, message: message! }));
}

/** Each error and warning of one file as "path severity": what a rule's test compares exactly. */
export function problems(lines: Line[], file: string): string[] {
  return lines.filter((line) => line.file === file && line.severity !== 'info').map((line) => `${line.path || '(file)'} ${line.severity}`);
}

export function messagesAt(lines: Line[], file: string, at: string, severity: string): string[] {
  return lines.filter((line) => line.file === file && line.path === at && line.severity === severity).map((line) => line.message);
}

/** The number a reading-level line gives: the grade, or the Fernández Huerta index. */
export function readingScore(lines: Line[], file: string): number {
  const line = lines.find((candidate) => candidate.file === file && candidate.message.startsWith('reading level:'));
  assert.ok(line, `no reading level for ${file}`);
  const score = /(?:grade|Huerta) (-?\d+\.\d)/.exec(line.message);
  assert.ok(score, line.message);
  return Number(score[1]);
}

