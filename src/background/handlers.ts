/** The worker's message handlers, typed against the protocol table. */
import type { SettingsWriter } from '../settings/settings-writer';
import { workerProtocol } from '../shared/messages';
import type { Handlers } from '../shared/router';

export function workerHandlers(settings: SettingsWriter): Handlers<typeof workerProtocol> {
  return {
    getSettings: () => settings.read(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
  };
}
