/**
 * The pages the benchmark opens, written to the run's temporary folder and served under /bench/:
 * host pages with the script tag and N `<health-topic>` elements, and a static HTML page holding
 * the same English article, as a plain server-rendered page would.
 */
import { citedName } from '../../src/shared/contributors.js';
import type { Block, HealthTopic, InlineText, Reference } from '../../src/content/schema.js';

/** The same minimal page CSS on every page, so only the article's delivery differs. */
const PAGE_CSS = `
  body { margin: 0 auto; max-width: 48rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
  health-topic { display: block; margin-block-end: 2rem; }
  health-topic:not(:defined) { min-height: 24rem; }
  img { max-width: 100%; height: auto; }
`;

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="data:,">
  <style>${PAGE_CSS}</style>
${head}
</head>
<body>
  <h1>Health library</h1>
${body}
</body>
</html>
`;
}

/** A host page: the script tag and `count` widgets showing the same topic. */
export function hostPage(topic: string, count: number): string {
  const widgets = Array.from({ length: count }, () => `  <health-topic topic="${topic}"></health-topic>`).join('\n');
  return page(`Benchmark: ${count} widget${count === 1 ? '' : 's'}`, '  <script type="module" src="/dist/health-topic-elements.js"></script>', widgets);
}

/**
 * A host page with the prerendered snippet (dist/prerendered/<topic>.<lang>.html, from
 * `npm run prerender`): the article in the HTML, taken over by the widget once its script runs.
 */
export function prerenderedSnippetPage(snippet: string): string {
  return page('Benchmark: prerendered snippet', '', snippet);
}

/**
 * The article as static HTML: title (h2), lead paragraphs, byline, contents, sections (h3) with
 * paragraphs, lists with lead-ins and the figure with its caption, references and footer, as the
 * widget shows them. `topicsUrl` is where the payload's figure files are served.
 */
export function staticArticlePage(article: HealthTopic, topicsUrl: string): string {
  const byRole = (role: 'author' | 'reviewer') =>
    article.contributors
      .filter((person) => person.role === role)
      .map(({ name, credentials }) => (credentials ? `${name}, ${credentials}` : name))
      .join(' and ');
  const anchor = (id: string) => `${article.id}-${id}`;
  const authors = byRole('author');
  const reviewers = byRole('reviewer');
  const hasReferences = article.references.length > 0;
  const toc = [
    ...article.sections.map((section) => `<li><a href="#${anchor(section.id)}">${escapeHtml(section.title)}</a></li>`),
    ...(hasReferences ? [`<li><a href="#${anchor('references')}">References</a></li>`] : []),
  ];
  const body = `  <article lang="${article.locale}">
    <header>
      <h2>${escapeHtml(article.title)}</h2>
      ${article.summary.map((paragraph) => `<p>${inline(paragraph)}</p>`).join('\n      ')}
      ${authors ? `<p>By ${escapeHtml(authors)}</p>` : ''}
    </header>
    <nav aria-labelledby="toc-label"><p id="toc-label">Contents</p><ol>${toc.join('')}</ol></nav>
    ${article.sections
      .map(
        (section) => `<section id="${anchor(section.id)}">
      <h3>${escapeHtml(section.title)}</h3>
      ${section.blocks.map((block) => staticBlock(block, topicsUrl)).join('\n      ')}
    </section>`,
      )
      .join('\n    ')}
    ${
      hasReferences
        ? `<section id="${anchor('references')}"><h3>References</h3><ol>${article.references.map((reference) => `<li>${citation(reference)}</li>`).join('')}</ol></section>`
        : ''
    }
    <footer>
      ${reviewers ? `<p>Reviewed by ${escapeHtml(reviewers)}</p>` : ''}
      <p>${escapeHtml(article.disclaimer)}</p>
    </footer>
  </article>`;
  return page(`Benchmark: static ${article.title}`, '', body);
}

function staticBlock(block: Block, topicsUrl: string): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const leadIn = block.leadIn ? `<p>${inline(block.leadIn)}</p>` : '';
      return `${leadIn}<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'figure': {
      const size = `${block.width ? ` width="${block.width}"` : ''}${block.height ? ` height="${block.height}"` : ''}`;
      const src = new URL(block.src, topicsUrl).pathname;
      const caption = block.caption ? `${inline(block.caption)} ` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt)}"${size} loading="lazy" decoding="async"><figcaption>${caption}<span>${escapeHtml(block.credit)}</span></figcaption></figure>`;
    }
  }
}

/** A reference in the widget's AMA-like style, simplified. */
function citation(reference: Reference): string {
  const authors = reference.authors?.length
    ? `${reference.authors.map(citedName).join(', ')}${reference.etAl ? ', et al' : ''}. `
    : '';
  const title = /[.?!]$/.test(reference.title) ? reference.title : `${reference.title}.`;
  let location = reference.year ? String(reference.year) : '';
  if (reference.volume) location += `${location ? ';' : ''}${reference.volume}${reference.issue ? `(${reference.issue})` : ''}`;
  if (reference.pages) location += `${location ? ':' : ''}${reference.pages}`;
  const container =
    reference.containerType === 'website'
      ? `${reference.container ? `${escapeHtml(reference.container)} website. ` : ''}`
      : `${reference.container ? `<cite>${escapeHtml(reference.container)}</cite>. ` : ''}${location ? `${location}.` : ''}`;
  const url = reference.url && !reference.doi ? ` Available at: <a href="${escapeHtml(reference.url)}">${escapeHtml(reference.url)}</a>.` : '';
  const doi = reference.doi ? ` <a href="https://doi.org/${escapeHtml(reference.doi)}">doi:${escapeHtml(reference.doi)}</a>` : '';
  return `${escapeHtml(authors)}${escapeHtml(title)} ${container}${url}${doi}`;
}

function inline(text: InlineText): string {
  if (typeof text === 'string') return escapeHtml(text);
  return text
    .map((run) => {
      const lang = run.lang ? ` lang="${run.lang}"` : '';
      if (run.type === 'emphasis') return `<em${lang}>${escapeHtml(run.text)}</em>`;
      if (run.type === 'link') return `<a href="${escapeHtml(run.href)}"${lang}>${escapeHtml(run.text)}</a>`;
      return lang ? `<span${lang}>${escapeHtml(run.text)}</span>` : escapeHtml(run.text);
    })
    .join('');
}

/** Text with no markup, as the reader sees it. */
export function plainText(text: InlineText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}

/** The first sentence of the first section: its first paragraph, list lead-in or list item. */
export function firstSentenceOfFirstSection(article: HealthTopic): string {
  const block = article.sections[0].blocks.find((candidate) => candidate.type !== 'figure');
  if (!block) throw new Error(`${article.id}: the first section has no text`);
  const text = plainText(block.type === 'paragraph' ? block.text : (block.leadIn ?? block.items[0]));
  return text.match(/^.*?[.!?:](?=\s|$)/)?.[0] ?? text;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
