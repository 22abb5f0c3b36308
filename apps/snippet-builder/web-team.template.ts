/**
 * What the web team sets once, folded away from the author's choices: where the build's files are
 * served (checked by fetching its record there), which build the script is, the site's
 * Content-Security-Policy, and the headers the server must send.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BASE_ADDRESS_HELP } from './base-address.js';
import { baseAddressChoice, type BuilderState, type StateChange } from './builder-state.js';
import { SERVER_HEADERS } from './snippet.js';

const value = (event: Event) => (event.target as HTMLInputElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/** What the address check says: while it runs, what it found, or nothing for a refused address (its message says why). */
function addressCheckLine(state: BuilderState): TemplateResult | typeof nothing {
  if (state.baseRefused || !state.baseUrl) return nothing;
  const check = state.addressCheck;
  const text = check ? check.message : 'Checking that the files can be loaded from this address…';
  return html`<p class=${check && !check.ok ? 'field-message refused' : 'field-message'} id="address-check">${text}</p>`;
}

export function webTeamSettings(state: BuilderState, choose: (changes: StateChange) => void): TemplateResult {
  return html`<details id="web-team">
    <summary>Set once by the web team: where the files are served, which build, the site's security policy</summary>
    <fieldset>
      <legend>Where the files are served</legend>
      <label for="base-url">Address of the build's folder</label>
      <input
        id="base-url"
        type="url"
        aria-describedby="base-url-help base-url-message address-check"
        aria-invalid=${state.baseRefused ? 'true' : 'false'}
        .value=${state.baseInput}
        @change=${(event: Event) => choose(baseAddressChoice(value(event)))}
      />
      <p class="hint" id="base-url-help">${BASE_ADDRESS_HELP}</p>
      <p class=${state.baseRefused ? 'field-message refused' : 'field-message'} id="base-url-message" aria-live="polite">${state.baseMessage}</p>
      <div aria-live="polite">${addressCheckLine(state)}</div>
      <p class="hint" id="cors-help">
        The pages that show the article are usually on another site than this address: the server must then send
        <code>Access-Control-Allow-Origin</code> with every file, or the script never runs.
      </p>
      <label class="check">
        <input type="radio" name="version" value="pinned" .checked=${state.version === 'pinned'} @change=${() => choose({ version: 'pinned' })} />
        This build, checked before it runs (Subresource Integrity); update the link's script line or the snippet to update
      </label>
      <label class="check">
        <input type="radio" name="version" value="latest" .checked=${state.version === 'latest'} @change=${() => choose({ version: 'latest' })} />
        Always the newest build deployed there, not checked
      </label>
    </fieldset>
    <fieldset>
      <legend>The site's Content-Security-Policy</legend>
      <label class="check">
        <input
          type="checkbox"
          id="strict-csp"
          .checked=${state.strictCsp}
          ?disabled=${!state.withPrerendered}
          @change=${(event: Event) => choose({ strictCsp: checked(event) })}
        />
        The site's Content-Security-Policy does not allow inline styles (the article as HTML then links its stylesheets)
      </label>
      ${state.withPrerendered && state.styleHashes.length > 0
        ? html`<p class="hint" id="style-hashes">
            With a Content-Security-Policy, add to its <code>style-src</code>: ${state.styleHashes.map((hash) => html`<code>${hash}</code> `)}
          </p>`
        : nothing}
    </fieldset>
    <p class="hint" id="headers-label">What the server of the build's folder must send:</p>
    <ul class="hint" aria-labelledby="headers-label">
      ${SERVER_HEADERS.map((line) => html`<li>${line}</li>`)}
    </ul>
  </details>`;
}
