/**
 * The snippet builder's "Address of the build's folder", typed as an author types it: a missing
 * scheme gets an https guess the author sees; an address no page could load from gets a message on
 * the field and no snippet; never an exception.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../apps/snippet-builder/define.js';
import { captureConsole } from '../support/capture-console.js';
import { watchUncaught } from '../support/page-faults.js';

type Builder = HTMLElement & { snippet: string; updateComplete: Promise<boolean> };

describe('snippet builder: the address of the build\'s folder', () => {
  let builder: Builder;
  let uncaught: ReturnType<typeof watchUncaught>;
  const consoleLines = captureConsole(['error', 'warn']);
  const field = () => builder.shadowRoot!.querySelector<HTMLInputElement>('#base-url')!;
  const snippet = () => builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet')!.value;
  /** The field's message, which it names among what describes it. */
  const message = () => {
    expect(field().getAttribute('aria-describedby')?.split(' ')).to.include('base-url-message');
    return builder.shadowRoot!.getElementById('base-url-message')!.textContent!.trim();
  };

  /** Types the address into the field as an author does, and leaves it (the change event). */
  async function type(address: string): Promise<void> {
    field().focus();
    field().select();
    await sendKeys({ press: 'Backspace' });
    // WebKit's driver drops the second of two equal characters typed in one go ("https" as "htps"):
    // each run without such a pair is typed in a go of its own.
    const runs: string[] = [];
    for (const char of address) {
      if (runs.length > 0 && !runs[runs.length - 1].endsWith(char)) runs[runs.length - 1] += char;
      else runs.push(char);
    }
    for (const run of runs) await sendKeys({ type: run });
    expect(field().value, 'the field, as typed').to.equal(address);
    await sendKeys({ press: 'Tab' });
    await builder.updateComplete;
  }

  beforeEach(async () => {
    uncaught = watchUncaught();
    builder = document.createElement('snippet-builder') as Builder;
    builder.setAttribute('script-url', '/dist/health-topic-elements.js');
    builder.setAttribute('integrity-url', '/dist/integrity.json');
    builder.setAttribute('content-base', '/dist/topics/');
    document.body.append(builder);
    // The snippet, for web developers, and the web team's settings, where the address is.
    await waitUntil(() => builder.shadowRoot?.querySelector<HTMLInputElement>('input[name="output"][value="snippet"]'), 'the form', { timeout: 8000 });
    builder.shadowRoot!.querySelector<HTMLInputElement>('input[name="output"][value="snippet"]')!.click();
    builder.shadowRoot!.querySelector<HTMLDetailsElement>('details#web-team')!.open = true;
    await waitUntil(() => builder.shadowRoot?.querySelector<HTMLTextAreaElement>('#snippet')?.value, 'the first snippet', { timeout: 8000 });
  });

  afterEach(() => {
    builder.remove();
    uncaught.stop();
    expect(uncaught.errors, 'errors that reached the page').to.deep.equal([]);
    expect(consoleLines.lines, 'console errors and warnings').to.deep.equal([]);
  });

  it('takes an address without a scheme as https, shows the guess, and writes the snippet with it', async () => {
    await type('cdn.example.org/health-topic-elements');
    expect(field().value).to.equal('https://cdn.example.org/health-topic-elements/');
    expect(field().getAttribute('aria-invalid')).to.equal('false');
    expect(message()).to.include('https://cdn.example.org/health-topic-elements/');
    expect(snippet()).to.match(/src="https:\/\/cdn\.example\.org\/health-topic-elements\/health-topic-elements\.[\w-]{8}\.js"/);
    expect(snippet()).not.to.include('="cdn.example.org');
  });

  for (const [address, says] of [
    ['javascript:alert(1)', 'https://'],
    ['data:text/html,<p>x</p>', 'https://'],
    ['', 'Enter the address'],
    ['https://cdn.example.org/my folder/', 'space'],
  ] as const) {
    it(`refuses "${address}" with a message on the field, and writes no snippet`, async () => {
      await type(address);
      expect(field().getAttribute('aria-invalid')).to.equal('true');
      expect(message()).to.include(says);
      expect(snippet()).to.equal('');
      expect(builder.snippet).to.equal('');
    });
  }

  it('copies nothing while the address is refused, and says why instead of "Copied"', async () => {
    await type('javascript:alert(1)');
    builder.shadowRoot!.querySelector<HTMLButtonElement>('#copy')!.click();
    const announced = () => builder.shadowRoot!.querySelector('.announcement')!.textContent!.trim();
    await waitUntil(() => announced() !== '', 'an announcement', { timeout: 3000 });
    expect(announced()).to.equal('There is no snippet to copy: correct the address of the build\'s folder first.');
  });

  it('takes a corrected address again, and the message goes', async () => {
    await type('javascript:alert(1)');
    await type('https://cdn.example.org/health-topic-elements/');
    expect(field().getAttribute('aria-invalid')).to.equal('false');
    expect(message()).not.to.include('https://');
    expect(snippet()).to.include('src="https://cdn.example.org/health-topic-elements/health-topic-elements.');
  });
});
