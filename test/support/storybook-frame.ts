/**
 * A page of the built Storybook (storybook-static/, from `npm run build-storybook`) in an iframe of
 * the test's page, loaded. The a11y addon is set to manual: it would otherwise run its own axe after
 * each render, and one page cannot run two at once.
 */
export async function storybookFrame(id: string, viewMode: 'story' | 'docs'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/storybook-static/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`;
  document.body.append(frame);
  await loaded;
  return frame;
}
