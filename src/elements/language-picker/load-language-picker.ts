import { afterPaint } from '../../shared/after-paint.js';
import { checkedImport } from '../../shared/checked-import.js';

/**
 * Registers `<language-picker>` when an article first needs it: in the script-tag build it is a
 * chunk of its own, so pages whose articles have one language never download it.
 */
export async function loadLanguagePicker(): Promise<void> {
  if (customElements.get('language-picker')) return;
  // Through the module, not a destructured class: lit-analyzer then finds the element's properties.
  const picker = await checkedImport('language-picker', () => import('./language-picker.js'));
  if (!customElements.get('language-picker')) customElements.define('language-picker', picker.LanguagePicker);
}

/**
 * Registers the picker after the next paint when an article in `locales` needs one: it is not
 * needed for the article's first paint, and fills the space kept for it. A picker that cannot be
 * loaded is left out.
 */
export function offerLanguagePicker(locales: readonly string[]): void {
  if (locales.length > 1) afterPaint(() => void loadLanguagePicker().catch(() => undefined));
}
