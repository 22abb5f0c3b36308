import { licenceEnded, licenceExpiry } from '../../src/content/licence-terms.js';
import { today } from '../../src/shared/clock.js';
import { LitElement, type PropertyValues } from 'lit';
import { listTopics, loadTopic, setContentBasePath } from '../../src/content/catalog.js';
import { prerenderedFileName, type BuildIntegrity } from '../../src/content/published.js';
import { readTopicIndex } from '../../src/content/topic-index.js';
import { baseStyles } from '../../src/shared/base.styles.js';
import { checkAddress } from './address-check.js';
import { baseAddressChoice, initialState, type BuilderState, type Copied, type StateChange } from './builder-state.js';
import { writeLink } from './link.js';
import { PAGE_LANGUAGE, addressPrerendered, scriptLine, writeCss, writeSnippet, type PublishedFile } from './snippet.js';
import { builderTemplate } from './snippet-builder.template.js';
import { snippetBuilderStyles } from './snippet-builder.styles.js';
import { topicChoice } from './topic-combobox.js';

/**
 * A form for CMS authors: choose the article, its language, sections, heading level and colors;
 * see the widget live; copy a link for a rich-text editor (the default: editors keep links, and
 * the script in the site's template turns it into the article), or, for web developers, a snippet
 * and the CSS for the site's stylesheet. What the web team sets once (where the files are served,
 * which build, the site's CSP) is folded away; the builder checks the address. By default the
 * snippet holds the article as HTML (for readers without JavaScript, search engines and a page
 * that does not jump) and loads this build's script with its Subresource Integrity hash. Not part
 * of the widget's script: the demo site and Storybook load it on their own.
 *
 * @tagname snippet-builder
 */
export class SnippetBuilder extends LitElement {
  static override styles = [baseStyles, snippetBuilderStyles];

  static override properties = {
    scriptUrl: { attribute: 'script-url' },
    integrityUrl: { attribute: 'integrity-url' },
    contentBase: { attribute: 'content-base' },
    state: { state: true },
  };

  /** Where the widget's script is served here; the files' address in the snippet starts from its folder. */
  scriptUrl = '/dist/health-topic-elements.js';

  /** The build's dist/integrity.json. */
  integrityUrl = '/dist/integrity.json';

  /** Where the articles are served here (the build's `topics/` folder). */
  contentBase = '/dist/topics/';

  /** The author's choices and what was loaded for them; each change renders the form, snippet and preview again. */
  state: BuilderState = initialState();

  /** Changes some choices, given or made from the current ones (several changes in one task add up); the form calls this. */
  choose = (changes: StateChange): void => {
    this.state = { ...this.state, ...(typeof changes === 'function' ? changes(this.state) : changes) };
  };

  protected override async firstUpdated(): Promise<void> {
    setContentBasePath(this.contentBase);
    try {
      const build = await this.fetchJson<BuildIntegrity>(this.integrityUrl);
      const [topics, payloads] = await Promise.all([listTopics(), this.payloadFiles(build)]);
      const scriptFolder = new URL('.', new URL(this.scriptUrl, location.href)).href;
      this.choose({ topics, build, payloads, ...baseAddressChoice(scriptFolder), ...topicChoice(Object.keys(topics)[0] ?? '') });
    } catch (error) {
      this.choose({ problem: `The list of articles or the script's integrity hash could not be loaded (${(error as Error).message}).` });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('state')) return;
    const before = (changed.get('state') ?? {}) as Partial<BuilderState>;
    const differs = (...keys: (keyof BuilderState)[]) => keys.some((key) => this.state[key] !== before[key]);
    if (differs('topic', 'lang')) void this.loadArticle();
    if (differs('topic', 'lang', 'withPrerendered', 'strictCsp', 'baseUrl')) void this.loadPrerendered();
    if (differs('baseUrl', 'build')) void this.checkAddress();
  }

  /** Fetches the build's record from the address, as pages will; a later address's answer wins. */
  private async checkAddress(): Promise<void> {
    const { baseUrl, build } = this.state;
    if (!baseUrl || !build) return;
    this.choose({ addressCheck: undefined });
    const check = await checkAddress(baseUrl, build);
    if (this.state.baseUrl === baseUrl) this.choose({ addressCheck: check });
  }

  private async fetchJson<T>(url: string): Promise<T> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  /** Each topic and locale's payload file and its hash, from the topic index, for the preload hint. */
  private async payloadFiles(build: BuildIntegrity): Promise<Record<string, PublishedFile>> {
    const index = await fetch(new URL(build.topicIndex, new URL(this.integrityUrl, location.href)));
    const { topics, integrity } = readTopicIndex(await index.text());
    const published = (file: string): PublishedFile => ({ file: `topics/${file}`, integrity: integrity[file] ?? '' });
    return Object.fromEntries(Object.entries(topics).flatMap(([topic, files]) => Object.entries(files).map(([locale, file]) => [`${topic}/${locale}`, published(file)])));
  }

  /** The article's language when the snippet leaves `lang` out: English, as the widget falls back. */
  private articleLocale(): string {
    return this.state.lang || 'en';
  }

  /** The chosen article's title and sections, for the fallback and the check boxes. */
  private async loadArticle(): Promise<void> {
    const { topic } = this.state;
    if (!topic) return;
    const result = await loadTopic(topic, this.articleLocale());
    if (result.status !== 'loaded') return;
    const sectionChoices = result.topic.sections.map(({ id, title }) => ({ id, title }));
    const chosenSections = this.state.chosenSections.filter((id) => sectionChoices.some((choice) => choice.id === id));
    const ended = licenceEnded(result.topic, today()) ? licenceExpiry(result.topic)! : '';
    this.choose({ sectionChoices, chosenSections, title: result.topic.title, licenceEnded: ended });
  }

  /**
   * The chosen article prerendered (dist/prerendered/<topic>.<locale>.html), its addresses moved from
   * where the prerender put them (dist/prerendered/index.json) to where the author serves the files.
   */
  private async loadPrerendered(): Promise<void> {
    const { topic, withPrerendered, strictCsp, baseUrl, lang } = this.state;
    if (!withPrerendered || !topic || !baseUrl) return this.choose({ prerendered: '' });
    const folder = new URL('../prerendered/', new URL(this.contentBase, location.href));
    try {
      const { baseUrl: writtenFor, styleHashes } = await this.fetchJson<{ baseUrl: string; styleHashes: string[] }>(new URL('index.json', folder).href);
      this.choose({ styleHashes: strictCsp ? [] : styleHashes });
      const response = await fetch(new URL(prerenderedFileName(topic, this.articleLocale(), strictCsp), folder));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.choose({ prerendered: addressPrerendered(await response.text(), writtenFor, baseUrl, lang === PAGE_LANGUAGE) });
    } catch {
      this.choose({ prerendered: '', announcement: 'There is no prerendered version of this article: run npm run prerender.' });
    }
  }

  /** The snippet for the current choices. */
  get snippet(): string {
    const { build, topic, lang, baseUrl, baseRefused, chosenSections, sectionChoices, withPrerendered, prerendered } = this.state;
    if (!build || !topic || !baseUrl || baseRefused || this.state.licenceEnded) return '';
    return writeSnippet({
      baseUrl,
      build,
      topic,
      payload: lang ? this.state.payloads[`${topic}/${lang}`] : undefined,
      lang: lang || undefined,
      headingLevel: this.state.headingLevel,
      sections: sectionChoices.map((choice) => choice.id).filter((id) => chosenSections.includes(id)),
      version: this.state.version,
      fallback: { title: this.state.title || topic, href: this.state.fallbackHref.trim() || undefined },
      prerendered: withPrerendered ? prerendered : undefined,
      noStructuredData: !this.state.structuredData,
    });
  }

  /** The link for the current choices, to paste into a rich-text editor. */
  get link(): string {
    const { topic, lang, baseUrl, baseRefused, chosenSections, sectionChoices, headingLevel, title } = this.state;
    if (!topic || !baseUrl || baseRefused || this.state.licenceEnded) return '';
    const sections = sectionChoices.map((choice) => choice.id).filter((id) => chosenSections.includes(id));
    return writeLink({ baseUrl, topic, lang: lang || undefined, sections, headingLevel, title: title || topic });
  }

  /** The script line the web team adds once to the site's template, for the links to become articles. */
  get templateScript(): string {
    const { build, baseUrl, baseRefused, version } = this.state;
    return build && baseUrl && !baseRefused ? scriptLine(baseUrl, build, version) : '';
  }

  /** The CSS to add to the site's stylesheet. */
  get css(): string {
    // A link keeps no space for the article: it is text in the page until the script turns it into one.
    const inPage = this.state.output === 'link' || (this.state.withPrerendered && this.state.prerendered !== '');
    return writeCss(this.state.colors, inPage, this.state.chosenSections.length === 0);
  }

  protected override updated(): void {
    // The match the arrow keys are on stays in sight in the list's scrolling box.
    this.renderRoot.querySelector('#topic-matches [aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    // Colors reach the preview through the CSS object model, which a strict CSP allows.
    const preview = this.renderRoot.querySelector<HTMLElement>('health-topic');
    if (!preview) return;
    const set = (name: string, value: string) => (value ? preview.style.setProperty(name, value) : preview.style.removeProperty(name));
    set('--health-topic-link-color', this.state.colors.link);
    set('--health-topic-accent-color', this.state.colors.accent);
    set('--health-topic-focus-color', this.state.colors.accent);
  }

  /** Copies the link, the snippet or the CSS; without the clipboard, selects it for the author to copy by hand. */
  copy = async (what: Copied): Promise<void> => {
    const text = { link: this.link, snippet: this.snippet, CSS: this.css }[what];
    if (what !== 'CSS' && !text) {
      const why = this.state.baseRefused ? ': correct the address of the build\'s folder first.' : ' yet.';
      this.choose({ announcement: `There is no ${what} to copy${why}` });
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.choose({ announcement: `Copied the ${what}.` });
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>({ link: '#link', snippet: '#snippet', CSS: '#css' }[what])?.select();
      this.choose({ announcement: `Could not copy. The ${what} is selected: press Ctrl+C (or Command+C) to copy it.` });
    }
  };

  override render() {
    const { snippet, link, templateScript, css } = this;
    return builderTemplate(this.state, { choose: this.choose, snippet, link, templateScript, css, copy: this.copy });
  }
}
