import { warningAt } from '../findings.js';
import { entries, field, hasText } from '../payload.js';
import type { Finding } from '../types.js';

/** Warning: a reference without DOI or URL cannot be found from the article. */
export function untraceableReferences(input: unknown): Finding[] {
  return entries(field(input, 'references')).flatMap((reference, index) => {
    if (hasText(field(reference, 'doi')) || hasText(field(reference, 'url'))) return [];
    const title = field(reference, 'title');
    const named = hasText(title) ? ` ("${title}")` : '';
    const why = 'so readers cannot find the source from the article; add one once it is verified';
    return [warningAt(`references[${index}]`, `Reference ${index + 1}${named} has neither a DOI nor a URL, ${why}.`)];
  });
}
