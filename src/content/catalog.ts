import type { HealthTopic } from './schema.js';
import type { ValidationIssue } from './issues.js';

export const DEFAULT_LOCALE = 'en';

export type TopicLoadResult =
  | { status: 'loaded'; topic: HealthTopic }
  | { status: 'not-found' }
  | { status: 'invalid-payload'; issues: ValidationIssue[] }
  | { status: 'network'; error: unknown };

type TopicIndex = typeof import('./generated/topic-index.js');

let topicIndex: Promise<TopicIndex> | undefined;

/** The index of topics is its own chunk, loaded on first use; a failed load may be retried. */
function loadTopicIndex(): Promise<TopicIndex> {
  topicIndex ??= import('./generated/topic-index.js').catch((error: unknown) => {
    topicIndex = undefined;
    throw error;
  });
  return topicIndex;
}

/**
 * Loads a bundled topic in the wanted locale (falling back to English, then to any locale the topic
 * has), validates it as every payload is validated, and resolves its figure files to URLs.
 * Never throws: every outcome is a result the element can show.
 */
export async function loadTopic(topicId: string, locale: string = DEFAULT_LOCALE): Promise<TopicLoadResult> {
  try {
    const { topicLoaders, figureUrls } = await loadTopicIndex();
    const locales = Object.hasOwn(topicLoaders, topicId) ? topicLoaders[topicId] : undefined;
    if (!locales) return { status: 'not-found' };
    const chosen = [locale, DEFAULT_LOCALE, ...Object.keys(locales)].find((candidate) => Object.hasOwn(locales, candidate));
    if (!chosen) return { status: 'not-found' };

    const [{ validateTopic }, payload] = await Promise.all([import('./validate.js'), locales[chosen]()]);
    const result = validateTopic(payload);
    if (!result.ok) return { status: 'invalid-payload', issues: result.issues };
    return { status: 'loaded', topic: withFigureUrls(result.value, (src) => figureUrls[`${topicId}/${src}`]) };
  } catch (error) {
    return { status: 'network', error };
  }
}

/** Swaps figure file names for the URLs the build gave them; https sources are kept as they are. */
function withFigureUrls(topic: HealthTopic, urlOf: (src: string) => string | undefined): HealthTopic {
  return {
    ...topic,
    sections: topic.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'figure' ? { ...block, src: urlOf(block.src) ?? block.src } : block,
      ),
    })),
  };
}
