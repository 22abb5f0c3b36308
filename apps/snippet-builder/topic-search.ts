/**
 * Finding a topic by name among thousands: the topic index holds ids (slugs), not titles, so the
 * search reads an id as words ("restless-legs" and "restless legs" find the same topic) and shows
 * it that way. Only a bounded number of matches is ever listed.
 */

/** The most matches the list shows; the count line says how many there are. */
export const MATCHES_SHOWN = 20;

/** An id as words: separators read as spaces, so a search need not know how the id is spelled. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** A topic id as a reader would write it: "restless-legs-syndrome" as "Restless legs syndrome". */
export function readableTopic(id: string): string {
  const text = id.replace(/[_-]+/g, ' ').trim() || id;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Searchable {
  id: string;
  words: string;
}

const searchable = new WeakMap<object, Searchable[]>();

/** The ids once sorted and read as words, per topic list (the list is replaced, never changed). */
function searchableTopics(topics: Record<string, unknown>): Searchable[] {
  let list = searchable.get(topics);
  if (!list) {
    list = Object.keys(topics)
      .map((id) => ({ id, words: words(id) }))
      .sort((a, b) => a.words.localeCompare(b.words, 'en') || a.id.localeCompare(b.id, 'en'));
    searchable.set(topics, list);
  }
  return list;
}

export interface TopicMatches {
  /** At most MATCHES_SHOWN ids, by name: those that start with the search first, then a word of them, then any. */
  shown: string[];
  /** How many topics match in all. */
  total: number;
  /** How many topics there are. */
  of: number;
}

/** The topics whose id, read as words, holds the search; an empty search matches every topic. */
export function matchTopics(topics: Record<string, unknown>, search: string): TopicMatches {
  const wanted = words(search);
  const all = searchableTopics(topics);
  const ranks: string[][] = [[], [], []];
  for (const topic of all) {
    const at = topic.words.indexOf(wanted);
    if (at === -1) continue;
    ranks[at === 0 ? 0 : topic.words[at - 1] === ' ' ? 1 : 2].push(topic.id);
  }
  const matching = ranks.flat();
  return { shown: matching.slice(0, MATCHES_SHOWN), total: matching.length, of: all.length };
}

/** The topic the search names in full: one whose id reads as the same words. */
export function namedTopic(matches: TopicMatches, search: string): string | undefined {
  const wanted = words(search);
  return matches.shown.find((id) => words(id) === wanted);
}

const count = (n: number) => n.toLocaleString('en');

/** What the count line says, for the list as shown. */
export function matchesLine(matches: TopicMatches, search: string, listed: boolean): string {
  const { shown, total, of } = matches;
  if (!listed) return `${count(of)} ${of === 1 ? 'topic' : 'topics'}: type part of a name to find one.`;
  if (total === 0) return `No topic matches “${search.trim()}”.`;
  if (shown.length < total) return `${count(shown.length)} of ${count(total)} topics shown: type more to narrow the list.`;
  return total === 1 ? '1 topic matches.' : `${count(total)} topics match.`;
}
