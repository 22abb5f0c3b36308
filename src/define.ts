/**
 * Registers every element: the script-tag entry, and `health-topic-elements/define` on npm.
 * Safe to load twice (two copies of the script, or two versions): tags already registered are left
 * as they are, and one warning says so.
 */
import { CitationList, HealthTopic, LanguagePicker, TopicSection, VERSION } from './index.js';

const elements: [string, CustomElementConstructor][] = [
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
  ['language-picker', LanguagePicker],
];

const taken = elements.filter(([tag]) => customElements.get(tag)).map(([tag]) => tag);
for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

if (taken.length > 0) {
  const registered = customElements.get(taken[0]) as { version?: unknown } | undefined;
  const otherVersion = typeof registered?.version === 'string' ? registered.version : 'unknown';
  const versions = otherVersion === VERSION ? `version ${VERSION}` : `version ${otherVersion} (this copy is ${VERSION})`;
  console.warn(
    `Health Topic Elements: <${taken.join('>, <')}> already registered by ${versions}; keeping that one. Is the script on this page twice?`,
  );
}
