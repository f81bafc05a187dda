import { render } from 'preact';
import '../components/page.css';
import './popup.css';
import { Popup } from './popup';
import { targetTabId } from './target-tab';

render(
  <Popup tabId={targetTabId(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
