/**
 * The panel app: everything on the item page beyond the plain pill (the picker, the price panel,
 * the menu, download progress) and the answers to messages sent to the tab. The worker injects it
 * on demand (src/background/panel-app.ts) into the isolated world of the item page's first script,
 * which picks up the factory this file leaves there.
 */
import { createPanelApp } from './create-panel-app';
import { PANEL_APP_GLOBAL } from '../page-state';

(globalThis as Record<string, unknown>)[PANEL_APP_GLOBAL] = createPanelApp;
