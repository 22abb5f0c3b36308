import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { loadLanguagePicker } from '../src/elements/language-picker/load-language-picker.js';

interface LanguagePickerArgs {
  value: string;
  label: string;
}

const meta: Meta<LanguagePickerArgs> = {
  title: 'Elements/language-picker',
  component: 'language-picker',
  args: { value: 'en', label: 'Language' },
  argTypes: {
    value: { control: 'select', options: ['en', 'es'] },
    label: { control: 'text' },
  },
  // Registered as <health-topic> registers it, when first needed.
  loaders: [
    async () => {
      await loadLanguagePicker();
      return {};
    },
  ],
  render: ({ value, label }) =>
    html`<language-picker .locales=${['en', 'es']} value=${value} label=${label}></language-picker>`,
};
export default meta;

/** The picker `<health-topic>` shows when an article has several languages. */
export const EnglishAndSpanish: StoryObj<LanguagePickerArgs> = {};
