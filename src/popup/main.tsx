import { render } from 'preact';
import '../components/page.css';
import './popup.css';
import { Popup } from './popup';
import { targetTabId } from './target-tab';
import { messagesReady } from '../shared/i18n';
import { fetchWatchlist, WATCHLIST_PAGE, type FirstPage } from './watchlist';

/** How long the first render waits for the watchlist before drawing without it. */
const WATCHLIST_WAIT_MS = 150;

// Asked before anything else: the worker reads the watchlist while the popup loads, and the first
// render, which waits a moment for it, draws the list with everything else instead of a frame later.
const first: FirstPage = { page: null, arriving: fetchWatchlist(WATCHLIST_PAGE) };
const arrived = first.arriving.then((page) => {
  first.page = page;
});
const waited = new Promise((resolve) => setTimeout(resolve, WATCHLIST_WAIT_MS));

void Promise.all([messagesReady(), Promise.race([arrived, waited])]).then(() =>
  render(
    <Popup tabId={targetTabId(location.search)} watchlist={first} />,
    document.getElementById('app') as HTMLElement,
  ),
);
