import { render } from 'preact';
import '../components/page.css';
import './consent.css';
import { buildPolicyDocument } from '../../policy/document';
import { policy } from '../../policy/policy';
import { useSettings } from '../components/use-settings';
import { useTheme } from '../components/use-theme';
import { t } from '../shared/i18n';
import { PolicyDocumentView } from './policy-document-view';

function PolicyPage() {
  const { stored } = useSettings();
  useTheme(stored?.values.theme);
  return (
    <main class="consent">
      <PolicyDocumentView document={buildPolicyDocument(policy)} />
    </main>
  );
}

document.title = `AliKeep · ${t('policyPageTitle')}`;
render(<PolicyPage />, document.getElementById('app') as HTMLElement);
