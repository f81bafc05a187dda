/**
 * The small window the price panel's "Also notify me in the browser" opens: content scripts cannot
 * ask for a permission, this page's button can. Once answered, it says what happens now.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../components/page.css';
import './consent.css';
import { AllowNotifications, type NotificationAnswer } from '../components/allow-notifications';
import { useSettings } from '../components/use-settings';
import { useTheme } from '../components/use-theme';
import { messagesReady, t } from '../shared/i18n';

function NotificationsPage() {
  const { stored } = useSettings();
  useTheme(stored?.values.theme);
  const [answer, setAnswer] = useState<NotificationAnswer | null>(null);
  return (
    <main class="consent" data-testid="notify-window">
      <h1>{t('notifyWindowTitle')}</h1>
      <AllowNotifications onAnswer={setAnswer} />
      {answer && (
        <p>
          <button type="button" data-testid="notify-close" onClick={() => window.close()}>
            {t('notifyCloseWindow')}
          </button>
        </p>
      )}
    </main>
  );
}

void messagesReady().then(() => {
  document.title = `AliKeep · ${t('notifyWindowTitle')}`;
  render(<NotificationsPage />, document.getElementById('app') as HTMLElement);
});
