/**
 * Drift check (a): every extension API the code calls is covered by a declared permission, and every
 * declared permission is used. Calls are found as `browser.<ns>` / `chrome.<ns>` member accesses in
 * source text (src/shared/browser.ts exports `browser`, so that is how the code reaches the APIs).
 */
import type { Policy } from '../schema';
import { lexSource, lineAt, type SourceFile } from './source-text';

/** Namespace → the permission it needs, or null for none. A namespace missing here is reported. */
export const namespacePermissions: Readonly<Record<string, string | null>> = {
  action: null,
  alarms: 'alarms',
  bookmarks: 'bookmarks',
  browsingData: 'browsingData',
  clipboard: 'clipboardWrite',
  commands: null,
  contextMenus: 'contextMenus',
  cookies: 'cookies',
  declarativeNetRequest: 'declarativeNetRequest',
  devtools: null,
  downloads: 'downloads',
  extension: null,
  history: 'history',
  i18n: null,
  identity: 'identity',
  idle: 'idle',
  management: 'management',
  menus: 'contextMenus',
  notifications: 'notifications',
  offscreen: 'offscreen',
  permissions: null,
  runtime: null,
  scripting: 'scripting',
  sidePanel: 'sidePanel',
  storage: 'storage',
  // query/sendMessage/create/update need none; reading tab URLs of other sites needs host access.
  tabs: null,
  webNavigation: 'webNavigation',
  webRequest: 'webRequest',
  windows: null,
};

/** Permissions that work without the code naming an API namespace. */
const permissionsWithoutNamespace = new Set(['activeTab', 'unlimitedStorage']);

export interface ApiUse {
  namespace: string;
  path: string;
  line: number;
}

const MEMBER = /(browser|chrome)\s*\??\.\s*([A-Za-z_$][\w$]*)/g;

/** Every `browser.<ns>` / `chrome.<ns>` in code (comments and strings ignored; types skipped). */
export function scanApiUses(files: SourceFile[]): ApiUse[] {
  const uses: ApiUse[] = [];
  for (const file of files) {
    const { bare } = lexSource(file.text);
    for (const m of bare.matchAll(MEMBER)) {
      const before = bare.slice(Math.max(0, m.index - 12), m.index);
      // `foo.browser.x` is someone else's property, unless foo is the global object.
      if (/[\w$]$/.test(before)) continue;
      if (/\.\s*$/.test(before) && !/(globalThis|window|self)\s*\??\.\s*$/.test(before)) continue;
      const namespace = m[2]!;
      // Capitalised members are type namespaces (`Browser.Runtime`), not API calls.
      if (/^[A-Z]/.test(namespace)) continue;
      uses.push({ namespace, path: file.path, line: lineAt(bare, m.index) });
    }
  }
  return uses;
}

export function checkApiPermissions(uses: ApiUse[], policy: Policy): string[] {
  const problems: string[] = [];
  const declared = new Set(policy.permissions.map((p) => p.name));
  const needed = new Set<string>();
  const reported = new Set<string>();
  for (const use of uses) {
    const at = `${use.path}:${use.line}`;
    if (!(use.namespace in namespacePermissions)) {
      if (!reported.has(use.namespace)) {
        problems.push(
          `${at} uses browser.${use.namespace}, which policy/drift/api-namespaces.ts does not know; add it with the permission it needs`,
        );
      }
      reported.add(use.namespace);
      continue;
    }
    const permission = namespacePermissions[use.namespace];
    if (!permission) continue;
    needed.add(permission);
    if (!declared.has(permission) && !reported.has(permission)) {
      problems.push(
        `${at} uses browser.${use.namespace}, but the policy declares no "${permission}" permission; declare it in the feature's file under policy/features/`,
      );
      reported.add(permission);
    }
  }
  for (const name of declared) {
    if (!needed.has(name) && !permissionsWithoutNamespace.has(name)) {
      problems.push(
        `permission "${name}" is declared but no code under src/ uses its API; remove it (minimum permission)`,
      );
    }
  }
  return problems;
}
