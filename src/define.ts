/**
 * Registers the elements a page places: `health-topic-elements/define` on npm (and Storybook).
 * Safe to load twice. A page holding a prerendered article (a declarative shadow root, parsed
 * before this runs) shows it first: taking it over waits for that paint, not the other way round.
 */
import { ELEMENTS } from './elements.js';
import { registerElements } from './register.js';
import { afterPaint } from './shared/after-paint.js';

if (globalThis.document?.querySelector('health-topic')?.shadowRoot) afterPaint(() => registerElements(ELEMENTS));
else registerElements(ELEMENTS);
