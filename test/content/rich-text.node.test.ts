/** Inline text and links (src/content/rich-text.ts, src/content/link-rule.ts), rendered as a browser would be given them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeLink } from '../../src/content/link-rule.js';
import { plainText, renderInline } from '../../src/content/rich-text.js';
import type { InlineText } from '../../src/content/schema.js';
import { htmlOf } from '../support/rendered-html.js';

describe('links', () => {
  it('may lead to the web, e-mail or the phone', () => {
    for (const href of ['https://www.ninds.nih.gov/', 'http://example.org/a?b=c', 'mailto:info@example.org', 'tel:+1-555-0100']) {
      assert.equal(isSafeLink(href), true, href);
    }
  });

  it('may not lead anywhere else, nor hold no address or a space', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'www.example.org', 'https://', 'mailto:', 'tel:', 'https://a b', ' https://example.org', 'xhttps://example.org']) {
      assert.equal(isSafeLink(href), false, href);
    }
  });
});

describe('inline text', () => {
  it('is a plain string shown as text, markup characters and all', () => {
    assert.equal(renderInline('Take <b>care</b> & rest'), 'Take <b>care</b> & rest');
    assert.equal(htmlOf(renderInline('Take <b>care</b> & rest')), 'Take &lt;b&gt;care&lt;/b&gt; &amp; rest');
  });

  it('shows runs of text, emphasis and links, each in its language when it differs', () => {
    const text: InlineText = [
      { type: 'text', text: 'See ' },
      { type: 'emphasis', text: 'not' },
      { type: 'text', text: ' always, ' },
      { type: 'link', text: 'NINDS', href: 'https://www.ninds.nih.gov/' },
      { type: 'text', text: ' or ' },
      { type: 'text', text: 'Mayo Clinic', lang: 'en' },
      { type: 'emphasis', text: 'sí', lang: 'es' },
      { type: 'link', text: 'Mayo', href: 'tel:+1-555-0100', lang: 'en' },
    ];
    assert.equal(
      htmlOf(renderInline(text)),
      'See <em>not</em> always, <a part="link" href="https://www.ninds.nih.gov/">NINDS</a> or <span lang="en">Mayo Clinic</span>' +
        '<em lang="es">sí</em><a part="link" href="tel:+1-555-0100" lang="en">Mayo</a>',
    );
  });

  it('shows a link to anywhere else as its words alone (data given straight to an element skips validation)', () => {
    const text: InlineText = [
      { type: 'link', text: 'Click', href: 'javascript:alert(1)' },
      { type: 'link', text: 'Clic', href: 'data:text/html,x', lang: 'es' },
    ];
    assert.equal(htmlOf(renderInline(text)), '<span>Click</span><span lang="es">Clic</span>');
  });

  it('reads as plain words for labels and metadata', () => {
    assert.equal(plainText('A <b> string'), 'A <b> string');
    assert.equal(plainText([{ type: 'text', text: 'See ' }, { type: 'link', text: 'NINDS', href: 'https://www.ninds.nih.gov/' }, { type: 'emphasis', text: '!' }]), 'See NINDS!');
  });
});
