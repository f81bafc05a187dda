/**
 * Collects what a user or a developer would see go wrong: uncaught errors in any page, and console
 * errors from the extension (its worker, its pages, or its content scripts inside store pages).
 */
import { expect, type BrowserContext, type ConsoleMessage, type Worker } from '@playwright/test';

export interface ErrorLog {
  entries: string[];
  clear(): void;
  expectNone(): void;
}

export function watchForErrors(context: BrowserContext, extensionId: string): ErrorLog {
  const entries: string[] = [];
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const location = message.location().url ?? '';
    const text = message.text();
    const ours =
      where.startsWith(extensionOrigin) ||
      location.startsWith(extensionOrigin) ||
      /AliKeep|Extension context invalidated/i.test(text);
    if (ours) entries.push(`console error in ${where}: ${text} (${location})`);
  };
  const watchWorker = (worker: Worker) => worker.on('console', onConsole(worker.url()));

  context.on('weberror', (error) => {
    entries.push(`uncaught error in ${error.page()?.url() ?? 'a page'}: ${error.error().message}`);
  });
  context.on('console', (message) => onConsole(message.page()?.url() ?? 'a page')(message));
  context.on('serviceworker', watchWorker);
  context.serviceWorkers().forEach(watchWorker);

  return {
    entries,
    clear: () => void entries.splice(0),
    expectNone: () => expect(entries, 'errors seen during the test').toEqual([]),
  };
}
