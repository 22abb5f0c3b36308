/**
 * The script-tag entry, dist/health-topic-elements.js: registers the elements a page needs to show
 * an article. `<language-picker>` is its own chunk, registered by `<health-topic>` only for articles
 * that exist in several languages. Safe to load twice.
 */
import { CitationList } from './elements/citation-list/citation-list.js';
import { HealthTopic } from './elements/health-topic/health-topic.js';
import { TopicSection } from './elements/topic-section/topic-section.js';
import { registerElements } from './register.js';

registerElements([
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
]);
