import { validateTopic } from '../../../src/content/validate.js';
import { errorAt } from '../findings.js';
import type { Finding } from '../types.js';

/** Error: the payload must match the content schema, or the widget shows an error instead of it. */
export function schemaFindings(input: unknown): Finding[] {
  const result = validateTopic(input);
  if (result.ok) return [];
  return result.issues.map((issue) => errorAt(issue.path, `Schema: ${plainSchemaMessage(issue.message)}`));
}

/** valibot's generic wording, said the way an editor would. */
function plainSchemaMessage(message: string): string {
  const missing = /^Invalid key: Expected "(.+)" but received undefined$/.exec(message);
  if (missing) return `"${missing[1]}" is required but missing.`;
  const unknown = /^Unknown property \(Invalid key: Expected never but received "(.+)"\)\.$/.exec(message);
  if (unknown) return `"${unknown[1]}" is not a field payloads may have (a misspelling?).`;
  // validate.ts labels a wrong type where an object belongs as an unknown property: keep only the type.
  const wrongType = /^Unknown property \((Invalid type: .+)\)\.$/.exec(message);
  if (wrongType) return `${wrongType[1]}.`;
  return message;
}
