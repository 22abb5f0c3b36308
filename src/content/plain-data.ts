/**
 * Payloads handed in by a page can be anything a script can make: getters that throw, revoked
 * Proxies, cycles, arrays nested ten thousand deep, objects whose prototype (or Object.prototype
 * itself, on pages with old polyfills) carries extra keys. Before anything reads a payload, it is
 * copied once into plain data: objects without a prototype holding only their own enumerable
 * keys, arrays, strings, numbers, booleans and null. Whatever goes wrong while copying becomes one
 * readable reason, never an exception.
 */

/** Far more than any article needs (the Myoclonus article has about 400 values, 9 levels deep). */
export const PLAIN_DATA_LIMITS = { depth: 24, values: 20_000 } as const;

export type PlainData = null | boolean | number | string | PlainData[] | { [key: string]: PlainData };

export type PlainDataResult = { ok: true; value: PlainData } | { ok: false; reason: string };

class NotPlainData extends Error {}

/** Copies `input` into plain data, or says why it cannot be read as such. */
export function toPlainData(input: unknown, limits: { depth: number; values: number } = PLAIN_DATA_LIMITS): PlainDataResult {
  let values = 0;
  const ancestors = new Set<object>();
  const copy = (value: unknown, depth: number): PlainData => {
    if (++values > limits.values) throw new NotPlainData(`It holds more than ${limits.values.toLocaleString('en')} values; no article is that large.`);
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new NotPlainData(`It holds the number ${value}, which JSON cannot.`);
      return value;
    }
    if (typeof value !== 'object') throw new NotPlainData(`It holds ${value === undefined ? 'undefined' : `a ${typeof value}`}, which JSON cannot.`);
    if (ancestors.has(value)) throw new NotPlainData('It holds itself (a cycle).');
    if (depth >= limits.depth) throw new NotPlainData(`It is nested more than ${limits.depth} levels deep; no article is.`);
    ancestors.add(value);
    let plain: PlainData;
    if (Array.isArray(value)) {
      plain = Array.from(value, (item) => copy(item, depth + 1));
    } else {
      plain = Object.create(null) as { [key: string]: PlainData };
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        // JSON.stringify leaves such keys out, and so do we: `undefined` is "not there".
        if (item !== undefined) plain[key] = copy(item, depth + 1);
      }
    }
    ancestors.delete(value);
    return plain;
  };
  try {
    return { ok: true, value: copy(input, 0) };
  } catch (error) {
    // A getter that throws, a revoked Proxy, or the limits above.
    return { ok: false, reason: error instanceof NotPlainData ? error.message : `It cannot be read: ${describe(error)}` };
  }
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an error that cannot be described';
  }
}
