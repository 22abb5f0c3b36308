/**
 * Loads the elements (define.ts, with Lit) as an on-demand chunk checked against its hash. If
 * they cannot load (a changed file, no network), each `<health-topic>` still ends in one
 * `health-topic-error`, and the console says why; an article already painted from checked HTML stays.
 */
import type { HealthTopicErrorDetail } from '../elements/health-topic/events.js';
import { ChangedFileError } from '../shared/changed-file.js';
import { checkedImport } from '../shared/checked-import.js';

export function loadElements(): void {
  checkedImport('define', () => import('../define.js')).catch((error: unknown) => {
    const changed = error instanceof ChangedFileError;
    console.error(`Health Topic Elements: the elements could not be loaded. ${(error as Error).message ?? ''}`);
    for (const element of document.querySelectorAll('health-topic')) {
      const detail: HealthTopicErrorDetail = {
        code: changed ? 'changed-file' : 'network',
        topic: element.getAttribute('topic') ?? undefined,
        url: changed ? error.url : undefined,
        message: changed ? error.message : 'The elements\' code could not be downloaded.',
      };
      element.dispatchEvent(new CustomEvent('health-topic-error', { detail, bubbles: true, composed: true }));
    }
  });
}
