/**
 * The script-tag entry: the build's first-paint file, dist/health-topic-elements.<hash>.js, and
 * its copy dist/health-topic-elements.js ("latest"). It paints the articles from the build's
 * signed HTML (first-paint/), then loads the elements (define.ts) as a chunk checked against its
 * hash. A snippet pinned with Subresource Integrity loads the hashed file, whose name and bytes
 * never change, so builds deploy beside each other. The page runs the work once however many
 * times it loads either name.
 */
import { paintFirst } from './first-paint/first-paint.js';
import { loadElements } from './first-paint/load-elements.js';

paintFirst(loadElements);
