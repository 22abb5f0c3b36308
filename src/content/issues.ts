/** One reason a payload was rejected, with where in the payload it is. */
export interface ValidationIssue {
  /** A JSON path from the payload's root, such as `sections[2].blocks[0].items[1]`; empty for the root. */
  path: string;
  message: string;
}

/** One line per issue, `path: message`, for consoles and build logs. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('\n');
}
