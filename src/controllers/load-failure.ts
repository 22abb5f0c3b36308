import type { TopicLoadResult } from '../content/catalog.js';
import { formatIssues } from '../content/issues.js';
import type { HealthTopicErrorDetail } from '../elements/health-topic/events.js';
import { failedAddress } from '../content/catalog.js';

/** Why a load ended without an article. */
export type Failure = Exclude<TopicLoadResult, { status: 'loaded' }> | { status: 'missing-topic' } | { status: 'unexpected'; error: unknown };

/** What the failure is about, for its message. */
export interface FailureContext {
  topic?: string;
  /** The clinical code looked up, when the element has a code and no topic. */
  clinicalCode?: string;
  /** The time the load had, in milliseconds. */
  timeout?: number;
}

/**
 * A failed load as the `health-topic-error` event's detail (a sentence for the page's developers,
 * in English), whether "Try again" can help, and, in the console, what they need to fix it.
 */
export function describeFailure(failure: Failure, { topic, clinicalCode, timeout }: FailureContext): { error: HealthTopicErrorDetail; canRetry: boolean } {
  const element = `<health-topic${topic ? ` topic="${topic}"` : ''}>`;
  let error: HealthTopicErrorDetail;
  switch (failure.status) {
    case 'missing-topic':
      error = { code: 'missing-topic', message: 'No topic attribute, such as topic="myoclonus", and no payload.' };
      break;
    case 'not-found':
      error = { code: 'not-found', topic, clinicalCode, message: clinicalCode ? `There is no article for the code "${clinicalCode}".` : `There is no article with the topic "${topic}".` };
      break;
    case 'invalid-payload':
      console.error(`${element}: the article's content is not valid:\n${formatIssues(failure.issues)}`);
      error = { code: 'invalid-payload', topic, message: 'The article has errors in its content.', issues: failure.issues };
      break;
    case 'timeout':
      error = { code: 'timeout', topic, message: `The article did not arrive within ${timeout} ms.` };
      break;
    case 'network':
      warnAboutOrigin(element, failedAddress(failure.error));
      error = { code: 'network', topic, message: 'The article could not be downloaded.' };
      break;
    case 'unexpected':
    default:
      console.error(`${element}: the article cannot be shown:`, (failure as { error?: unknown }).error);
      error = { code: 'invalid-payload', topic, message: 'The article cannot be shown.', issues: [] };
  }
  const canRetry = ['network', 'timeout'].includes(failure.status) || (failure.status === 'invalid-payload' && failure.downloaded === true);
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
