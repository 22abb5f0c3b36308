/**
 * The snippet builder's form, output and preview, as a function of its choices (see
 * snippet-builder.ts): first what a CMS author chooses (the article, its language, sections and
 * look, and what to paste), then, folded away, what the web team sets once (web-team.template.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderActions, BuilderState, StateChange } from './builder-state.js';
import { outputTemplate } from './output.template.js';
import { PAGE_LANGUAGE } from './snippet.js';
import { topicCombobox } from './topic-combobox.js';
import { webTeamSettings } from './web-team.template.js';

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

/** The snippet holds the article as HTML: what it shows before the script runs is the whole article, at h2. */
const embedsHtml = (state: BuilderState) => state.output === 'snippet' && state.withPrerendered;

/** A line next to a choice the article as HTML cannot honour, saying what readers see before and after the script runs. */
function htmlNote(id: string, shown: boolean, text: string): TemplateResult | typeof nothing {
  return shown ? html`<p class="hint html-note" id=${id}>${text}</p>` : nothing;
}

export function builderTemplate(state: BuilderState, builder: BuilderActions): TemplateResult {
  if (state.problem) return html`<p role="alert">${state.problem}</p>`;
  const choose = builder.choose;
  const locales = state.topics[state.topic] ?? [];
  const sections = state.sectionChoices.map((choice) => choice.id).filter((id) => state.chosenSections.includes(id));
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
        ${htmlNote('language-note', embedsHtml(state) && state.lang === PAGE_LANGUAGE, 'The article as HTML is in English: once the script runs, it is in the page\'s language.')}
        <label for="heading-level">Heading level of the title</label>
        <select id="heading-level" @change=${(event: Event) => choose({ headingLevel: Number(value(event)) })}>
          ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} ?selected=${level === state.headingLevel}>h${level}</option>`)}
        </select>
        ${htmlNote('heading-level-note', embedsHtml(state) && state.headingLevel !== 2, `The article as HTML has its title at h2: once the script runs, it is at h${state.headingLevel}.`)}
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
        ${htmlNote('sections-note', embedsHtml(state) && sections.length > 0, 'The article as HTML holds every section: readers without JavaScript, and search engines, get all of them; once the script runs, the page shows only the sections checked.')}
      </fieldset>
      ${lookChoices(state, choose)} ${pasteChoices(state, choose)} ${webTeamSettings(state, choose)}
    </form>

    ${outputTemplate(state, builder)}

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

function lookChoices(state: BuilderState, choose: (changes: StateChange) => void): TemplateResult {
  return html`<fieldset>
    <legend>Colors</legend>
    ${color('link-color', 'links', state.colors.link, (link) => choose({ colors: { ...state.colors, link } }))}
    ${color('accent-color', 'the rules beside the contents and notes, and the focus ring', state.colors.accent, (accent) => choose({ colors: { ...state.colors, accent } }))}
  </fieldset>`;
}

/** What the author pastes: the link (for rich-text editors) or the snippet, and the snippet's own options. */
function pasteChoices(state: BuilderState, choose: (changes: StateChange) => void): TemplateResult {
  const snippet = state.output === 'snippet';
  return html`<fieldset>
    <legend>What to paste</legend>
    <label class="check">
      <input type="radio" name="output" value="link" .checked=${!snippet} @change=${() => choose({ output: 'link' })} />
      Link for a rich-text editor (recommended for CMS authors)
    </label>
    <label class="check">
      <input type="radio" name="output" value="snippet" .checked=${snippet} @change=${() => choose({ output: 'snippet' })} />
      Snippet of HTML, for web developers who edit the page's HTML
    </label>
    ${snippet
      ? html`<label class="check">
            <input type="checkbox" id="prerendered" .checked=${state.withPrerendered} @change=${(event: Event) => choose({ withPrerendered: checked(event) })} />
            Include the article as HTML, for readers without JavaScript and search engines (the page does not jump while the script loads)
          </label>
          ${state.withPrerendered
            ? html`<p class="hint" id="stale-note">
                With JavaScript off, readers and search engines see the article exactly as pasted, even after it is updated:
                paste the snippet again whenever the article changes. With JavaScript on, the script shows the current article
                (and tells the web team's monitoring that the page holds an older copy).
              </p>`
            : nothing}
          <label class="check">
            <input type="checkbox" id="structured-data" .checked=${state.structuredData} @change=${(event: Event) => choose({ structuredData: checked(event) })} />
            Tell search engines what the article is (schema.org data)
          </label>
          ${state.withPrerendered
            ? nothing
            : html`<label for="fallback-href">A link to the article for readers without JavaScript (optional)</label>
                <input id="fallback-href" type="url" .value=${state.fallbackHref} @input=${(event: Event) => choose({ fallbackHref: value(event) })} />`}`
      : nothing}
  </fieldset>`;
}

/** A color for `what`, or the page's text color (the element's default), which a picker cannot show: it appears only for a color of the author's own. */
function color(id: string, what: string, current: string, set: (value: string) => void): TemplateResult {
  const pageColor = !current;
  return html`<div class="color">
    <label class="check">
      <input type="checkbox" id=${`${id}-page`} .checked=${pageColor} @change=${(event: Event) => set(checked(event) ? '' : '#0a5c63')} />
      Use the page's text color for ${what}
    </label>
    ${pageColor
      ? nothing
      : html`<label for=${id}>Color for ${what}</label>
          <input id=${id} type="color" .value=${current} @input=${(event: Event) => set(value(event))} />`}
  </div>`;
}
