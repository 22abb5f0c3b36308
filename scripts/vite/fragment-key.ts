import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the build keeps its signing key until the prerender step signs the fragments: never in dist/. */
export const SIGNING_KEY_FILE = '.cache/fragment-signing-key.json';

export interface SigningKey {
  /** The build's name for its fragments' folder: a hash of the public key. */
  build: string;
  /** Base64 SPKI, as the first-paint file holds it. */
  publicKey: string;
  /** PKCS #8 PEM. */
  privateKey: string;
}

/**
 * Makes a key pair for this build's fragments (see src/first-paint/signed-fragment.ts): the public
 * key goes into the first-paint file, which snippets pin by its hash; the private key is left in
 * SIGNING_KEY_FILE for scripts/prerender.ts. A key per build means no secret to keep between
 * builds, and no fragment of one build passes for another's.
 */
export function fragmentKey(): Plugin {
  return {
    name: 'fragment-key',
    config(config) {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const spki = publicKey.export({ type: 'spki', format: 'der' });
      const key: SigningKey = {
        build: createHash('sha256').update(spki).digest('hex').slice(0, 12),
        publicKey: spki.toString('base64'),
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      };
      const file = path.resolve(config.root ?? process.cwd(), SIGNING_KEY_FILE);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
      return { define: { __HEALTH_TOPIC_FRAGMENTS__: JSON.stringify(`${key.build} ${key.publicKey}`) } };
    },
  };
}
