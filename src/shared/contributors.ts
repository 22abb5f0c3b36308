import type { Contributor, PersonName } from '../content/schema.js';

/** "Cynthia M. Johnson, MA" for each contributor in a role, joined as a list in the article's language. */
export function contributorNames(contributors: readonly Contributor[], role: Contributor['role'], locale: string): string {
  const names = contributors
    .filter((contributor) => contributor.role === role)
    .map(({ name, credentials }) => (credentials ? `${name}, ${credentials}` : name));
  return names.length > 1 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) : (names[0] ?? '');
}

/** A cited author as the AMA style writes one: family name, then initials ("Eberhardt O"). */
export function citedName({ family, given }: PersonName): string {
  return given ? `${family} ${given}` : family;
}
