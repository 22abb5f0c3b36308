/**
 * The widget's one Trusted Types policy, `health-topic-elements`, for pages that require Trusted
 * Types. It lets through only what cannot run a page's attacker's code: JSON text (the JSON-LD data
 * block), the addresses of this build's own checked chunks (see chunk-table.ts), and HTML the
 * build rendered and signed, once checked (see src/first-paint/).
 */
import { isChunkAddress } from './chunk-table.js';
import { pageWide } from './this-build.js';

export const POLICY_NAME = 'health-topic-elements';

export interface WidgetPolicy {
  createHTML(html: string): unknown;
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: Record<keyof WidgetPolicy, (text: string) => string>): WidgetPolicy;
}

/** The policy once made (a name can be made only once per page), or `null` when it could not be. */
const made = pageWide('trusted types policy', () => ({ policy: undefined as WidgetPolicy | null | undefined }));

/** HTML that passed its signature check, until it is inserted: the only HTML the policy lets through. */
const checkedHTML = pageWide('checked html', () => new Set<string>());

/**
 * The policy where the browser has Trusted Types; `null` where it has none, or where the page's
 * CSP does not allow the name (then one warning says what is missing).
 */
export function widgetPolicy(): WidgetPolicy | null {
  if (made.policy !== undefined) return made.policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    made.policy = trustedTypes
      ? trustedTypes.createPolicy(POLICY_NAME, {
          createHTML: (html) => {
            if (!checkedHTML.delete(html)) throw new TypeError('Only HTML this build signed, once checked, may be inserted.');
            return html;
          },
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
      `Health Topic Elements: the page's CSP does not allow the Trusted Types policy "${POLICY_NAME}"; no JSON-LD is added, and the build's HTML is not used for the first paint (see the README's Trusted Types).`,
    );
    made.policy = null;
  }
  return made.policy;
}

/**
 * `html`, which passed its signature check, as the page's sink takes it: TrustedHTML under Trusted
 * Types, else the string; `undefined` where the browser has Trusted Types and the page refused the
 * policy, since the page may then require them, and no HTML of the widget's may be inserted.
 */
export function checkedHtml(html: string): unknown {
  const widget = widgetPolicy();
  if (!widget) return (globalThis as { trustedTypes?: unknown }).trustedTypes ? undefined : html;
  checkedHTML.add(html);
  return widget.createHTML(html);
}
