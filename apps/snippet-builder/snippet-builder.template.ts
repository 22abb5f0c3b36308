/** The snippet builder's form, output and preview, as a function of its choices (see snippet-builder.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { BASE_ADDRESS_HELP } from './base-address.js';
import { baseAddressChoice, type BuilderActions, type BuilderState } from './builder-state.js';
import { PAGE_LANGUAGE, SERVER_HEADERS } from './snippet.js';
import { topicCombobox } from './topic-combobox.js';

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;
/** The language's English name; a topic-index key that is no language tag is shown as it is, not thrown. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function builderTemplate(state: BuilderState, builder: BuilderActions): TemplateResult {
  if (state.problem) return html`<p role="alert">${state.problem}</p>`;
  const choose = builder.choose;
  const locales = state.topics[state.topic] ?? [];
  const sections = state.sectionChoices.map((choice) => choice.id).filter((id) => state.chosenSections.includes(id));
  const css = builder.css;
  return html`
    <form class="choices" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend>Article</legend>
        ${topicCombobox(state, choose)}
        <label for="language">Language</label>
        <select id="language" @change=${(event: Event) => choose({ lang: value(event) })}>
          <option value=${PAGE_LANGUAGE} ?selected=${state.lang === PAGE_LANGUAGE}>The page's language</option>
          ${locales.map((locale) => html`<option value=${locale} ?selected=${locale === state.lang}>${languageName(locale)}</option>`)}
        </select>
        <label for="heading-level">Heading level of the title</label>
        <select id="heading-level" @change=${(event: Event) => choose({ headingLevel: Number(value(event)) })}>
          ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} ?selected=${level === state.headingLevel}>h${level}</option>`)}
        </select>
      </fieldset>
      <fieldset>
        <legend>Sections (none checked: the whole article)</legend>
        ${state.sectionChoices.map(
          (choice) => html`<label class="check">
            <input
              type="checkbox"
              value=${choice.id}
              .checked=${state.chosenSections.includes(choice.id)}
              @change=${(event: Event) => {
                const on = checked(event);
                choose((current) => ({ chosenSections: on ? [...current.chosenSections, choice.id] : current.chosenSections.filter((id) => id !== choice.id) }));
              }}
            />
            ${choice.title}
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>For readers without JavaScript and search engines</legend>
        <label class="check">
          <input type="checkbox" id="prerendered" .checked=${state.withPrerendered} @change=${(event: Event) => choose({ withPrerendered: checked(event) })} />
          Include the article as HTML (all sections, title at h2; the page does not jump while the script loads)
        </label>
        <label class="check">
          <input
            type="checkbox"
            id="strict-csp"
            .checked=${state.strictCsp}
            ?disabled=${!state.withPrerendered}
            @change=${(event: Event) => choose({ strictCsp: checked(event) })}
          />
          The site's Content-Security-Policy does not allow inline styles (the article's styles are then linked files)
        </label>
        ${state.withPrerendered && state.styleHashes.length > 0
          ? html`<p class="hint" id="style-hashes">
              With a Content-Security-Policy, add to its <code>style-src</code>: ${state.styleHashes.map((hash) => html`<code>${hash}</code> `)}
            </p>`
          : nothing}
        <label for="fallback-href">Otherwise, a link to the article for them (optional)</label>
        <input id="fallback-href" type="url" .value=${state.fallbackHref} @input=${(event: Event) => choose({ fallbackHref: value(event) })} />
      </fieldset>
      <fieldset>
        <legend>Where the files are served</legend>
        <label for="base-url">Address of the build's folder</label>
        <input
          id="base-url"
          type="url"
          aria-describedby="base-url-help base-url-message"
          aria-invalid=${state.baseRefused ? 'true' : 'false'}
          .value=${state.baseInput}
          @change=${(event: Event) => choose(baseAddressChoice(value(event)))}
        />
        <p class="hint" id="base-url-help">${BASE_ADDRESS_HELP}</p>
        <p class=${state.baseRefused ? 'field-message refused' : 'field-message'} id="base-url-message" aria-live="polite">${state.baseMessage}</p>
        <label class="check">
          <input type="radio" name="version" value="pinned" .checked=${state.version === 'pinned'} @change=${() => choose({ version: 'pinned' })} />
          This build, checked before it runs (Subresource Integrity); update the snippet to update
        </label>
        <label class="check">
          <input type="radio" name="version" value="latest" .checked=${state.version === 'latest'} @change=${() => choose({ version: 'latest' })} />
          Always the newest build deployed there, not checked
        </label>
      </fieldset>
      <fieldset>
        <legend>Colors (optional)</legend>
        ${color('link-color', 'Link color', state.colors.link, (link) => choose({ colors: { ...state.colors, link } }))}
        ${color('accent-color', 'Accent and focus color', state.colors.accent, (accent) => choose({ colors: { ...state.colors, accent } }))}
      </fieldset>
    </form>

    <section class="output" aria-labelledby="snippet-label">
      <label id="snippet-label" for="snippet">Snippet to paste into your page</label>
      <textarea id="snippet" readonly rows="8" .value=${builder.snippet}></textarea>
      <button type="button" id="copy" @click=${() => builder.copy('snippet')}>Copy snippet</button>
      ${css
        ? html`<label for="css">CSS to add to your site's stylesheet</label>
            <textarea id="css" readonly rows="6" .value=${css}></textarea>
            <button type="button" id="copy-css" @click=${() => builder.copy('CSS')}>Copy CSS</button>`
        : nothing}
      <p class="hint" id="headers-label">What the server of the build's folder must send:</p>
      <ul class="hint" aria-labelledby="headers-label">
        ${SERVER_HEADERS.map((line) => html`<li>${line}</li>`)}
      </ul>
      <p class="announcement" role="status">${state.announcement}</p>
    </section>

    <section class="preview" aria-label="Preview">
      <p class="preview-label" aria-hidden="true">Preview</p>
      ${state.topic
        ? html`<health-topic
            topic=${state.topic}
            lang=${state.lang || 'en'}
            heading-level=${state.headingLevel}
            sections=${sections.length > 0 ? sections.join(',') : nothing}
          ></health-topic>`
        : nothing}
    </section>
  `;
}

function color(id: string, label: string, current: string, set: (value: string) => void): TemplateResult {
  return html`<div class="color">
    <label for=${id}>${label}</label>
    <input id=${id} type="color" .value=${current || '#000000'} @input=${(event: Event) => set(value(event))} />
    <button type="button" ?disabled=${!current} @click=${() => set('')}>Use the text color</button>
  </div>`;
}
