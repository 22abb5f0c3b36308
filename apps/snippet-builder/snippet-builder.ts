import { LitElement, type PropertyValues } from 'lit';
import { listTopics, loadTopic, setContentBasePath } from '../../src/content/catalog.js';
import { prerenderedFileName, type BuildIntegrity } from '../../src/content/published.js';
import { readTopicIndex } from '../../src/content/topic-index.js';
import { baseStyles } from '../../src/shared/base.styles.js';
import { baseAddressChoice, initialState, type BuilderState, type StateChange } from './builder-state.js';
import { PAGE_LANGUAGE, addressPrerendered, writeCss, writeSnippet, type PublishedFile } from './snippet.js';
import { builderTemplate } from './snippet-builder.template.js';
import { snippetBuilderStyles } from './snippet-builder.styles.js';
import { topicChoice } from './topic-combobox.js';

/**
 * A form for CMS authors: choose the article, its language, sections, heading level, colors, where
 * the files are served and how the script is checked; see the widget live; copy a snippet and the
 * CSS for the site's stylesheet. By default the snippet holds the article as HTML (for readers
 * without JavaScript, search engines and a page that does not jump) and loads this build's script
 * with its Subresource Integrity hash. Not part of the widget's script: the demo site and
 * Storybook load it on their own.
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
    this.choose({ sectionChoices, chosenSections, title: result.topic.title });
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
    if (!build || !topic || !baseUrl || baseRefused) return '';
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
    });
  }

  /** The CSS to add to the site's stylesheet. */
  get css(): string {
    return writeCss(this.state.colors, this.state.withPrerendered && this.state.prerendered !== '', this.state.chosenSections.length === 0);
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

  /** Copies the snippet or the CSS; without the clipboard, selects it for the author to copy by hand. */
  copy = async (what: 'snippet' | 'CSS'): Promise<void> => {
    if (what === 'snippet' && !this.snippet) {
      const why = this.state.baseRefused ? ': correct the address of the build\'s folder first.' : ' yet.';
      this.choose({ announcement: `There is no snippet to copy${why}` });
      return;
    }
    try {
      await navigator.clipboard.writeText(what === 'snippet' ? this.snippet : this.css);
      this.choose({ announcement: `Copied the ${what}.` });
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>(what === 'snippet' ? '#snippet' : '#css')?.select();
      this.choose({ announcement: `Could not copy. The ${what} is selected: press Ctrl+C (or Command+C) to copy it.` });
    }
  };

  override render() {
    return builderTemplate(this.state, { choose: this.choose, snippet: this.snippet, css: this.css, copy: this.copy });
  }
}
