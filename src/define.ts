/**
 * The script-tag entry: registers every element. Safe to load twice (two copies of the script, or
 * two versions): a tag that is already registered is left alone, with one warning.
 */
import { CitationList } from './elements/citation-list/citation-list.js';
import { HealthTopic } from './elements/health-topic/health-topic.js';
import { TopicSection } from './elements/topic-section/topic-section.js';

const elements: [string, CustomElementConstructor][] = [
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
];

const alreadyDefined = elements.filter(([tag]) => customElements.get(tag)).map(([tag]) => `<${tag}>`);
for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
if (alreadyDefined.length > 0) {
  console.warn(`Health Topic Elements: ${alreadyDefined.join(', ')} already defined; is the script on this page twice? Keeping the first definition.`);
}
