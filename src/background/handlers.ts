/** The worker's message handlers, typed against the protocol table. */
import type { Product } from '../extract/model';
import type { SettingsWriter } from '../settings/settings-writer';
import { workerProtocol } from '../shared/messages';
import type { Handlers } from '../shared/router';
import { measureMedia } from './downloads/probe';
import { archiveProgress, cancelJob, createJob, jobProgress, retryJob } from './downloads/runner';

export function workerHandlers(settings: SettingsWriter): Handlers<typeof workerProtocol> {
  return {
    getSettings: () => settings.read(),
    updateSettings: (patch) => settings.update(patch),
    resetSettings: () => settings.reset(),
    startDownload: async ({ product, selection }, sender) => {
      const { values } = await settings.read();
      const job = await createJob(product as Product, selection, values, sender.tab?.id);
      return { jobId: job.id, files: job.items.length };
    },
    cancelDownload: async ({ jobId }) => {
      await cancelJob(jobId);
      return null;
    },
    retryDownload: async ({ jobId }) => {
      await retryJob(jobId);
      return null;
    },
    getDownload: ({ jobId }) => jobProgress(jobId),
    measureMedia: ({ urls }) => measureMedia(urls),
    archiveProgress: async ({ jobId, done, bytes }) => {
      await archiveProgress(jobId, done, bytes);
      return null;
    },
  };
}
