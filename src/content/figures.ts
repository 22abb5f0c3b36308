import type { HealthTopic } from './schema.js';

/**
 * A payload file's text as the article to show. Objects come out without a prototype, so nothing a
 * page added to Object.prototype (old polyfills do) is read as a field the payload left out; and
 * each figure's file name goes through `figureSource`, since payloads name figure files relative to
 * themselves and only the reader (the browser, the prerender) knows where those are served.
 * Call it on text that is valid JSON of a valid payload.
 */
export function readPayload(text: string, figureSource: (src: string) => string): HealthTopic {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const plain = Object.assign(Object.create(null) as Record<string, unknown>, value);
    if (plain.type === 'figure' && typeof plain.src === 'string') plain.src = figureSource(plain.src);
    return plain;
  }) as HealthTopic;
}
