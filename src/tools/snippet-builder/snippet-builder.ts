import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { listTopics, loadTopic, setContentBasePath } from '../../content/catalog.js';
import { baseStyles } from '../../shared/base.styles.js';
import { snippetBuilderStyles } from './snippet-builder.styles.js';

/** The link and accent colors a snippet starts with: the text color, so no CSS is needed. */
const NO_COLOR = '';

/** dist/integrity.json, written by the script-tag build. */
interface BuildIntegrity {
  entry: string;
  preload: string[];
  files: Record<string, string>;
}

interface SectionChoice {
  id: string;
  title: string;
}

/**
 * A form for CMS authors: choose the topic, language, sections, heading level and colors, see the
 * widget live, and copy a ready snippet. The snippet loads the script with a Subresource Integrity
 * hash (computed when the script was built) and `crossorigin`, so a changed file never runs.
 * Not part of the widget's script: the demo site and Storybook load it on their own.
 *
 * @tagname snippet-builder
 */
export class SnippetBuilder extends LitElement {
  static override styles = [baseStyles, snippetBuilderStyles];

  static override properties = {
    scriptUrl: { attribute: 'script-url' },
    integrityUrl: { attribute: 'integrity-url' },
    contentBase: { attribute: 'content-base' },
    topics: { state: true },
    topic: { state: true },
    locale: { state: true },
    sectionChoices: { state: true },
    chosenSections: { state: true },
    headingLevel: { state: true },
    linkColor: { state: true },
    accentColor: { state: true },
    integrity: { state: true },
    announcement: { state: true },
    problem: { state: true },
    withPrerendered: { state: true },
    prerenderedMarkup: { state: true },
  };

  /** Where the widget's script is served (made absolute in the snippet). */
  scriptUrl = '/dist/health-topic-elements.js';

  /** The build's integrity file: `{ entry, preload: [chunk names], files: { name: "sha384-..." } }`. */
  integrityUrl = '/dist/integrity.json';

  /** Where the articles are served (the build's `topics/` folder). */
  contentBase = '/dist/topics/';

  private topics: Record<string, string[]> = {};
  private topic = '';
  private locale = 'en';
  private sectionChoices: SectionChoice[] = [];
  private chosenSections: string[] = [];
  private headingLevel = 2;
  private linkColor = NO_COLOR;
  private accentColor = NO_COLOR;
  private integrity: BuildIntegrity = { entry: '', preload: [], files: {} };
  private announcement = '';
  private problem = '';
  /** Whether the snippet holds the article as HTML too (dist/prerendered/), for search engines and readers without JavaScript. */
  private withPrerendered = false;
  private prerenderedMarkup = '';

  protected override async firstUpdated(): Promise<void> {
    setContentBasePath(this.contentBase);
    try {
      const [topics, integrity] = await Promise.all([listTopics(), this.loadIntegrity()]);
      this.topics = topics;
      this.integrity = integrity;
      this.topic = Object.keys(topics)[0] ?? '';
    } catch (error) {
      this.problem = `The list of articles or the script's integrity hash could not be loaded (${(error as Error).message}).`;
    }
  }

  // A plain PropertyValues: the keys watched here are private state.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('topic') || changed.has('locale')) void this.loadSections();
    if (changed.has('topic') || changed.has('locale') || changed.has('withPrerendered')) void this.loadPrerendered();
  }

  private async loadIntegrity(): Promise<BuildIntegrity> {
    const response = await fetch(this.integrityUrl);
    if (!response.ok) throw new Error(`${this.integrityUrl}: HTTP ${response.status}`);
    return (await response.json()) as BuildIntegrity;
  }

  /** The chosen article prerendered (dist/prerendered/<topic>.<locale>.html), when asked for. */
  private async loadPrerendered(): Promise<void> {
    this.prerenderedMarkup = '';
    if (!this.withPrerendered || !this.topic) return;
    const url = new URL(`../prerendered/${this.topic}.${this.locale}.html`, new URL(this.contentBase, location.href));
    const response = await fetch(url);
    this.prerenderedMarkup = response.ok ? await response.text() : '';
    if (!response.ok) this.announcement = 'There is no prerendered version of this article: run npm run prerender.';
  }

  /** The sections of the chosen article, to offer as check boxes. */
  private async loadSections(): Promise<void> {
    if (!this.topic) return;
    const result = await loadTopic(this.topic, this.locale);
    if (result.status !== 'loaded') return;
    this.sectionChoices = result.topic.sections.map(({ id, title }) => ({ id, title }));
    this.chosenSections = this.chosenSections.filter((id) => this.sectionChoices.some((choice) => choice.id === id));
  }

  /**
   * The HTML to paste: a checked preload of each chunk the script imports at once (which also saves
   * a round trip), then the script itself, each with its Subresource Integrity hash.
   */
  get snippet(): string {
    const src = new URL(this.scriptUrl, location.href).href;
    const hash = (file: string) => (this.integrity.files[file] ? ` integrity="${this.integrity.files[file]}"` : '');
    const preloads = this.integrity.preload.map(
      (file) => `<link rel="modulepreload" href="${new URL(file, src).href}"${hash(file)} crossorigin="anonymous">\n`,
    );
    const integrity = hash(this.integrity.entry || src.split('/').pop()!);
    const scripts = `${preloads.join('')}<script type="module" src="${src}"${integrity} crossorigin="anonymous"></script>`;
    // The prerendered snippet brings its element and JSON-LD; its own script line is replaced by the checked one.
    if (this.withPrerendered && this.prerenderedMarkup) {
      return `${scripts}\n${this.prerenderedMarkup.replace(/^<script type="module"[^\n]*\n/m, '').trim()}`;
    }
    const attributes = [
      `topic="${this.topic}"`,
      `lang="${this.locale}"`,
      `heading-level="${this.headingLevel}"`,
      ...(this.chosenSections.length > 0 ? [`sections="${this.orderedSections().join(',')}"`] : []),
    ];
    return `${scripts}\n<health-topic ${attributes.join(' ')}></health-topic>`;
  }

  /** The CSS to add to the site's stylesheet, when colors were chosen (inline styles would break a strict CSP). */
  get css(): string {
    const lines = [
      ...(this.linkColor ? [`  --health-topic-link-color: ${this.linkColor};`] : []),
      ...(this.accentColor ? [`  --health-topic-accent-color: ${this.accentColor};`, `  --health-topic-focus-color: ${this.accentColor};`] : []),
    ];
    return lines.length > 0 ? `health-topic {\n${lines.join('\n')}\n}` : '';
  }

  private orderedSections(): string[] {
    return this.sectionChoices.map((choice) => choice.id).filter((id) => this.chosenSections.includes(id));
  }

  protected override updated(): void {
    // Colors reach the preview through the CSS object model, which a strict CSP allows.
    const preview = this.renderRoot.querySelector<HTMLElement>('health-topic');
    if (!preview) return;
    const set = (name: string, value: string) =>
      value ? preview.style.setProperty(name, value) : preview.style.removeProperty(name);
    set('--health-topic-link-color', this.linkColor);
    set('--health-topic-accent-color', this.accentColor);
    set('--health-topic-focus-color', this.accentColor);
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = `Copied the ${what}.`;
    } catch {
      // No clipboard permission: select the text so the author can copy it by hand.
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>(what === 'snippet' ? '#snippet' : '#css');
      field?.select();
      this.announcement = `Could not copy. The ${what} is selected: press Ctrl+C (or Command+C) to copy it.`;
    }
  }

  override render() {
    if (this.problem) return html`<p role="alert">${this.problem}</p>`;
    const locales = this.topics[this.topic] ?? [];
    const languageName = (locale: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
    return html`
      <form class="choices" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>Article</legend>
          <label for="topic">Topic</label>
          <select id="topic" .value=${this.topic} @change=${(event: Event) => (this.topic = (event.target as HTMLSelectElement).value)}>
            ${Object.keys(this.topics).map((topic) => html`<option value=${topic} ?selected=${topic === this.topic}>${topic}</option>`)}
          </select>
          <label for="language">Language</label>
          <select id="language" @change=${(event: Event) => (this.locale = (event.target as HTMLSelectElement).value)}>
            ${locales.map((locale) => html`<option value=${locale} ?selected=${locale === this.locale}>${languageName(locale)}</option>`)}
          </select>
          <label for="heading-level">Heading level of the title</label>
          <select id="heading-level" @change=${(event: Event) => (this.headingLevel = Number((event.target as HTMLSelectElement).value))}>
            ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} ?selected=${level === this.headingLevel}>h${level}</option>`)}
          </select>
        </fieldset>
        <fieldset>
          <legend>Sections (none checked: the whole article)</legend>
          ${this.sectionChoices.map(
            (choice) => html`<label class="check">
              <input
                type="checkbox"
                value=${choice.id}
                .checked=${this.chosenSections.includes(choice.id)}
                @change=${(event: Event) => this.toggleSection(choice.id, (event.target as HTMLInputElement).checked)}
              />
              ${choice.title}
            </label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>For search engines and readers without JavaScript</legend>
          <label class="check">
            <input
              type="checkbox"
              id="prerendered"
              .checked=${this.withPrerendered}
              @change=${(event: Event) => (this.withPrerendered = (event.target as HTMLInputElement).checked)}
            />
            Include the article as HTML (all sections, title at h2)
          </label>
        </fieldset>
        <fieldset>
          <legend>Colors (optional)</legend>
          ${this.renderColor('link-color', 'Link color', this.linkColor, (value) => (this.linkColor = value))}
          ${this.renderColor('accent-color', 'Accent and focus color', this.accentColor, (value) => (this.accentColor = value))}
        </fieldset>
      </form>

      <section class="output" aria-labelledby="snippet-label">
        <label id="snippet-label" for="snippet">Snippet to paste into your page</label>
        <textarea id="snippet" readonly rows="6" .value=${this.snippet}></textarea>
        <button type="button" id="copy" @click=${() => this.copy(this.snippet, 'snippet')}>Copy snippet</button>
        ${this.css
          ? html`<label for="css">CSS to add to your site's stylesheet</label>
              <textarea id="css" readonly rows="5" .value=${this.css}></textarea>
              <button type="button" id="copy-css" @click=${() => this.copy(this.css, 'CSS')}>Copy CSS</button>`
          : nothing}
        <p class="announcement" role="status">${this.announcement}</p>
      </section>

      <section class="preview" aria-label="Preview">
        <p class="preview-label" aria-hidden="true">Preview</p>
        ${this.topic
          ? html`<health-topic
              topic=${this.topic}
              lang=${this.locale}
              heading-level=${this.headingLevel}
              sections=${this.chosenSections.length > 0 ? this.orderedSections().join(',') : nothing}
            ></health-topic>`
          : nothing}
      </section>
    `;
  }

  private renderColor(id: string, label: string, value: string, set: (value: string) => void) {
    return html`<div class="color">
      <label for=${id}>${label}</label>
      <input id=${id} type="color" .value=${value || '#000000'} @input=${(event: Event) => set((event.target as HTMLInputElement).value)} />
      <button type="button" ?disabled=${!value} @click=${() => set(NO_COLOR)}>Use the text color</button>
    </div>`;
  }

  private toggleSection(id: string, checked: boolean): void {
    this.chosenSections = checked ? [...this.chosenSections, id] : this.chosenSections.filter((chosen) => chosen !== id);
  }
}
