/** Parsing a payload file, with an editor's "where" when it is not valid JSON. */

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(source: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    // Node's messages can quote the whole file and do not always give a position: say it shortly, with a line.
    const reason = (error as Error).message
      .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
      .replace(/(?: in JSON)? at position \d+.*$/s, '');
    const offset = jsonErrorOffset(source);
    const where = offset < 0 ? '' : ` (${lineAndColumn(source, offset)})`;
    return { ok: false, message: `The file is not valid JSON: ${reason}${where}.` };
  }
}

const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_SCALAR = new RegExp(`${JSON_STRING.source}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null`, 'y');

/** Where the JSON grammar first fails, as an offset (-1 if it does not, or cannot tell): the editor's "where". */
function jsonErrorOffset(source: string): number {
  let at = 0;
  const skipSpace = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at]!)) at += 1;
  };
  const expect = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(source)) throw at;
    at = pattern.lastIndex;
  };
  const container = (close: string, member: () => void) => {
    at += 1;
    skipSpace();
    if (source[at] === close) return void (at += 1);
    for (;;) {
      member();
      skipSpace();
      if (source[at] === close) return void (at += 1);
      if (source[at] !== ',') throw at;
      at += 1;
    }
  };
  const value = (): void => {
    skipSpace();
    if (source[at] === '{') {
      return container('}', () => {
        skipSpace();
        expect(JSON_STRING);
        skipSpace();
        expect(/:/y);
        value();
      });
    }
    if (source[at] === '[') return container(']', value);
    expect(JSON_SCALAR);
  };
  try {
    value();
    skipSpace();
    return at < source.length ? at : -1;
  } catch (stop) {
    // A number is where the grammar failed; anything else (nesting deeper than the stack) has no place to give.
    return typeof stop === 'number' ? stop : -1;
  }
}

function lineAndColumn(source: string, offset: number): string {
  const lines = source.slice(0, offset).split('\n');
  return `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
}
