import type { Finding, Severity } from './types.js';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function errorAt(path: string, message: string): Finding {
  return { path, severity: 'error', message };
}

export function warningAt(path: string, message: string): Finding {
  return { path, severity: 'warning', message };
}

export function wholeFile(severity: Severity, message: string): Finding {
  return { path: '', severity, message };
}

/** Errors first, then warnings, then info; in rule order within each. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** `<file>:<json path>: <severity>: <message>`, or `<file>: <severity>: <message>` for the whole file. */
export function formatFinding(file: string, finding: Finding): string {
  const where = finding.path ? `${file}:${finding.path}` : file;
  return `${where}: ${finding.severity}: ${finding.message}`;
}

/** "1 error", "2 errors". */
export function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}
