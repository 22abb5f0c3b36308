/**
 * The topic index as a fake content server serves it (fake-topics.ts in Node, fake-content.ts in
 * the browser): with the `integrity` field the build would write for the files served beside it.
 */

/**
 * `index` with `hashes` as its `integrity` field. An index that has the field already, or is not
 * a JSON object (a test's broken index), is served as the test gave it.
 */
export function withIntegrity(index: string, hashes: () => Promise<Record<string, string>>): Promise<string>;
export function withIntegrity(index: string, hashes: () => Record<string, string>): string;
export function withIntegrity(index: string, hashes: () => Record<string, string> | Promise<Record<string, string>>): string | Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(index);
  } catch {
    return index;
  }
  if (!parsed || typeof parsed !== 'object' || 'integrity' in parsed) return index;
  const given = hashes();
  const written = (integrity: Record<string, string>) => JSON.stringify({ ...parsed, integrity });
  return given instanceof Promise ? given.then(written) : written(given);
}
