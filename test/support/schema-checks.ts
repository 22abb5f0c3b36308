/**
 * The real article changed in one place, and what the content schema (src/content/schema.ts) and
 * the published JSON Schema (content/health-topic.schema.json, read with Ajv as editors' tools
 * read it) each say about it: the two must agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { validateTopic } from '../../src/content/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
export const article = JSON.parse(readFileSync(path.join(root, 'content/topics/myoclonus/en.json'), 'utf8'));
const published = new Ajv({ allErrors: true });
addFormats.default(published);
const validatePublished = published.compile(JSON.parse(readFileSync(path.join(root, 'content/health-topic.schema.json'), 'utf8')));

/** The real article with `change` made to a copy of it. */
export function changed(change: (payload: any) => void): unknown {
  const payload = structuredClone(article);
  change(payload);
  return payload;
}

/** Each problem the content schema finds, as `path: message`. */
export function problems(payload: unknown): string[] {
  const result = validateTopic(payload);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

/** The places the published JSON Schema refuses, as JSON pointers, each once. */
export function refusedByPublished(payload: unknown): string[] {
  return validatePublished(payload) ? [] : [...new Set(validatePublished.errors!.map((error) => error.instancePath))];
}
