/**
 * The script-tag entry, dist/health-topic-elements.js: registers the elements a page places. The
 * build keeps this file a few lines long and puts the code in a hashed chunk; a second copy of the
 * script (a CMS template and a page body both including it) registers again, and the first
 * registration stays with one console warning. Safe to load twice.
 */
import { ELEMENTS } from './elements.js';
import { registerElements } from './register.js';

registerElements(ELEMENTS);
