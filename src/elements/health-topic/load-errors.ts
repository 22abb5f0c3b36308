/**
 * What a load that shows no article tells the page: the error event's detail, whether "Try again"
 * can help, and, for the site's developers, what went wrong and how to fix it, in the console.
 */
import { failedAddress, type TopicLoadResult } from '../../content/catalog.js';
import { chosenContentBase } from '../../content/content-location.js';
import { formatIssues } from '../../content/issues.js';
import { withDeveloperHints } from './console-hints.js';
import type { HealthTopicErrorDetail } from './events.js';

export type LoadFailure =
  | Exclude<TopicLoadResult, { status: 'loaded' }>
  | { status: 'missing-topic' }
  | { status: 'unexpected'; error: unknown }
  /** The page registered a tag the article is made of (`topic-section`, `citation-list`) with a class of its own. */
  | { status: 'element-conflict'; tags: string[] }
  /** The licence terms the article is shown under ended on `expires` (see licence-terms.ts). */
  | { status: 'licence-ended'; expires: string };

export interface FailedLoad {
  /** The `topic` attribute, when there is one. */
  topic?: string;
  /** The `code` attribute, when the topic was looked up by clinical code. */
  clinicalCode?: string;
  /** The time the load was given, in milliseconds. */
  timeout?: number;
}

/** The error a failed load reports, and whether downloading again may mend it. */
export function loadError(result: LoadFailure, { topic, clinicalCode, timeout }: FailedLoad): { error: HealthTopicErrorDetail; canRetry: boolean } {
  const element = `<health-topic${topic ? ` topic="${topic}"` : ''}>`;
  let error: HealthTopicErrorDetail;
  switch (result.status) {
    case 'missing-topic':
      error = { code: 'missing-topic', message: 'No topic attribute, such as topic="myoclonus", and no payload.' };
      break;
    case 'not-found':
      if (!clinicalCode && topic) withDeveloperHints((hints) => hints.warnAboutTopic(element, topic));
      error = { code: 'not-found', topic, clinicalCode, message: clinicalCode ? `There is no article for the code "${clinicalCode}".` : `There is no article with the topic "${topic}".` };
      break;
    case 'invalid-payload':
      console.error(`${element}: the article's content is not valid:\n${formatIssues(result.issues)}`);
      error = { code: 'invalid-payload', topic, message: 'The article has errors in its content.', issues: result.issues };
      break;
    case 'content-not-found': {
      const { url, answer } = result;
      withDeveloperHints((hints) => hints.explainMissingContent(element, url, answer, chosenContentBase()));
      error = { code: 'content-not-found', topic, url, message: `No content file at ${url} (${answer}).` };
      break;
    }
    case 'changed-file':
      console.error(`${element}: ${result.url} is not the file this build published, so it was refused (see docs/deploy.md).`);
      error = { code: 'changed-file', topic, url: result.url, message: `${result.url} is not the file this build published: refused.` };
      break;
    case 'timeout':
      error = { code: 'timeout', topic, message: `The article did not arrive within ${timeout} ms.` };
      break;
    case 'network':
      warnAboutOrigin(element, failedAddress(result.error));
      error = { code: 'network', topic, message: 'The article could not be downloaded.' };
      break;
    case 'element-conflict': {
      const { tags } = result;
      withDeveloperHints((hints) => hints.explainElementConflict(element, tags));
      error = { code: 'element-conflict', topic, message: `<${tags.join('>, <')}> is registered on this page by another script.` };
      break;
    }
    case 'licence-ended':
      console.warn(`${element}: the licence for this article ended on ${result.expires}, so it is no longer shown. Remove it from the page.`);
      error = { code: 'licence-ended', topic, message: `The licence for this article ended on ${result.expires}.` };
      break;
    case 'unexpected':
    default:
      console.error(`${element}: the article cannot be shown:`, (result as { error?: unknown }).error);
      error = { code: 'invalid-payload', topic, message: 'The article cannot be shown.', issues: [] };
  }
  // A changed file may be a stale cache or a proxy's doing: a fresh download past every cache may mend it.
  const canRetry = ['network', 'timeout', 'changed-file'].includes(result.status);
  return { error, canRetry };
}

/**
 * The browser names a request that failed, but not why a file on another origin did: most often
 * that origin does not send Access-Control-Allow-Origin, which the page's developers can fix.
 */
function warnAboutOrigin(element: string, address: string | undefined): void {
  if (!address || new URL(address).origin === location.origin) return;
  console.warn(
    `${element}: ${address} could not be downloaded. Files on another origin than the page need the header Access-Control-Allow-Origin (see docs/deploy.md).`,
  );
}
