/**
 * Where a link in an article may lead: the web, e-mail or the phone, with an address and no space.
 * Never `javascript:`, `data:` or any other scheme. The schema rejects other links, and the
 * renderers show them as plain text (data given straight to an element skips validation), so both
 * read the rule from here; it is its own module so the elements need not load the schema.
 */
export const LINK_PATTERN = /^(?:https?:\/\/|mailto:|tel:)\S+$/;

export function isSafeLink(href: string): boolean {
  return LINK_PATTERN.test(href);
}
