/**
 * "Allow notifications": asks the browser for the optional notifications permission, in the click
 * itself (Chrome shows its prompt only during a user gesture in an extension page), then says how
 * it went. Used by the popup's watchlist and by the window the price panel opens.
 */
import { useState } from 'preact/hooks';
import { requestOptionalPermission } from '../consent/optional-permissions';
import { t } from '../shared/i18n';

export type NotificationAnswer = 'granted' | 'refused';

export function AllowNotifications({
  onAnswer,
  onDismiss,
}: {
  onAnswer?: (answer: NotificationAnswer) => void;
  /** Shown as "No thanks" when given. */
  onDismiss?: () => void;
}) {
  const [answer, setAnswer] = useState<NotificationAnswer | null>(null);
  if (answer === 'granted') {
    return (
      <p role="status" data-testid="notify-granted">
        {t('notifyGranted')}
      </p>
    );
  }
  if (answer === 'refused') {
    return (
      <p role="status" data-testid="notify-refused">
        {t('notifyRefused')}
      </p>
    );
  }
  const allow = () => {
    void requestOptionalPermission('notifications').then((granted) => {
      const next = granted ? 'granted' : 'refused';
      setAnswer(next);
      onAnswer?.(next);
    });
  };
  return (
    <div class="notify-offer" data-testid="notify-offer">
      <p>{t('notifyOfferText')}</p>
      <p>
        <button type="button" class="primary" data-testid="notify-allow" onClick={allow}>
          {t('notifyAllow')}
        </button>{' '}
        {onDismiss && (
          <button type="button" class="link" data-testid="notify-dismiss" onClick={onDismiss}>
            {t('notifyDismiss')}
          </button>
        )}
      </p>
    </div>
  );
}
