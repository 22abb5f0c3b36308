/**
 * The rich-text editors hospital CMSs embed, as their npm packages ship them, each in its default
 * configuration and in the one a web team sets to keep raw HTML: what the editor saves of what an
 * author pastes into its source view.
 */
export type EditorName = 'TinyMCE 8' | 'CKEditor 5';
export type Configuration = 'default' | 'raw HTML allowed';

interface Tinymce {
  init(options: Record<string, unknown>): Promise<{ setContent(html: string): void; getContent(): string }[]>;
  remove(): void;
}
interface CkEditor {
  setData(html: string): void;
  getData(): string;
  destroy(): Promise<unknown>;
}
type CkModule = Record<string, unknown> & { ClassicEditor: { create(element: HTMLElement, config: Record<string, unknown>): Promise<CkEditor> } };

let tinymce: Promise<Tinymce> | undefined;

/** TinyMCE's script, as a CMS loads it (a classic script defining `window.tinymce`). */
function loadTinymce(): Promise<Tinymce> {
  tinymce ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/tinymce/tinymce.min.js';
    script.addEventListener('load', () => resolve((window as unknown as { tinymce: Tinymce }).tinymce));
    script.addEventListener('error', reject);
    document.head.append(script);
  });
  return tinymce;
}

/** TinyMCE's documented options for custom elements and raw scripts. */
const TINYMCE_RAW = {
  extended_valid_elements:
    'script[type|src|integrity|crossorigin],link[rel|href|as|integrity|crossorigin],template[shadowrootmode],health-topic[topic|lang|sections|heading-level|no-structured-data|content-version]',
  custom_elements: 'health-topic,topic-section,citation-list,language-picker',
  valid_children: '+body[script|link|health-topic],+health-topic[template|p|a|script]',
};

async function tinymceRoundTrip(html: string, configuration: Configuration): Promise<string> {
  const editors = await loadTinymce();
  const target = document.createElement('textarea');
  document.body.append(target);
  const [editor] = await editors.init({
    target,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    ...(configuration === 'raw HTML allowed' ? TINYMCE_RAW : {}),
  });
  try {
    editor.setContent(html);
    return editor.getContent();
  } finally {
    editors.remove();
    target.remove();
  }
}

async function ckeditorRoundTrip(html: string, configuration: Configuration): Promise<string> {
  const path = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
  const ck = (await import(/* @vite-ignore */ path)) as CkModule;
  // The plugins of CKEditor's classic setup; General HTML Support, allowing everything, for raw HTML.
  const plugins = ['Essentials', 'Paragraph', 'Heading', 'Bold', 'Italic', 'Link', 'List', 'BlockQuote'].map((name) => ck[name]);
  const raw = configuration === 'raw HTML allowed';
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await ck.ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: raw ? [...plugins, ck.GeneralHtmlSupport] : plugins,
    ...(raw ? { htmlSupport: { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] } } : {}),
  });
  try {
    editor.setData(html);
    return editor.getData();
  } finally {
    await editor.destroy();
    host.remove();
  }
}

/** What `editor`, configured so, saves of `html` pasted into its source view. */
export function roundTrip(editor: EditorName, configuration: Configuration, html: string): Promise<string> {
  return editor === 'TinyMCE 8' ? tinymceRoundTrip(html, configuration) : ckeditorRoundTrip(html, configuration);
}
