import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBaseAddress } from '../../apps/snippet-builder/base-address.js';
import { writeSnippet, type SnippetChoices } from '../../apps/snippet-builder/snippet.js';

function choices(baseUrl: string): SnippetChoices {
  return {
    baseUrl,
    build: { entry: 'e.js', latest: 'l.js', topicIndex: 'topics/index.json', lazy: [], files: { 'e.js': 'sha384-x' } } as unknown as SnippetChoices['build'],
    topic: 'myoclonus', headingLevel: 2, sections: [], version: 'pinned',
    fallback: { title: 'Myoclonus' },
  };
}

test('a base address without a scheme is written as https, without throwing', () => {
  const snippet = writeSnippet(choices('cdn.example.org/health-topic-elements/'));
  assert.match(snippet, /src="https:\/\/cdn\.example\.org\/health-topic-elements\/e\.js"/);
});

test('an address without a scheme is read as https, with a note naming the guess', () => {
  for (const [typed, url] of [
    ['cdn.example.org/health-topic-elements', 'https://cdn.example.org/health-topic-elements/'],
    ['//cdn.example.org/x/', 'https://cdn.example.org/x/'],
    ['localhost:8000/dist', 'https://localhost:8000/dist/'],
    ['  cdn.example.org  ', 'https://cdn.example.org/'],
  ]) {
    const base = readBaseAddress(typed);
    assert.ok(base.ok, typed);
    assert.equal(base.url, url, typed);
    assert.ok(base.note?.includes(url), `${typed}: ${base.note}`);
  }
});

test('an https address is taken as it is, a "/" added to the folder, with nothing to check', () => {
  assert.deepEqual(readBaseAddress('https://cdn.example.org/health-topic-elements'), { ok: true, url: 'https://cdn.example.org/health-topic-elements/' });
  assert.deepEqual(readBaseAddress('http://localhost:8000/dist/'), { ok: true, url: 'http://localhost:8000/dist/' });
});

test('an http address on another host is taken, with a note that https pages block it', () => {
  const base = readBaseAddress('http://cdn.example.org/x/');
  assert.ok(base.ok);
  assert.match(base.note ?? '', /http:\/\/ address: browsers block/);
});

test('an address no page could load the files from is refused with a message, and no snippet is written', () => {
  for (const [typed, says] of [
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['javascript:alert(1)', /"javascript:" address/],
    ['JAVASCRIPT:alert(1)', /"javascript:" address/],
    ['data:text/html,x', /"data:" address/],
    ['ftp://cdn.example.org/', /"ftp:" address/],
    ['java\tscript:alert(1)', /space or a line break/],
    ['https://cdn.example.org/my folder/', /space or a line break/],
    ['https://cdn.example.org/\nx/', /space or a line break/],
    ['/dist/', /whole address, with its host/],
    ['./dist/', /whole address, with its host/],
    ['https://', /not a web address/],
    ['https://cdn.example.org"><img src=x onerror=alert(1)>/', /not a host name|space/],
    ['https://a"b.example/', /not a host name/],
    ['https://user:secret@cdn.example.org/', /user name and password/],
    ['https://cdn.example.org/x/?v=1', /"\?…" and "#…"/],
    ['https://cdn.example.org/x/#top', /"\?…" and "#…"/],
  ] as const) {
    const base = readBaseAddress(typed);
    assert.equal(base.ok, false, JSON.stringify(typed));
    assert.match(base.ok ? '' : base.message, says, JSON.stringify(typed));
    assert.equal(writeSnippet(choices(typed)), '', JSON.stringify(typed));
  }
});
