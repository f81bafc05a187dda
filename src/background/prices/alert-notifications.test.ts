import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../../settings/defaults';
import type { PriceDb } from '../../prices/price-db';

const state = vi.hoisted(() => ({ alertsOn: true, granted: false, optional: ['notifications'] }));

vi.mock('../../consent/consent-state', () => ({
  featureEnabled: async (id: string) => id === 'price-alerts' && state.alertsOn,
}));
vi.mock('../../shared/browser', () => ({
  browser: {
    runtime: {
      getManifest: () => ({ optional_permissions: state.optional }),
      getURL: (path: string) => `chrome-extension://ours/${path}`,
    },
    permissions: { contains: async () => state.granted },
    windows: { create: vi.fn(async () => ({})) },
  },
}));

const { notificationOffer, openAlertedItem, openNotificationPrompt } =
  await import('./alert-notifications');
const { browser } = await import('../../shared/browser');

const chromeFake = {
  tabs: { create: vi.fn(async () => ({})) },
  notifications: { clear: vi.fn(async () => true) },
};
vi.stubGlobal('chrome', chromeFake);

function dbWith(items: Record<string, { url?: string }>): PriceDb {
  return { getItem: async (id: string) => items[id] } as unknown as PriceDb;
}

beforeEach(() => {
  Object.assign(state, { alertsOn: true, granted: false, optional: ['notifications'] });
  vi.clearAllMocks();
});

describe('a click on a price alert notification', () => {
  it("opens the item's page in a new active tab and dismisses the notification", async () => {
    const url = 'https://www.aliexpress.com/item/1005001234567890.html';
    const id = 'alikeep-alert-1005001234567890-1740830400000';
    await openAlertedItem(dbWith({ '1005001234567890': { url } }), id);
    expect(chromeFake.tabs.create).toHaveBeenCalledWith({ url, active: true });
    expect(chromeFake.notifications.clear).toHaveBeenCalledWith(id);
  });

  it('opens nothing for an item it no longer knows, and still dismisses', async () => {
    const id = 'alikeep-alert-1005009999999999-1';
    await openAlertedItem(dbWith({}), id);
    expect(chromeFake.tabs.create).not.toHaveBeenCalled();
    expect(chromeFake.notifications.clear).toHaveBeenCalledWith(id);
  });

  it("leaves other notifications' clicks alone", async () => {
    const db = dbWith({ '1': { url: 'https://www.aliexpress.com/item/1.html' } });
    for (const id of ['someone-else-1', 'alikeep-alert-abc-1', 'alikeep-alert-1']) {
      await openAlertedItem(db, id);
    }
    expect(chromeFake.tabs.create).not.toHaveBeenCalled();
    expect(chromeFake.notifications.clear).not.toHaveBeenCalled();
  });
});

describe('the offer of notifications', () => {
  const values = { ...defaults };

  it('is made while alerts are on, notifications are not allowed and the user has not declined', async () => {
    expect(await notificationOffer(values)).toBe(true);
  });

  it('is not made once allowed, after "No thanks", with alerts off or without the permission', async () => {
    state.granted = true;
    expect(await notificationOffer(values)).toBe(false);
    state.granted = false;
    expect(await notificationOffer({ ...values, offerNotifications: false })).toBe(false);
    state.alertsOn = false;
    expect(await notificationOffer(values)).toBe(false);
    state.alertsOn = true;
    state.optional = [];
    expect(await notificationOffer(values)).toBe(false);
  });

  it('opens a small window of our own page, where a click may ask', async () => {
    await openNotificationPrompt();
    expect(browser.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'chrome-extension://ours/src/consent/notifications.html',
        type: 'popup',
      }),
    );
  });
});
