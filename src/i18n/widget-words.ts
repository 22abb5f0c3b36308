import type { ReactiveControllerHost } from 'lit';
import { ENGLISH, languageOf, loadedMessagesFor, messagesFor } from './localization.js';
import type { UiMessages } from './messages.js';

/**
 * The widget's own words for an element inside an article (a citation's "Available at:", the note
 * under a rebuilt part): in its `locale`, else the language where it stands. Words not yet loaded
 * are loaded once, and the element renders again when they arrive. The element calls `follow()`
 * from `willUpdate`, which server rendering (the prerender) runs too, unlike controller hooks.
 */
export class WidgetWords {
  messages: UiMessages = ENGLISH;
  private locale?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wanted: () => string | undefined,
  ) {}

  /** Takes the words of the language wanted now, loading them if need be. */
  follow(): void {
    const locale = this.wanted() ?? languageOf(this.host);
    if (locale === this.locale) return;
    this.locale = locale;
    const ready = loadedMessagesFor(locale);
    if (ready) {
      this.messages = ready;
      return;
    }
    void messagesFor(locale).then((messages) => {
      if (this.locale !== locale) return;
      this.messages = messages;
      this.host.requestUpdate();
    });
  }
}
