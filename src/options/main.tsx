import { render } from 'preact';
import '../components/page.css';
import './options.css';
import { t } from '../shared/i18n';
import { OptionsPage } from './options-page';

document.title = `AliKeep · ${t('optionsTitle')}`;
render(<OptionsPage />, document.getElementById('app') as HTMLElement);
