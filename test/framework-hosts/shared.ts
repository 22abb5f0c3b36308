/** The payload both apps hand to `<health-topic>` through its `data` property. */
export const pastedArticle = {
  id: 'pasted-article',
  locale: 'en',
  title: 'An article handed over by the app',
  summary: ['This test article was given to the element as a property.'],
  sections: [{ id: 'about', title: 'About', blocks: [{ type: 'paragraph', text: 'It has one section.' }] }],
  references: [],
  contributors: [{ name: 'Test Editor', role: 'author' }],
  disclaimer: 'This is test content.',
};

/** One line of the app's event log: what the app itself received, shown in its own DOM. */
export function describeEvent(event: Event): string {
  const detail = (event as CustomEvent<{ topic?: string; code?: string }>).detail;
  return event.type === 'health-topic-load' ? `load:${detail.topic}` : `error:${detail.code}`;
}
