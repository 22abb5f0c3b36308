/**
 * The widget's one Trusted Types policy, `health-topic-elements`, for pages that require Trusted
 * Types. It lets through only what cannot run a page's attacker's code: JSON text (the JSON-LD data
 * block) and the addresses of this build's own checked chunks (see chunk-table.ts).
 */
import { isChunkAddress } from './chunk-table.js';

export const POLICY_NAME = 'health-topic-elements';

export interface WidgetPolicy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript: (text: string) => string; createScriptURL: (url: string) => string }): WidgetPolicy;
}

let policy: WidgetPolicy | null | undefined;

/**
 * The policy where the browser has Trusted Types; `null` where it has none, or where the page's
 * CSP does not allow the name (then one warning says what is missing).
 */
export function widgetPolicy(): WidgetPolicy | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = trustedTypes
      ? trustedTypes.createPolicy(POLICY_NAME, {
          // Parsing throws on anything but JSON, and no JSON text runs as script.
          createScript: (json) => (JSON.parse(json), json),
          createScriptURL: (url) => {
            if (!isChunkAddress(url)) throw new TypeError(`${url} is not a file of this build.`);
            return url;
          },
        })
      : null;
  } catch {
    console.warn(
      `Health Topic Elements: the page's CSP does not allow the Trusted Types policy "${POLICY_NAME}"; no JSON-LD is added, and files loaded on demand cannot be loaded (see the README's Trusted Types).`,
    );
    policy = null;
  }
  return policy;
}
