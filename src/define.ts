/**
 * Registers the elements a page places: `health-topic-elements/define` on npm (and Storybook).
 * Safe to load twice.
 */
import { ELEMENTS } from './elements.js';
import { registerElements } from './register.js';

registerElements(ELEMENTS);
