import { LitElement, html } from 'lit';
import { displayLanguage } from '../../i18n/localization.js';
import { languagePickerShadowStyles } from './language-picker.styles.js';

export interface LanguagePickerChangeDetail {
  locale: string;
}

declare global {
  interface HTMLElementEventMap {
    'language-picker-change': CustomEvent<LanguagePickerChangeDetail>;
  }
}

/** A language's name in itself, capitalised as a menu item: "English", "Español". */
function nativeName(locale: string): string {
  const name = displayLanguage(locale, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * A menu button for choosing the article's language (the WAI-ARIA menu button pattern, with
 * `menuitemradio` items). Enter, Space or Down opens it on the current language, Up on the last;
 * arrows, Home, End and the first letter move; Enter or Space chooses; Escape closes; focus returns
 * to the button. Each language is named in itself and marked with its `lang`.
 * Used by `<health-topic>` when an article has more than one language.
 *
 * @fires language-picker-change - A language other than the current one was chosen. `detail`: `{ locale }`.
 *
 * @csspart button - The button that opens the menu.
 * @csspart menu - The list of languages.
 * @csspart option - One language in the menu.
 *
 * @cssproperty --health-topic-menu-background - Background of the open menu. Default: the system's Canvas color.
 * @cssproperty --health-topic-menu-color - Text color of the open menu. Default: the system's CanvasText color.
 * @cssproperty --health-topic-focus-color - Color of the keyboard focus ring. Default: the text color.
 * @cssproperty --health-topic-radius - Corner radius of the button and menu. Default: 4px.
 *
 * @tagname language-picker
 */
export class LanguagePicker extends LitElement {
  static override styles = languagePickerShadowStyles;

  static override properties = {
    locales: { attribute: false },
    value: {},
    label: {},
    open: { state: true },
  };

  /** The languages to offer, as language tags. */
  locales: readonly string[] = [];

  /** The language shown now. */
  value = 'en';

  /** The word before the current language on the button, in the page's language: "Language". */
  label = 'Language';

  private open = false;

  /** Nothing to offer yet (as when upgraded inside a prerendered article): keep what is there. */
  protected override shouldUpdate(): boolean {
    return this.locales.length > 0;
  }

  override render() {
    return html`<button
        id="button"
        part="button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.onButtonClick}
        @keydown=${this.onButtonKeyDown}
      >
        <span>${this.label}: <span lang=${this.value}>${nativeName(this.value)}</span></span>
        <span class="caret" aria-hidden="true">▾</span>
      </button>
      <ul id="menu" part="menu" role="menu" aria-labelledby="button" ?hidden=${!this.open} @keydown=${this.onMenuKeyDown} @focusout=${this.onFocusOut}>
        ${this.locales.map(
          // eslint-disable-next-line lit-a11y/click-events-have-key-events -- keys are handled for the whole menu (onMenuKeyDown)
          (locale) => html`<li
            role="menuitemradio"
            part="option"
            tabindex="-1"
            lang=${locale}
            aria-checked=${locale === this.value ? 'true' : 'false'}
            data-locale=${locale}
            @click=${() => this.choose(locale)}
          >
            ${nativeName(locale)}
          </li>`,
        )}
      </ul>`;
  }

  private get items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
  }

  private get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }

  private async openMenu(focus: 'current' | 'last'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.items;
    const current = items.find((item) => item.getAttribute('aria-checked') === 'true');
    (focus === 'last' ? items[items.length - 1] : (current ?? items[0]))?.focus();
  }

  private close({ returnFocus }: { returnFocus: boolean }): void {
    this.open = false;
    if (returnFocus) this.button.focus();
  }

  private choose(locale: string): void {
    this.close({ returnFocus: true });
    if (locale === this.value) return;
    this.dispatchEvent(
      new CustomEvent<LanguagePickerChangeDetail>('language-picker-change', { detail: { locale }, bubbles: true }),
    );
  }

  private onButtonClick = (): void => {
    if (this.open) this.close({ returnFocus: true });
    else void this.openMenu('current');
  };

  private onButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowUp' ? 'last' : 'current');
    }
  };

  private onMenuKeyDown = (event: KeyboardEvent): void => {
    const items = this.items;
    const index = items.indexOf(event.target as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Enter':
      case ' ':
        this.choose(items[index].dataset.locale!);
        break;
      case 'Escape':
        this.close({ returnFocus: true });
        break;
      case 'Tab':
        this.close({ returnFocus: false });
        return;
      default: {
        // Type-ahead: the next language whose name starts with the letter typed.
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLocaleLowerCase();
        const order = [...items.slice(index + 1), ...items.slice(0, index + 1)];
        order.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(letter))?.focus();
        break;
      }
    }
    event.preventDefault();
  };

  /** Focus leaving the picker (a click elsewhere, say) closes the menu. */
  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.open = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'language-picker': LanguagePicker;
  }
}
