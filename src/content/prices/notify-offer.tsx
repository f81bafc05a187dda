/**
 * Right after the shopper sets a watch: "Also notify me in the browser", while price alerts are on
 * and notifications are not allowed. A content script cannot ask for the permission, so the button
 * has the worker open a small window of ours whose button asks (alert-notifications.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';

export function NotifyOffer() {
  const [state, setState] = useState<'hidden' | 'offer' | 'opened'>('hidden');
  useEffect(() => {
    let live = true;
    void sendToWorker('getNotificationOffer').then((reply) => {
      if (live && reply.ok && reply.value) setState('offer');
    });
    return () => {
      live = false;
    };
  }, []);
  if (state === 'hidden') return null;
  if (state === 'opened') {
    return (
      <p class="muted" role="status" data-testid="alikeep-notify-opened">
        {t('notifyWindowOpened')}
      </p>
    );
  }
  return (
    <p data-testid="alikeep-notify-offer">
      <button
        type="button"
        data-testid="alikeep-notify-ask"
        onClick={() =>
          void sendToWorker('askForNotifications').then((reply) => reply.ok && setState('opened'))
        }
      >
        {t('notifyPanelOffer')}
      </button>{' '}
      <button
        type="button"
        class="link"
        data-testid="alikeep-notify-dismiss"
        onClick={() => {
          setState('hidden');
          void sendToWorker('updateSettings', { offerNotifications: false });
        }}
      >
        {t('notifyDismiss')}
      </button>
    </p>
  );
}
