/**
 * Console hints for a site's developers: what an element was given that it cannot use, and what
 * would work. A chunk of its own, loaded only when there is something to say.
 */
import { listTopics } from '../../content/catalog.js';

/** Set by the script-tag build only (see content-manifest.ts). */
declare const __HEALTH_TOPIC_TOPICS_FOLDER__: string | undefined;

/** Attributes every element may carry (HTML's global ones, event handlers): never a typo of ours. */
const GLOBAL_ATTRIBUTE = /^(?:id|class|style|lang|dir|hidden|title|slot|part|exportparts|tabindex|role|is|inert|translate|draggable|spellcheck|autofocus|nonce|popover|accesskey|autocapitalize|contenteditable|enterkeyhint|inputmode|writingsuggestions|item\w+|aria-.*|data-.*|on.*)$/;

const said = new Set<string>();

/** Each hint once per page: a hundred widgets with one typo warn once. */
function warnOnce(hint: string): void {
  if (said.has(hint)) return;
  said.add(hint);
  console.warn(hint);
}

/** How many letters to add, drop or change to turn one word into the other (Levenshtein distance). */
export function editDistance(from: string, to: string): number {
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let i = 1; i <= from.length; i++) {
    const current = [i];
    for (let j = 1; j <= to.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (from[i - 1] === to[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[to.length];
}

/** The names close to `name` (ignoring case: a third of its letters may differ, at most 3), closest first. */
export function nearMatches(name: string, names: readonly string[]): string[] {
  const wanted = name.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  return names
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .map(({ candidate }) => candidate);
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** Attributes the element does not know that look like one it does: `topc="…"` for `topic`. */
export function warnAboutAttributes(tag: string, unknown: readonly string[], known: readonly string[], badHeadingLevel?: string): void {
  if (badHeadingLevel !== undefined) {
    warnOnce(`<${tag} heading-level="${badHeadingLevel}">: heading-level="${badHeadingLevel}" is not a number from 1 to 6 (such as heading-level="3"); the title is an h2.`);
  }
  for (const name of unknown.filter((attribute) => !GLOBAL_ATTRIBUTE.test(attribute))) {
    const [match] = nearMatches(name, known);
    if (match) warnOnce(`<${tag} ${name}>: <${tag}> has no attribute "${name}"; did you mean "${match}"? Its attributes: ${quoted(known)}.`);
  }
}

/** A topic that does not exist: the near matches, and the topics there are when they are few. */
export async function warnAboutTopic(element: string, topic: string): Promise<void> {
  const topics = Object.keys(await listTopics()).sort();
  const near = nearMatches(topic, topics);
  const guess = near.length > 0 ? ` Did you mean ${quoted(near.slice(0, 3))}?` : '';
  const all = topics.length <= 20 ? ` The topics: ${quoted(topics)}.` : ` There are ${topics.length} topics; see dist/topics/index.*.json.`;
  warnOnce(`${element}: there is no topic "${topic}".${guess}${all}`);
}

/** `sections` that names sections the article lacks: the near matches, and the sections it has. */
export function warnAboutSections(element: string, sections: string, sectionIds: readonly string[]): void {
  const unknown = sections.split(/[\s,]+/).filter((id) => id && !sectionIds.includes(id));
  if (unknown.length === 0) return;
  const guesses = unknown.flatMap((id) => nearMatches(id, sectionIds).slice(0, 1).map((match) => `"${match}" for "${id}"`));
  const shown = unknown.length === sections.split(/[\s,]+/).filter(Boolean).length ? 'showing all' : 'showing the others';
  warnOnce(
    `${element}: sections="${sections}": no such section ${quoted(unknown)}; ${shown}.${guesses.length ? ` Did you mean ${guesses.join(', ')}?` : ''} This article's sections: ${quoted(sectionIds)}.`,
  );
}

/** A content file that is not where the elements look for it: which address failed, and how to fix it. */
export function explainMissingContent(element: string, url: string, answer: string, chosenBase: string | undefined): void {
  const fix =
    chosenBase !== undefined
      ? `setContentBasePath() named ${chosenBase}, which does not hold the package's content files: copy the package's dist/topics/ there.`
      : typeof __HEALTH_TOPIC_TOPICS_FOLDER__ === 'string'
        ? 'Serve the topics/ folder beside the chunks/ folder, as dist/ has it.'
        : "With a bundler, import 'health-topic-elements/define' and let the bundler copy the files that dist/content-files.js names with new URL(…, import.meta.url): Vite and webpack 5 do it by themselves, Rollup with @web/rollup-plugin-import-meta-assets. Otherwise copy node_modules/health-topic-elements/dist/topics/ to your site and call setContentBasePath('/that/folder/').";
  console.error(`${element}: the content file ${url} is not there (the server answered ${answer}). ${fix}`);
}

/** A tag the article is made of that the page registered with a class of its own (see inner-elements.ts). */
export function explainElementConflict(element: string, tags: readonly string[]): void {
  console.error(
    `${element}: <${tags.join('>, <')}> is registered on this page by another script, not Health Topic Elements, so the article cannot be shown: its parts would stay empty. Rename the page's own element: a tag names one element in the whole page.`,
  );
}
