import type { PersonName } from './schema.js';

/** A name as citations write it, family name first: "Eberhardt O". */
export function personName({ family, given }: PersonName): string {
  return given ? `${family} ${given}` : family;
}
