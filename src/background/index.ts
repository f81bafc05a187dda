/**
 * Service worker wiring. Every listener is registered synchronously at top level, so an event that
 * wakes the worker finds its listener; no state lives here that must survive the worker stopping.
 */
import { createSettingsWriter } from '../settings/settings-writer';
import { browser, type Runtime } from '../shared/browser';
import { createRouter } from '../shared/router';
import { workerProtocol } from '../shared/messages';
import { workerHandlers } from './handlers';
import { reattachContentScripts } from './reattach';
import { consentOnInstalled } from '../consent/consent-on-install';
import { featureEnabled } from '../consent/consent-state';
import { native } from '../shared/native';
import { onQueueStorageChanged } from './downloads/queue';
import { onDownloadChanged, resumeJobs } from './downloads/runner';
import { makeRoom, priceDatabase, startPriceHousekeeping } from './prices/price-service';
import {
  closeLeftoverRecheckTabs,
  RECHECK_ALARM,
  runRecheckCycle,
  scheduleRechecks,
} from './prices/rechecks';
import { showAlertBadge } from './prices/alert-badge';
import { openAlertedItem } from './prices/alert-notifications';

import { onWatchChange } from './prices/watch-events';
import { browserSyncEdges } from './sync/sync-edges';
import { createSyncService } from './sync/sync-service';

const settings = createSettingsWriter(browser.storage.local, { makeRoom });
const sync = createSyncService(settings, browserSyncEdges);

const route = createRouter(workerProtocol, workerHandlers(settings, sync), {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);

browser.runtime.onInstalled.addListener(({ reason }) => {
  void settings.read();
  void reattachContentScripts();
  void consentOnInstalled(reason);
});

browser.downloads.onChanged.addListener((delta) => void onDownloadChanged(delta));

// Sync follows the consent, the settings and the synced copy; watches tell it themselves.
browser.storage.onChanged.addListener((changes, area) => sync.onStorageChanged(changes, area));
// Erasing the extension's data removes the download queue under the worker's feet.
browser.storage.onChanged.addListener((changes, area) => onQueueStorageChanged(changes, area));
onWatchChange((change) => sync.onWatchChange(change));

// A worker started for any reason first finishes the downloads a stopped one left running.
void resumeJobs();
void startPriceHousekeeping();

// Optional-permission APIs exist only once granted: listen now if they are, and when they arrive.
const listening = new Set<string>();
function listenToOptionalApis(): void {
  // Optional namespaces are undefined until granted, whatever the type says.
  const alarms = native?.alarms as typeof chrome.alarms | undefined;
  const notifications = native?.notifications as typeof chrome.notifications | undefined;
  if (alarms && !listening.has('alarms')) {
    listening.add('alarms');
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RECHECK_ALARM) void runRecheckCycle(priceDatabase());
    });
  }
  if (notifications && !listening.has('notifications')) {
    listening.add('notifications');
    notifications.onClicked.addListener((id) => void openAlertedItem(priceDatabase(), id));
  }
}
listenToOptionalApis();
browser.permissions.onAdded.addListener(() => {
  listenToOptionalApis();
  void scheduleRechecks(priceDatabase());
});
void closeLeftoverRecheckTabs();
void scheduleRechecks(priceDatabase());
void showAlertBadgeIfTracking();

async function showAlertBadgeIfTracking(): Promise<void> {
  // No database is created just to count nothing.
  if (await featureEnabled('price-alerts')) await showAlertBadge(priceDatabase());
}

// Catches up with what changed while no worker ran (here or in another browser).
sync.schedule(0);
