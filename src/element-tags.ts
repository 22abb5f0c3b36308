/**
 * The elements a page places, by tag: the one list that define.ts (npm) and script-tag.ts register.
 * `<language-picker>` is not here: `<health-topic>` registers it from a chunk of its own when an
 * article exists in several languages. The classes come from index.js, which keeps the npm build's
 * code in one file, beside which the `topics/` folder is found.
 */
import { CitationList, HealthTopic, TopicSection } from './index.js';

export const ELEMENTS: readonly [tag: string, element: CustomElementConstructor][] = [
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
];
