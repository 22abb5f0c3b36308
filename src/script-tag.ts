/**
 * The script-tag entry: the build's first-paint file, dist/health-topic-elements.<hash>.js, and
 * its copy dist/health-topic-elements.js ("latest"). It paints the articles from the build's
 * signed HTML (first-paint/), then loads the elements (define.ts) as a chunk checked against its
 * hash. A snippet pinned with Subresource Integrity loads the hashed file, whose name and bytes
 * never change, so builds deploy beside each other. The page runs the work once however many
 * times it loads either name. First, links into the build's article pages become articles
 * (first-paint/article-links.ts): the form a CMS author can paste through a rich-text editor.
 */
import { DEFAULT_CONTENT_BASE } from './content/generated/content-manifest.js';
import { upgradeArticleLinks } from './first-paint/article-links.js';
import { paintFirst } from './first-paint/first-paint.js';
import { loadElements } from './first-paint/load-elements.js';

// The build's folder holds topics/ and articles/ side by side.
upgradeArticleLinks(document, new URL('../', DEFAULT_CONTENT_BASE).href);
paintFirst(loadElements);
