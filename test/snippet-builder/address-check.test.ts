import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkAddress } from '../../apps/snippet-builder/address-check.js';
import type { BuildIntegrity } from '../../src/content/published.js';

/**
 * The builder's check of the address the author typed, against the test CDN on another origin
 * (test/support/cdn-server.mjs): /cors/ sends Access-Control-Allow-Origin, /no-cors/ does not.
 */
describe('the snippet builder\'s address check', () => {
  let cdn: string;
  let build: BuildIntegrity;

  before(async () => {
    cdn = await executeServerCommand<string, undefined>('cdn-origin');
    build = await (await fetch(`${cdn}/cors/dist/integrity.json`)).json();
  });

  it('finds this build at a CDN set up for the widget', async () => {
    const check = await checkAddress(`${cdn}/cors/dist/`, build);
    expect(check.ok, check.message).to.equal(true);
    expect(check.message).to.include('this build');
  });

  it('says when nothing is found at the address: a wrong address', async () => {
    const check = await checkAddress(`${cdn}/cors/no-such-folder/`, build);
    expect(check.ok).to.equal(false);
    expect(check.message).to.include('HTTP 404');
    expect(check.message).to.include('health-topic-elements.js');
  });

  it('says when the server answers without Access-Control-Allow-Origin, and that pages on other sites need it', async () => {
    const check = await checkAddress(`${cdn}/no-cors/dist/`, build);
    expect(check.ok).to.equal(false);
    expect(check.message).to.include('Access-Control-Allow-Origin');
    expect(check.message).to.include('another site');
  });

  it('says when nothing answers at all', async () => {
    // Port 9 (discard) on this machine: nothing listens, the connection is refused.
    const check = await checkAddress('http://127.0.0.1:9/dist/', build);
    expect(check.ok).to.equal(false);
    expect(check.message).to.include('Nothing answered');
  });

  it('says when the address holds another build than the snippet names', async () => {
    const other = { ...build, entry: 'health-topic-elements.Other123.js' };
    const check = await checkAddress(`${cdn}/cors/dist/`, other);
    expect(check.ok).to.equal(false);
    expect(check.message).to.include('another build');
    expect(check.message).to.include(build.entry);
  });
});
