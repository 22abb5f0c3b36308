import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LanguagePicker } from '../../../src/elements/language-picker/language-picker.js';
import { loadLanguagePicker } from '../../../src/elements/language-picker/load-language-picker.js';
// Holds to.be.accessible() to the WCAG 2.0-2.2 A/AA and best-practice rules, target size included.
import '../../support/axe.js';

async function picker(value = 'en'): Promise<LanguagePicker> {
  return fixture<LanguagePicker>(
    html`<language-picker .locales=${['en', 'es', 'fr']} value=${value} label="Language"></language-picker>`,
  );
}

function parts(element: LanguagePicker) {
  const root = element.shadowRoot!;
  return {
    button: root.querySelector('button')!,
    menu: root.querySelector<HTMLElement>('[role="menu"]')!,
    items: [...root.querySelectorAll<HTMLElement>('[role="menuitemradio"]')],
    focused: () => root.activeElement as HTMLElement | null,
  };
}

describe('<language-picker>', () => {
  // Registered as <health-topic> registers it, on demand.
  before(() => loadLanguagePicker());

  it('is a menu button naming the current language in itself', async () => {
    const element = await picker('es');
    const { button, menu, items } = parts(element);
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.querySelector('span')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Language: Español');
    expect(menu.hidden).to.equal(true);
    expect(items.map((item) => [item.textContent!.trim(), item.lang, item.getAttribute('aria-checked')])).to.deep.equal([
      ['English', 'en', 'false'],
      ['Español', 'es', 'true'],
      ['Français', 'fr', 'false'],
    ]);
  });

  it('opens with Enter on the current language, moves with arrows, chooses with Enter, and returns focus', async () => {
    const element = await picker('en');
    const { button, menu, items, focused } = parts(element);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(items[1]);
    const changed = oneEvent(element, 'language-picker-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ locale: 'es' });
    await element.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(focused()).to.equal(button);
  });

  it('opens with Space, and with Up on the last language; arrows wrap; Home and End jump', async () => {
    const element = await picker('en');
    const { button, items, focused } = parts(element);
    button.focus();
    await sendKeys({ press: ' ' }); // Space: WebDriver BiDi knows the key only by its character
    await element.updateComplete;
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(items[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(items[2]);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(items[0]);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(focused()).to.equal(items[2]);
  });

  it('closes on Escape without choosing, and focus goes back to the button', async () => {
    const element = await picker('en');
    const { button, menu, focused } = parts(element);
    let changes = 0;
    element.addEventListener('language-picker-change', () => (changes += 1));
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(focused()).to.equal(button);
    expect(changes).to.equal(0);
  });

  it('moves to a language by its first letter', async () => {
    const element = await picker('en');
    const { button, items, focused } = parts(element);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: 'f' });
    expect(focused()).to.equal(items[2]);
  });

  it('closes when focus leaves by Tab', async () => {
    const element = await picker('en');
    const { button, menu } = parts(element);
    // A control after the picker, as on a page, so Tab stays in the page: past its last control,
    // Firefox moves focus to its own interface, and the tests that follow run in an unfocused page.
    const next = Object.assign(document.createElement('button'), { textContent: 'Next' });
    element.after(next);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(menu.hidden).to.equal(true);
    next.remove();
  });

  it('closes when focus moves elsewhere on the page, and stays open while it moves between languages', async () => {
    const element = await picker('en');
    const { button, menu, items } = parts(element);
    const elsewhere = Object.assign(document.createElement('button'), { textContent: 'Elsewhere' });
    element.after(elsewhere);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    items[1].focus();
    await element.updateComplete;
    expect(menu.hidden, 'open while focus is on another language').to.equal(false);
    elsewhere.focus();
    await element.updateComplete;
    expect(menu.hidden, 'closed once focus left').to.equal(true);
    elsewhere.remove();
  });

  it('works with the mouse', async () => {
    const element = await picker('en');
    const { button, menu, items } = parts(element);
    button.click();
    await element.updateComplete;
    expect(menu.hidden).to.equal(false);
    const changed = oneEvent(element, 'language-picker-change');
    items[2].click();
    expect((await changed).detail.locale).to.equal('fr');
  });

  it('does not fire when the current language is chosen again', async () => {
    const element = await picker('es');
    const { button, items } = parts(element);
    let changes = 0;
    element.addEventListener('language-picker-change', () => (changes += 1));
    button.click();
    await element.updateComplete;
    items[1].click();
    await element.updateComplete;
    expect(changes).to.equal(0);
  });

  describe('accessibility', () => {
    it('is accessible closed and open', async () => {
      const element = await picker('en');
      await expect(element).to.be.accessible();
      parts(element).button.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });
});
