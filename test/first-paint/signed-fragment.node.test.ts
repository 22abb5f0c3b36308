/** The first paint's signed HTML (src/first-paint/signed-fragment.ts): signed as the build signs it, checked as the page checks it. */
import assert from 'node:assert/strict';
import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { describe, it } from 'node:test';
import { signedFragment } from '../../scripts/prerender/fragment.js';
import { parsesShadowRootsInFull } from '../../src/first-paint/paint-fragment.js';
import { importFragmentKey, readSignedFragment, type FragmentHeader } from '../../src/first-paint/signed-fragment.js';

const subtle = webcrypto.subtle as SubtleCrypto;
const header: FragmentHeader = { topic: 'myoclonus', locale: 'en', files: { en: 'myoclonus.en.0123456789.json' }, integrity: { 'myoclonus.en.0123456789.json': 'sha256-AAA=' } };
const HTML = '<article><h2 part="title">Myoclonus — “quoted”</h2></article>';

function buildKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { spki: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('a signed fragment', () => {
  const build = buildKey();
  const file = signedFragment(header, HTML, build.pem);

  it('reads back, header and HTML, with the build\'s key', async () => {
    const key = await importFragmentKey(build.spki, subtle);
    assert.deepEqual(await readSignedFragment(bytes(file), key, subtle), { header, html: HTML });
  });

  it('is refused with another build\'s key', async () => {
    const key = await importFragmentKey(buildKey().spki, subtle);
    assert.equal(await readSignedFragment(bytes(file), key, subtle), undefined);
  });

  it('is refused when any part of it changed: the HTML, the header, the signature', async () => {
    const key = await importFragmentKey(build.spki, subtle);
    const [signature, signedHeader] = file.split('\n');
    const changes = [
      file.replace('Myoclonus', 'Myoclonvs'),
      file.replace('"locale":"en"', '"locale":"es"'),
      `${signature.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'))}${file.slice(signature.length)}`,
      `${signature}\n${signedHeader}\n`,
      `${file} `,
    ];
    for (const changed of changes) assert.equal(await readSignedFragment(bytes(changed), key, subtle), undefined, changed.slice(0, 120));
  });

  it('is refused when it is not a fragment at all', async () => {
    const key = await importFragmentKey(build.spki, subtle);
    for (const other of ['', '<!doctype html><p>Not found</p>', 'not base64 !\n{}\n<p></p>', '{"topic":"myoclonus"}']) {
      assert.equal(await readSignedFragment(bytes(other), key, subtle), undefined, other);
    }
  });
});

describe('which browsers parse the build\'s HTML in full', () => {
  const agents: [string, boolean][] = [
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', false],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1', false],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15', true],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', true],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', true],
  ];
  for (const [agent, full] of agents) {
    it(`${full ? 'does' : 'does not'} trust ${agent.slice(0, 60)}…`, () => assert.equal(parsesShadowRootsInFull(agent), full));
  }
});
