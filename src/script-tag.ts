/**
 * The script-tag entry, dist/health-topic-elements.js ("latest"): one line that imports this
 * build's dist/health-topic-elements.<hash>.js, the first-paint file, which paints the articles
 * from the build's signed HTML (first-paint/) and then loads the elements (define.ts) as a chunk
 * checked against its hash. A snippet pinned with Subresource Integrity loads the hashed file
 * itself, whose name and bytes never change, so builds deploy beside each other. The page runs
 * the code once however many times it loads either name.
 */
import { paintFirst } from './first-paint/first-paint.js';
import { loadElements } from './first-paint/load-elements.js';

paintFirst(loadElements);
