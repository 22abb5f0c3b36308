import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setContentBasePath } from '../src/content/catalog.js';
import { ELEMENTS } from '../src/element-tags.js';
import { registerElements } from '../src/register.js';
import { storybookManifest } from '../stories/manifest-controls.js';

// Registered by a call, as src/define.ts does: a bare `import '../src/define.js'` would be dropped
// by the build unless package.json's sideEffects named a source file the package does not ship.
registerElements(ELEMENTS);

// Controls and API tables come from the elements' JSDoc, through the custom elements manifest.
setCustomElementsManifest(storybookManifest());

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
