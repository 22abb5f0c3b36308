/** Registering the elements on pages that already have some of them, or other elements by those names. */
import { expect } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import { VERSION } from '../../src/version.js';
import { captureConsole } from '../support/capture-console.js';

function warningsOf(action: () => void): string[] {
  return captureConsole(['warn'], action).lines;
}

describe('registerElements', () => {
  it('says another script owns a tag the page registered itself, rather than suggesting a double load', () => {
    customElements.define('host-owned-topic', class extends HTMLElement {});
    const warnings = warningsOf(() => registerElements([['host-owned-topic', class extends HTMLElement {}]]));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<host-owned-topic> is already registered by another script');
    expect(warnings[0]).not.to.include('twice');
  });

  it('names both versions when another copy of this library registered the tags first', () => {
    customElements.define('older-copy-topic', class extends HTMLElement { static version = '0.0.9'; });
    const warnings = warningsOf(() => registerElements([['older-copy-topic', class extends HTMLElement {}]]));
    expect(warnings[0]).to.include('version 0.0.9');
    expect(warnings[0]).to.include(VERSION);
  });
});
