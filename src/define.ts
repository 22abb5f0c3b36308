/**
 * Registers every element: `health-topic-elements/define` on npm (and Storybook). Safe to load
 * twice. Importing the classes from index.js keeps the npm build's code in one file, beside which
 * the `topics/` folder is found.
 */
import { CitationList, HealthTopic, LanguagePicker, TopicSection } from './index.js';
import { registerElements } from './register.js';

registerElements([
  ['health-topic', HealthTopic],
  ['topic-section', TopicSection],
  ['citation-list', CitationList],
  ['language-picker', LanguagePicker],
]);
