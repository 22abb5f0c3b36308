import { html } from 'lit';
import type { Contributor, ContributorRole, PersonName } from './schema.js';
import { formatDate } from '../shared/dates.js';
import { isolated, listParts, timeTemplate, type Part } from '../shared/message-parts.js';

/** The contributors in a role, in the payload's order. */
export function inRole(contributors: readonly Contributor[], role: ContributorRole): Contributor[] {
  return contributors.filter((contributor) => contributor.role === role);
}

/** "Cynthia M. Johnson, MA" for each contributor in a role, joined as a list in the article's language. */
export function contributorNames(contributors: readonly Contributor[], role: ContributorRole, locale: string): string {
  return listParts(inRole(contributors, role).map(displayName), locale).join('');
}

/**
 * The same as parts, each contributor followed by the day they did their part when it is known:
 * "Rimas Lukas, MD (May 31, 2024)". Empty when no one has the role.
 */
export function contributorParts(contributors: readonly Contributor[], role: ContributorRole, locale: string): Part[] {
  const people = inRole(contributors, role).map((contributor): Part[] => {
    const name = isolated(displayName(contributor));
    return contributor.date ? [name, ' (', timeTemplate(contributor.date, formatDate(contributor.date, locale)), ')'] : [name];
  });
  return listParts(people.map((parts) => (parts.length === 1 ? parts[0]! : html`${parts}`)), locale);
}

function displayName({ name, credentials }: Contributor): string {
  return credentials ? `${name}, ${credentials}` : name;
}

/** A cited author as the AMA style writes one: family name, then initials ("Eberhardt O"). */
export function citedName({ family, given }: PersonName): string {
  return given ? `${family} ${given}` : family;
}
