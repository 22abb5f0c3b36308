/**
 * The link form: rich-text editors keep a plain link where they strip a script or a custom element,
 * so a CMS author pastes `<a href="<build>/articles/<topic>/<locale>/?sections=…&heading-level=…">`
 * and the build's script, added once to the site's template, turns it into the article. Only links
 * into this build's own article pages are touched: another origin, another build's folder, any
 * other path, a download link or a link being edited stays a link.
 */

/** `<topic>/` or `<topic>/<locale>/`, under the build's `articles/` folder: the pages the prerender writes. */
const ARTICLE_PAGE = /^([a-z0-9][a-z0-9-]*)\/(?:([a-z0-9][a-z0-9-]*)\/)?$/i;
/** The options a link may set, by query name: each becomes the attribute of that name. */
const OPTIONS = ['lang', 'sections', 'heading-level'] as const;

/** The attributes of the article a link asks for, or `undefined` for a link to leave alone. */
export function articleAttributes(link: HTMLAnchorElement, build: string): [name: string, value: string][] | undefined {
  if (link.hasAttribute('download') || link.closest('[contenteditable], health-topic')) return undefined;
  const pages = new URL('articles/', build);
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return undefined;
  }
  if (url.origin !== pages.origin || !url.pathname.startsWith(pages.pathname)) return undefined;
  const page = ARTICLE_PAGE.exec(url.pathname.slice(pages.pathname.length));
  if (!page) return undefined;
  const [, topic, pathLocale] = page;
  const attributes: [string, string][] = [['topic', topic.toLowerCase()]];
  // Set as attributes, never as markup: the element checks each as it checks a page's own.
  for (const name of OPTIONS) {
    const value = name === 'lang' ? (pathLocale ?? url.searchParams.get(name)) : url.searchParams.get(name);
    if (value !== null && value !== '') attributes.push([name, value]);
  }
  return attributes;
}

/** Turns each link into this build's article pages into `<health-topic>`, the link kept inside as what shows until the article does. */
export function upgradeArticleLinks(page: Document, build: string): void {
  for (const link of page.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const attributes = articleAttributes(link, build);
    if (!attributes) continue;
    const element = page.createElement('health-topic');
    for (const [name, value] of attributes) element.setAttribute(name, value);
    // A link alone in its paragraph gives the paragraph to the article: an <article> cannot sit in a <p>.
    const paragraph = link.parentElement;
    const alone = paragraph?.localName === 'p' && paragraph.childElementCount === 1 && paragraph.textContent!.trim() === link.textContent!.trim();
    (alone ? paragraph : link).replaceWith(element);
    element.append(alone ? paragraph : link);
  }
}
