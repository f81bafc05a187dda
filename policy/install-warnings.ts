/**
 * What Chrome tells the user when a permission is granted. Adding a permission with a warning in an
 * update disables the extension until the user accepts, so the policy must show the same words.
 */
import { patternHost } from './match-patterns';
import type { Policy } from './schema';

/** Permission → Chrome's install warning (null: installs silently). Unlisted permissions are rejected. */
export const permissionWarnings: Readonly<Record<string, string | null>> = {
  activeTab: null,
  alarms: null,
  contextMenus: null,
  downloads: 'Manage your downloads',
  notifications: 'Display notifications',
  offscreen: null,
  scripting: null,
  storage: null,
  tabs: 'Read your browsing history',
  unlimitedStorage: null,
};

/** How Chrome names a pattern's host in a warning: `*.x.com` reads "all x.com sites". */
function hostLabel(host: string): string {
  return host.startsWith('*.') ? `all ${host.slice(2)} sites` : host;
}

/** Chrome's host warning for a set of match patterns (required host permissions + content scripts). */
export function hostWarning(patterns: readonly string[]): string | null {
  if (patterns.includes('<all_urls>')) return 'Read and change all your data on all websites';
  const hosts = [...new Set(patterns.map(patternHost).filter((h): h is string => h !== null))];
  if (hosts.includes('*')) return 'Read and change all your data on all websites';
  // Chrome counts a wildcard host and its bare domain as one site.
  const sites = [...new Set(hosts.map((h) => h.replace(/^\*\./, '')))].sort();
  if (sites.length === 0) return null;
  if (sites.length > 3) return 'Read and change your data on a number of websites';
  const labels = sites.map((site) => hostLabel(hosts.includes(`*.${site}`) ? `*.${site}` : site));
  if (labels.length === 1) return `Read and change your data on ${labels[0]}`;
  if (labels.length === 2) return `Read and change your data on ${labels[0]} and ${labels[1]}`;
  return `Read and change your data on ${labels[0]}, ${labels[1]}, and ${labels[2]}`;
}

/** Every warning a fresh install shows, in Chrome's order: hosts first, then permissions. */
export function installWarnings(policy: Policy): string[] {
  const hostPatterns = policy.hostAccess
    .filter((h) => h.kind === 'required')
    .flatMap((h) => h.patterns);
  const warnings = [hostWarning(hostPatterns)];
  for (const p of policy.permissions) if (p.kind === 'required') warnings.push(p.installWarning);
  return warnings.filter((w): w is string => w !== null);
}
