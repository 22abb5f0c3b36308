/**
 * Reads the scraped seed article (a verbatim copy of ../shared/seed/000_38ce5ac5c29aa6f9.txt; .ci/run
 * checks the copy is identical when that folder is present) into what the article must say.
 *
 * The scrape's shape: page chrome lines, bullet lines ("•") and paragraph lines. Bullet runs are,
 * in order: the author, the article's lists, the references, and last the medical reviewer.
 */
export const SEED_URL = new URL('../fixtures/seed/000_38ce5ac5c29aa6f9.txt', import.meta.url);

/** Lines of the scraped page that belong to the site around the article, or are labels whose value was lost. */
const PAGE_CHROME = new Set([
  'Loading icon',
  'Press enter or spacebar to select a desired language.',
  'Health Information Center',
  'Publication Type:',
  'Last Updated:',
]);

/** The one correction content-notes.md allows: the source's typo. */
const CORRECTIONS: [string, string][] = [['One of more of these may be used:', 'One or more of these may be used:']];

export interface SeedArticle {
  author: string;
  reviewer: string;
  /** Headings that survived the scrape. */
  headings: string[];
  /** Every sentence of every paragraph and every list item, in reading order, corrected. */
  texts: string[];
  references: string[];
  figure: { alt: string; credit: string };
  /** The last paragraph of the page. */
  disclaimer: string;
}

export async function readSeed(): Promise<SeedArticle> {
  const response = await fetch(SEED_URL);
  if (!response.ok) throw new Error(`Cannot read the seed: ${response.status}`);
  return parseSeed(await response.text());
}

export function parseSeed(source: string): SeedArticle {
  const headings: string[] = [];
  const texts: string[] = [];
  const paragraphs: string[] = [];
  const bulletRuns: string[][] = [];
  let figure = { alt: '', credit: '' };
  let inBulletRun = false;

  for (const rawLine of source.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('•')) {
      if (!inBulletRun) bulletRuns.push([]);
      bulletRuns[bulletRuns.length - 1].push(correct(line.slice(1).trim()));
      inBulletRun = true;
      continue;
    }
    inBulletRun = false;
    if (!line || PAGE_CHROME.has(line)) continue;
    if (line.includes('getimage.aspx')) {
      // The image's metadata, run together: alt text, then file paths, then the credit.
      figure = { alt: line.slice(0, line.indexOf('http')), credit: line.slice(line.indexOf('Copyright')) };
    } else if (!/[.:!?]$/.test(line)) {
      headings.push(line);
    } else {
      paragraphs.push(correct(line));
      texts.push(...splitSentences(correct(line)));
    }
  }

  const [authorRun, ...rest] = bulletRuns;
  const reviewerRun = rest.pop();
  const referenceRun = rest.pop();
  if (!authorRun || !reviewerRun || !referenceRun) throw new Error('The seed does not have the expected bullet runs.');
  // List items belong between the paragraphs that surround them: put them back in reading order.
  return {
    author: authorRun[0],
    reviewer: reviewerRun[0],
    headings,
    texts: inReadingOrder(source, texts, rest.flat()),
    references: referenceRun,
    figure,
    disclaimer: paragraphs[paragraphs.length - 1],
  };
}

function correct(text: string): string {
  return CORRECTIONS.reduce((fixed, [wrong, right]) => fixed.replace(wrong, right), text);
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?:])\s+(?=[A-Z])/);
}

/** Orders sentences and list items by where each first appears in the (corrected) seed. */
function inReadingOrder(source: string, sentences: string[], items: string[]): string[] {
  const corrected = correct(source);
  const positioned = [...sentences, ...items].map((text) => ({ text, at: corrected.indexOf(text) }));
  return positioned.sort((a, b) => a.at - b.at).map(({ text }) => text);
}
