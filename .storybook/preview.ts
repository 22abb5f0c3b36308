import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import { setContentBasePath } from '../src/content/catalog.js';
import '../src/define.js';

// Controls and docs come from the elements' JSDoc, through the custom elements manifest.
setCustomElementsManifest(manifest);

// The articles are served beside the stories (see main.ts staticDirs).
setContentBasePath('./topics/');

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: {
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
  // Stories render inside a <main> landmark, as on a host page.
  decorators: [(story) => html`<main>${story()}</main>`],
};

export default preview;
