/** Where payload files are, and what their place says about them: their topic, locale and original. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { field } from './payload.js';
import type { LintContext, Original } from './types.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Payloads live at topics/<topic>/<locale>.json; elsewhere there is no folder or file name to agree with. */
export function expectedPlace(file: string): LintContext['expected'] {
  const folder = path.dirname(path.resolve(file));
  if (path.basename(path.dirname(folder)) !== 'topics') return undefined;
  return { topic: path.basename(folder), locale: path.basename(file, '.json') };
}

/** A translation's original is the file of that locale in the same topic folder. */
export function originalOf(file: string, payload: unknown): Original | undefined {
  const translationOf = field(payload, 'translationOf');
  // Only a language tag names a file: anything else would reach outside the folder.
  if (typeof translationOf !== 'string' || !/^[A-Za-z0-9-]+$/.test(translationOf)) return undefined;
  const fileName = `${translationOf}.json`;
  const originalFile = path.join(path.dirname(file), fileName);
  if (!existsSync(originalFile)) return { fileName, found: false };
  try {
    return { fileName, found: true, payload: JSON.parse(readFileSync(originalFile, 'utf8')) };
  } catch {
    return undefined; // Its own lint reports why it cannot be read.
  }
}

/** Every content/topics/<topic>/<locale>.json (or that of another topics folder), topics and files in name order. */
export function allPayloadFiles(topicsDir = path.join(root, 'content/topics')): string[] {
  const topics = readdirSync(topicsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return topics
    .map((topic) => topic.name)
    .sort()
    .flatMap((topic) =>
      readdirSync(path.join(topicsDir, topic))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(topicsDir, topic, name)),
    );
}
