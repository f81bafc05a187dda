import { render } from 'preact';
import '../components/page.css';
import './consent.css';
import { t } from '../shared/i18n';
import { ConsentPage } from './consent-page';

document.title = `AliKeep · ${t('consentTitle')}`;
render(<ConsentPage />, document.getElementById('app') as HTMLElement);
