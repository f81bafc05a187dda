/**
 * Drift check (a): every extension API the code calls is covered by a permission in the built
 * manifest, and every such permission is used. Calls are found as `browser.<ns>` / `chrome.<ns>`
 * member accesses (also `browser['ns']` and `const { ns } = browser`) in source text;
 * src/shared/browser.ts exports `browser` and is the only module allowed to import the polyfill,
 * so no API is reached under another name.
 */
import type { Policy } from '../schema';
import { plannedNames, shippedView } from '../shipped';
import { browserModule } from './src-files';
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

// `native` is src/shared/native.ts: the browser's own `chrome`, for the item-page script.
const MEMBER = /(browser|chrome|native)\s*[?!]?\.\s*([A-Za-z_$][\w$]*)/g;

const BRACKET = /\b(browser|chrome|native)\s*[?!]?\.?\s*\[\s*/g;
const DESTRUCTURE =
  /\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*(?:browser|chrome|native)\b(?!\s*[?!]?\.)/g;

/** Every `browser.<ns>` / `chrome.<ns>` in code (comments and strings ignored; types skipped). */
export function scanApiUses(files: SourceFile[]): ApiUse[] {
  const uses: ApiUse[] = [];
  for (const file of files) {
    const lexed = lexSource(file.text);
    const { bare } = lexed;
    for (const m of bare.matchAll(BRACKET)) {
      if (/[\w$.]$/.test(bare.slice(Math.max(0, m.index - 1), m.index))) continue;
      const at = m.index + m[0].length;
      const literal = lexed.strings.find((s) => s.start === at);
      const namespace = literal?.value ?? '[computed]';
      uses.push({ namespace, path: file.path, line: lineAt(bare, m.index) });
    }
    for (const m of bare.matchAll(DESTRUCTURE)) {
      for (const part of m[1]!.split(',')) {
        const name = /^\s*([A-Za-z_$][\w$]*)/.exec(part)?.[1];
        if (name) uses.push({ namespace: name, path: file.path, line: lineAt(bare, m.index) });
      }
    }
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
  // Only what the built manifest asks for counts: a planned feature's permission is not granted.
  const declared = new Set(shippedView(policy).permissions.map((p) => p.name));
  const plannedOwners = (permission: string) =>
    plannedNames(policy, policy.permissions.find((p) => p.name === permission)?.features ?? []);
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
      const planned = plannedOwners(permission);
      problems.push(
        planned.length > 0
          ? `${at} uses browser.${use.namespace}, whose "${permission}" permission belongs to planned feature(s) ${planned.join(', ')}; set their status to 'shipped' in policy/features/ now that the code exists`
          : `${at} uses browser.${use.namespace}, but the policy declares no "${permission}" permission; declare it in the feature's file under policy/features/`,
      );
      reported.add(permission);
    }
  }
  for (const name of declared) {
    if (!needed.has(name) && !permissionsWithoutNamespace.has(name)) {
      problems.push(
        `permission "${name}" is in the built manifest but no code under src/ uses its API; remove it, or mark the features that need it 'planned' until their code exists (minimum permission)`,
      );
    }
  }
  return problems;
}

const POLYFILL =
  /\bimport\s+(?!type\b)[^;]*?\bfrom\s*['"]webextension-polyfill['"]|\b(?:require|import)\s*\(\s*['"]webextension-polyfill['"]/g;

/**
 * Only src/shared/browser.ts may import webextension-polyfill (type imports aside): an API reached
 * under another name would escape the scan above.
 */
export function checkBrowserImports(files: SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (file.path === browserModule) continue;
    const { code } = lexSource(file.text);
    for (const m of code.matchAll(POLYFILL)) {
      problems.push(
        `${file.path}:${lineAt(code, m.index)} imports webextension-polyfill; import { browser } from ${browserModule} instead, so the policy drift tests see every API it uses`,
      );
    }
  }
  return problems;
}
