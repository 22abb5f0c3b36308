/** Registers <snippet-builder> for the demo site and Storybook; the widget's own script does not. */
import { SnippetBuilder } from './snippet-builder.js';

if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);
