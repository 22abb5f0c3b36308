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
