import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

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
  render: ({ value, label }) =>
    html`<language-picker .locales=${['en', 'es']} value=${value} label=${label}></language-picker>`,
};
export default meta;

/** The picker `<health-topic>` shows when an article has several languages. */
export const EnglishAndSpanish: StoryObj<LanguagePickerArgs> = {};
