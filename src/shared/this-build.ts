/**
 * What sets this build apart on a page: its fragments' key (see src/first-paint/), and state that
 * every copy of its modules shares. A file reached at two addresses (a CDN's redirect, then the
 * address a chunk imports it from) runs as two modules; they must still paint once, and share one
 * Trusted Types policy and one record of what was checked.
 */

/** Set by the script-tag build (scripts/vite/fragment-key.ts): "<build> <base64 SPKI public key>". */
declare const __HEALTH_TOPIC_FRAGMENTS__: string | undefined;

export interface FragmentBuild {
  /** The build's name for its fragments (see `fragmentPath`). */
  id: string;
  /** The key that signed them. */
  publicKey: string;
}

const [build, publicKey] = typeof __HEALTH_TOPIC_FRAGMENTS__ === 'string' ? __HEALTH_TOPIC_FRAGMENTS__.split(' ') : [];
/** This build's fragments, or `undefined` in builds that have none (npm, development, Storybook). */
export const FRAGMENT_BUILD: FragmentBuild | undefined = build && publicKey ? { id: build, publicKey } : undefined;

/** One `name` per page for this build, made once by `make`, whichever copy of the module asks. */
export function pageWide<T>(name: string, make: () => T): T {
  const key = Symbol.for(`health-topic-elements ${build ?? 'unbuilt'} ${name}`);
  const slots = globalThis as unknown as Record<symbol, T>;
  if (!(key in slots)) slots[key] = make();
  return slots[key];
}
