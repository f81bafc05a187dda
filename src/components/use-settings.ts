import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../settings/defaults';
import { readSettings, watchSettings } from '../settings/settings-client';
import type { StoredSettings } from '../settings/stored';
import type { Reply } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';

/** Current settings (null until read), kept live, and a function that asks the worker to change them. */
export function useSettings(): {
  stored: StoredSettings | null;
  update: (patch: SettingsPatch) => Promise<Reply<StoredSettings>>;
} {
  const [stored, setStored] = useState<StoredSettings | null>(null);
  useEffect(() => {
    let latest = -1;
    // Revisions order what arrives: a slow initial read must not undo a newer live change.
    const accept = (next: StoredSettings) => {
      if (next.revision < latest) return;
      latest = next.revision;
      setStored(next);
    };
    const stop = watchSettings(accept);
    readSettings().then(accept, () => undefined);
    return stop;
  }, []);
  return { stored, update: (patch) => sendToWorker('updateSettings', patch) };
}
