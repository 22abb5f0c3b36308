import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loadLanguagePicker } from '../src/elements/language-picker/load-language-picker.js';
import { elementArgTypes, renderElement } from './manifest-controls.js';

const meta: Meta = {
  title: 'Elements/language-picker',
  component: 'language-picker',
  tags: ['autodocs'],
  args: { locales: ['en', 'es'], value: 'en', label: 'Language' },
  argTypes: elementArgTypes('language-picker', { value: { control: 'select', options: ['en', 'es'] } }),
  // Registered as <health-topic> registers it, when first needed.
  loaders: [
    async () => {
      await loadLanguagePicker();
      return {};
    },
  ],
  render: (args) => renderElement('language-picker', args),
};
export default meta;

/** The picker `<health-topic>` shows when an article has several languages. */
export const EnglishAndSpanish: StoryObj = {};
