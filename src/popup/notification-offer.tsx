/**
 * The watchlist's offer of browser notifications for price alerts: shown while alerts are on, an
 * item is watched and notifications are not allowed, until the user allows them or says "No thanks"
 * (remembered in the settings, `offerNotifications`). The popup asks itself: if the browser closes
 * it while its prompt is up, the answer still counts, and the worker follows it through
 * `permissions.onAdded`.
 */
import { useEffect, useState } from 'preact/hooks';
import { AllowNotifications } from '../components/allow-notifications';
import { sendToWorker } from '../shared/messaging';

export function NotificationOffer() {
  const [offer, setOffer] = useState(false);
  useEffect(() => {
    void sendToWorker('getNotificationOffer').then((reply) => setOffer(reply.ok && reply.value));
  }, []);
  if (!offer) return null;
  return (
    <AllowNotifications
      onDismiss={() => {
        setOffer(false);
        void sendToWorker('updateSettings', { offerNotifications: false });
      }}
    />
  );
}
