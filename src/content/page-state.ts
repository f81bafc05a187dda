/**
 * What the item page's first script (item-page.ts) knows, and the contract with the panel app
 * (app/) it loads when the shopper first uses the panel. The first script draws the pill with plain
 * DOM (pill.ts); the app, with Preact, the picker, the price panel, the menu and download progress.
 */
import type { DownloadProgress } from '../background/downloads/job';
import type { ItemUrl } from '../extract/item-url';
import type { PageSettings } from '../settings/page-settings';
import type { ProductView } from './product-summary';

export interface PageState {
  item: ItemUrl;
  view: ProductView;
  /** The stored settings object as read from storage.local (the app reads all of it). */
  rawSettings: unknown;
  settings: PageSettings;
  download: DownloadProgress | null;
  /** Bumped when the worker recorded new prices for this page. */
  priceRevision: number;
  /** The last price alert this page set off, if any (formatted by the app, which loads Intl). */
  alert: PriceAlert | null;
}

/** A price the worker said reached the shopper's target. */
export interface PriceAlert {
  price: number;
  currency: string;
}

/** What the shopper did on the plain pill that needs the app. */
export type Intent = 'download' | 'prices' | 'menu' | 'copy';

/** The first script's side, as the app sees it. */
export interface PageHandle {
  /** Current state, or null when no panel is shown (not an item page, or switched off). */
  state(): PageState | null;
  item(): ItemUrl | null;
  panelShown(): boolean;
  setDownload(progress: DownloadProgress | null): void;
}

export interface PanelApp {
  /** Renders the whole panel into `target`, replacing the plain pill. */
  render(target: HTMLElement, state: PageState, intent?: Intent): void;
  unmount(target: HTMLElement): void;
  /** Answers a message sent to this tab (popup, worker). */
  answer(message: unknown, sender: chrome.runtime.MessageSender): Promise<unknown>;
}

export type PanelAppFactory = (page: PageHandle) => PanelApp;

/** The isolated world's global under which the app script leaves its factory for the first script. */
export const PANEL_APP_GLOBAL = '__alikeepPanelApp';
