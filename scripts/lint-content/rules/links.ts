import { isSafeLink } from '../../../src/content/link-rule.js';
import { errorAt } from '../findings.js';
import { entries, field, inlineTexts } from '../payload.js';
import type { Finding } from '../types.js';

/**
 * Error: a link may only lead to the web, e-mail or the phone (the rule the schema and the
 * renderer share), never `javascript:` or `data:`. Said again in plain words, naming the link.
 */
export function unsafeLinks(input: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const text of inlineTexts(input)) {
    entries(text.value).forEach((run, index) => {
      if (field(run, 'type') !== 'link') return;
      const href = field(run, 'href');
      if (typeof href === 'string' && isSafeLink(href)) return;
      const words = typeof field(run, 'text') === 'string' ? `"${field(run, 'text')}"` : 'without text';
      const target = typeof href === 'string' ? `leads to "${href}"` : 'has no address';
      const allowed = 'a web page (http:// or https://), an e-mail address (mailto:) or a phone number (tel:)';
      findings.push(errorAt(`${text.path}[${index}].href`, `The link ${words} ${target}: a link may only lead to ${allowed}.`));
    });
  }
  return findings;
}
