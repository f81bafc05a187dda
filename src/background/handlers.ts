/** The worker's message handlers, typed against the protocol table. */
import type { Product } from '../extract/model';
import { browser } from '../shared/browser';
import type { SettingsWriter } from '../settings/settings-writer';
import { dismissNotice } from '../settings/notices';
import { workerProtocol } from '../shared/messages';
import type { Handlers } from '../shared/router';
import { addDescriptionImages, readDescription } from './downloads/description';
import { measureMedia } from './downloads/probe';
import { injectPanelApp } from './panel-app';
import { markAlertsSeen } from './prices/alert-badge';
import { notificationOffer, openNotificationPrompt } from './prices/alert-notifications';
import { notePageRecorded, scheduleRechecks } from './prices/rechecks';
import { saveConsent } from '../consent/consent-writer';
import { eraseData } from '../consent/erase-data';
import { existingPriceDb } from '../consent/existing-price-db';
import {
  exportHistory,
  importHistory,
  priceDatabase,
  priceView,
  recordProduct,
  unwatchItem,
  watchItem,
  watchlist,
} from './prices/price-service';
import type { SyncService } from './sync/sync-service';
import { watchChanged } from './prices/watch-events';
import { archiveProgress, cancelJob, createJob, jobProgress, retryJob } from './downloads/runner';

export function workerHandlers(
  settings: SettingsWriter,
  sync: SyncService,
): Handlers<typeof workerProtocol> {
  return {
    getSettings: () => settings.read(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    dismissNotice: async ({ kind }) => {
      await dismissNotice(browser.storage.local, kind);
      return null;
    },
    saveConsent: async (answer) => {
      const saved = await saveConsent(browser.storage.local, answer);
      // Background rechecks may have been switched on or off.
      await scheduleRechecks(priceDatabase());
      return saved;
    },
    deleteData: async (request) => {
      // Deleting the watchlist here removes it in other browsers too, as unwatching each item would.
      const prices =
        request.items !== 'all' && request.items.includes('watchlist')
          ? await existingPriceDb()
          : null;
      const watched = prices ? (await prices.listWatches()).map((w) => w.itemId) : [];
      prices?.close();
      const result = await eraseData(request, {
        storage: browser.storage,
        priceDb: existingPriceDb,
      });
      const at = Date.now();
      for (const itemId of watched) watchChanged({ itemId, removedAt: at });
      return result;
    },
    getSyncStatus: () => sync.status(),
    startDownload: async ({ product, selection }, sender) => {
      const { values } = await settings.read();
      // "Download all" reads the description here; the picker has read it when it opened.
      const full =
        selection === 'all' && values.includeDescription
          ? await addDescriptionImages(product as Product)
          : (product as Product);
      const job = await createJob(full, selection, values, sender.tab?.id);
      return { jobId: job.id, files: job.items.length };
    },
    cancelDownload: async ({ jobId }) => {
      await cancelJob(jobId);
      return null;
    },
    retryDownload: async ({ jobId }) => {
      await retryJob(jobId);
      return null;
    },
    getDownload: ({ jobId }) => jobProgress(jobId),
    measureMedia: ({ urls }) => measureMedia(urls),
    readDescription: ({ url }) => readDescription(url),
    loadPanelApp: async (_payload, sender) => {
      await injectPanelApp(sender);
      return null;
    },
    recordPrices: async ({ product }, sender) => {
      const result = await recordProduct(product as Product);
      await notePageRecorded(priceDatabase(), sender.tab?.id, product.id, result.recorded);
      return result;
    },
    alertsSeen: async () => {
      await markAlertsSeen(priceDatabase());
      return null;
    },
    getPriceView: ({ itemId, variantId, currency, range, claim }) =>
      priceView(itemId, variantId, currency, range, claim),
    watchItem: async (input) => {
      const watch = await watchItem(input);
      await scheduleRechecks(priceDatabase());
      return watch;
    },
    unwatchItem: async ({ itemId }) => {
      await unwatchItem(itemId);
      await scheduleRechecks(priceDatabase());
      return null;
    },
    getWatchlist: ({ limit }) => watchlist(limit),
    getNotificationOffer: async () => notificationOffer((await settings.read()).values),
    askForNotifications: async () => {
      await openNotificationPrompt();
      return null;
    },
    openPrivacySettings: async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
    exportPriceHistory: ({ format }) => exportHistory(format),
    importPriceHistory: ({ text }) => importHistory(text),
    archiveProgress: async ({ jobId, done, bytes }) => {
      await archiveProgress(jobId, done, bytes);
      return null;
    },
  };
}
