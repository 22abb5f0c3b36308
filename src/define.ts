/**
 * Registers the elements a page places: `health-topic-elements/define` on npm (and Storybook).
 * Safe to load twice. A page holding a prerendered article (a declarative shadow root, parsed
 * before this runs) shows it first: taking it over waits for that paint, not the other way round.
 */
import { ELEMENTS } from './element-tags.js';
import { registerElements } from './register.js';
import { afterPaint } from './shared/after-paint.js';
// Written as a bare import so that define.d.ts keeps it: an app importing only this entry gets
// index.d.ts's tag and event maps (the elements' `declare global` blocks). index.js registers
// nothing, and elements.js imports it anyway, so the script runs as before.
import './index.js';

if (globalThis.document?.querySelector('health-topic')?.shadowRoot) afterPaint(() => registerElements(ELEMENTS));
else registerElements(ELEMENTS);
