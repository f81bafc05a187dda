import { render } from 'preact';
import '../components/page.css';
import './popup.css';
import { Popup } from './popup';
import { targetTabId } from './target-tab';
import { messagesReady } from '../shared/i18n';

void messagesReady().then(() =>
  render(
    <Popup tabId={targetTabId(location.search)} />,
    document.getElementById('app') as HTMLElement,
  ),
);
