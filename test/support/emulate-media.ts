import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates a media type and media features (see test/support/engine-commands.mjs); no arguments resets. */
export function emulate(media = '', features: Record<string, string> = {}): Promise<unknown> {
  return executeServerCommand('set-media', {
    media,
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}
