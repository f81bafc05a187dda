/** Console output with one prefix, so users and tests can tell our lines from the host page's. */
const PREFIX = '[AliKeep]';

export const log = {
  info: (...args: unknown[]) => console.info(PREFIX, ...args),
  warn: (...args: unknown[]) => console.warn(PREFIX, ...args),
};
