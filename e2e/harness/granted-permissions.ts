/**
 * A browser in which the user has already allowed some of AliKeep's optional permissions (such as
 * notifications). Headless Chromium cannot answer its own permission prompt, so the profile is
 * made the way Chrome records the user's "Allow": the extension is launched once to install it,
 * the browser is closed, and the permission names are added to the extension's entry in the
 * profile's Preferences (`extensions.settings[<id>]`, `active_permissions.api` and
 * `granted_permissions.api`, which is what Chrome writes when the user accepts the prompt); the
 * browser is then launched again on the same profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionHandle, type Extension } from '../fixtures';
import type { Store } from '../store/server';
import { watchForErrors } from './error-log';
import { launchWithExtension } from './launch';

interface ExtensionPreferences {
  path?: string;
  active_permissions?: { api?: string[] };
  granted_permissions?: { api?: string[] };
}

/** Records `permissions` as granted to the extension loaded from `extensionDir`. */
export function grantInPreferences(
  userDataDir: string,
  extensionDir: string,
  permissions: string[],
): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, ExtensionPreferences> };
  };
  const entries = Object.values(prefs.extensions?.settings ?? {});
  const entry = entries.find((e) => e.path && resolve(e.path) === resolve(extensionDir));
  if (!entry) throw new Error(`No extension from ${extensionDir} in ${file}.`);
  for (const set of ['active_permissions', 'granted_permissions'] as const) {
    const api = (entry[set] ??= {}).api ?? [];
    entry[set]!.api = [...new Set([...api, ...permissions])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

export interface GrantedBrowser {
  extension: Extension;
  close(): Promise<void>;
}

export async function launchWithGrantedPermissions(
  extensionDir: string,
  store: Store,
  permissions: string[],
): Promise<GrantedBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'alikeep-granted-'));
  const options = {
    extensionDir,
    userDataDir: join(dir, 'profile'),
    downloadsDir: join(dir, 'downloads'),
    hostResolverRules: store.hostResolverRules,
    headless: true,
  };
  const installed = await launchWithExtension(options);
  // The install has settled once the consent page it opens has rendered.
  const consentUrl = `chrome-extension://${installed.extensionId}/src/consent/index.html`;
  const consent =
    installed.context.pages().find((p) => p.url().startsWith(consentUrl)) ??
    (await installed.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(consentUrl),
    }));
  await consent.getByTestId('alikeep-consent-save').waitFor();
  await installed.context.close();

  grantInPreferences(options.userDataDir, extensionDir, permissions);
  const { context, extensionId } = await launchWithExtension(options);
  const extension = extensionHandle({
    context,
    extensionId,
    store,
    downloadsDir: options.downloadsDir,
    errors: watchForErrors(context, extensionId),
    openedOnInstall: null,
  });
  return {
    extension,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
