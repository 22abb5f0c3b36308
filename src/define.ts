/**
 * Registers the elements a page places: `health-topic-elements/define` on npm (and Storybook).
 * Safe to load twice. `<health-topic>` registers `<language-picker>` itself, from a chunk of its
 * own, when an article exists in several languages. Importing the classes from index.js keeps the
 * npm build's code in one file, beside which the `topics/` folder is found.
 */
import { CitationList, HealthTopic, TopicSection } from './index.js';
import { registerElements } from './register.js';

registerElements([
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
]);
