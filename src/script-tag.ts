/**
 * The script-tag entry, dist/health-topic-elements.js ("latest"): one line that imports this
 * build's dist/health-topic-elements.<hash>.js, where the build puts everything the first paint
 * runs, registration included (define.ts). A snippet pinned with Subresource Integrity loads the
 * hashed file itself, whose name and bytes never change, so builds deploy beside each other.
 * The page runs the code once however many times it loads either name.
 */
import './define.js';
