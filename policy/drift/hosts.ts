/**
 * Drift check (c): every host the code contacts is declared.
 * - Requests (`fetch`, `new Request`, `new WebSocket`, `new EventSource`, `navigator.sendBeacon`,
 *   `importScripts`, `downloads.download({ url })`) must go to a host that a shipped feature declares
 *   for `fetch` (a recipient) or `media`. A tab opened in the background (`tabs.create({ url,
 *   active: false })`, a visit the user did not ask to see) must go to a host declared for `tab`. When the URL is computed, the line before the call (or the
 *   call's own line) names the host-access ids it may reach: `// policy-hosts: media-hosts`; the code
 *   must refuse other URLs at run time. `policy-hosts: package` means the extension's own files and
 *   the `blob:` URLs it creates itself (a ZIP built in the offscreen document).
 * - Every absolute URL written in the code names a host some declaration covers (any host access,
 *   a recipient's hosts or a linked site), so no address hides in a constant.
 */
import { hostCovered, patternHost } from '../match-patterns';
import type { Policy } from '../schema';
import { onlyPlanned, shippedView } from '../shipped';
import {
  firstArgument,
  matchingBracket,
  objectEntries,
  resolveExpression,
  scopedConstants,
  stringAt,
  type Constants,
} from './literals';
import { lexSource, lineAt, type LexedSource, type SourceFile } from './source-text';

/** Hosts that appear in URLs which are names, not addresses (XML namespaces). */
export const nonNetworkHosts = ['www.w3.org'];

/**
 * Whether a URL's host can never be contacted: a name above, or the reserved `.invalid` domain
 * (RFC 6761), which code uses as the base for parsing relative URLs (`new URL(u, 'https://x.invalid/')`).
 */
export function isNonNetworkHost(host: string): boolean {
  return nonNetworkHosts.includes(host) || host === 'invalid' || host.endsWith('.invalid');
}

export interface UrlLiteral {
  path: string;
  line: number;
  host: string;
}

export interface Request {
  path: string;
  line: number;
  call: string;
  /** Hosts the URL can have; empty for the extension's own files; null when unreadable. */
  hosts: string[] | null;
  /** Host-access ids named by a `policy-hosts:` comment, if any. */
  annotation: string[] | null;
}

const ABSOLUTE = /^(?:https?:|wss?:)?\/\/(?:[^/?#\s@]*@)?([^/?#\s:@]*)/i;

/** The host of an absolute URL; '' when the host is computed; null for a relative URL. */
export function hostOfUrl(url: string): string | null {
  const m = ABSOLUTE.exec(url.trim());
  if (!m) return null;
  return /[${}]/.test(m[1]!) ? '' : m[1]!.toLowerCase();
}

export function scanUrlLiterals(files: SourceFile[]): UrlLiteral[] {
  const found: UrlLiteral[] = [];
  for (const file of files) {
    const lexed = lexSource(file.text);
    for (const s of lexed.strings) {
      if (!/^(?:https?|wss?):\/\//i.test(s.value)) continue;
      const host = hostOfUrl(s.value);
      if (!host || isNonNetworkHost(host)) continue;
      found.push({ path: file.path, line: lineAt(lexed.code, s.start), host });
    }
  }
  return found;
}

const REQUEST =
  /\b(fetch|importScripts|sendBeacon)\s*\(|\bnew\s+(Request|WebSocket|EventSource)\s*\(|\.\s*(download)\s*\(|\btabs\s*\??\.\s*(create)\s*\(/g;
const ANNOTATION = /policy-hosts:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

/** Hosts of the URL expression starting at `start`, or null when it cannot be read. */
function urlHosts(lexed: LexedSource, start: number, end: number, constants: Constants) {
  const { code } = lexed;
  const literal = lexed.strings.find((s) => s.start === start);
  let urls: string[];
  if (literal) {
    const whole = stringAt(lexed, start) !== null;
    // A template's first chunk decides the host when the host part is written out.
    const host = hostOfUrl(literal.value);
    if (!whole && (host === '' || (host === null && literal.value === ''))) return null;
    urls = [literal.value];
  } else {
    urls = resolveExpression(code.slice(start, end), constants);
    if (urls.length === 0) return null;
  }
  const hosts = urls.map(hostOfUrl);
  if (hosts.some((h) => h === '')) return null;
  return hosts.filter((h): h is string => h !== null);
}

export function scanRequests(files: SourceFile[], all: Constants): Request[] {
  const requests: Request[] = [];
  for (const file of files) {
    const constants = scopedConstants(file, all);
    const lexed = lexSource(file.text);
    const { bare } = lexed;
    const lines = file.text.split('\n');
    for (const m of bare.matchAll(REQUEST)) {
      const call = m[1] ?? m[2] ?? m[3] ?? (m[4] ? 'tab' : '');
      if (call === 'fetch' && /\.\s*$/.test(bare.slice(Math.max(0, m.index - 2), m.index))) {
        // `x.fetch(` is someone's method, unless x is the global object.
        if (!/(globalThis|window|self)\s*\.\s*$/.test(bare.slice(0, m.index))) continue;
      }
      const open = m.index + m[0].length - 1;
      // `fetch(input) { … }` defines a function (a wrapper the page calls with its own requests);
      // it requests nothing itself.
      if (call === 'fetch' && /^\s*\{/.test(bare.slice(matchingBracket(bare, open) + 1))) continue;
      let range = firstArgument(bare, open);
      const line = lineAt(bare, m.index);
      let hosts: string[] | null = null;
      if (call === 'download') {
        // chrome.downloads.download({ url }); another object's download() is none of ours.
        const isDownloads = /downloads\s*\??\.\s*$/.test(
          bare.slice(Math.max(0, m.index - 20), m.index),
        );
        const url =
          range && bare[range[0]] === '{'
            ? objectEntries(lexed, range[0]).find((e) => e.key === 'url')
            : undefined;
        if (!url && !isDownloads) continue;
        range = url ? [url.valueStart, url.valueEnd] : null;
      } else if (call === 'tab') {
        // A tab that opens in front (the default) is the user's to look at; one kept in the
        // background is a visit made for them. Options that cannot be read count as background.
        const literal = range !== null && bare[range[0]] === '{';
        const entries = literal ? objectEntries(lexed, range![0]) : [];
        const active = entries.find((e) => e.key === 'active');
        const value = active ? lexed.code.slice(active.valueStart, active.valueEnd).trim() : 'true';
        if (literal && value === 'true') continue;
        const url = entries.find((e) => e.key === 'url');
        range = url ? [url.valueStart, url.valueEnd] : null;
      } else if (!range) continue;
      if (range) hosts = urlHosts(lexed, range[0], range[1], constants);
      const comment = [lines[line - 2] ?? '', lines[line - 1] ?? '']
        .map((l) => ANNOTATION.exec(l)?.[1])
        .find((ids) => ids !== undefined);
      requests.push({
        path: file.path,
        line,
        call,
        hosts,
        annotation: comment ? comment.split(',').map((id) => id.trim()) : null,
      });
    }
  }
  return requests;
}

function declaredHosts(policy: Policy, uses?: readonly string[]): string[] {
  const access = policy.hostAccess.filter((h) => !uses || h.uses.some((u) => uses.includes(u)));
  // A background tab reaches only the recipients of the host access declared for tabs.
  const recipients = uses?.includes('tab')
    ? policy.recipients.filter((r) => access.some((h) => h.recipient === r.id))
    : policy.recipients;
  return [
    ...access.flatMap((h) => h.patterns.map(patternHost)),
    ...recipients.flatMap((r) => r.hosts),
    ...(uses ? [] : policy.linkedSites.map((l) => new URL(l.origin).hostname)),
  ].filter((h): h is string => h !== null);
}

const covered = (host: string, by: string[]) => by.some((pattern) => hostCovered(host, pattern));

export function checkHosts(literals: UrlLiteral[], requests: Request[], policy: Policy): string[] {
  const problems: string[] = [];
  const known = declaredHosts(policy);
  for (const l of literals) {
    if (!covered(l.host, known)) {
      problems.push(
        `${l.path}:${l.line} names host ${l.host}, which no host access, recipient or linked site in policy/ declares`,
      );
    }
  }
  const shipped = shippedView(policy);
  for (const r of requests) {
    const at = `${r.path}:${r.line} (${r.call})`;
    const uses = r.call === 'tab' ? ['tab'] : ['fetch', 'media'];
    const reachable = declaredHosts(shipped, uses);
    const everReachable = declaredHosts(policy, uses);
    if (r.annotation) {
      for (const id of r.annotation) {
        if (id === 'package') continue;
        const access = policy.hostAccess.find((h) => h.id === id);
        if (!access || !access.uses.some((u) => uses.includes(u))) {
          problems.push(
            `${at}: policy-hosts names "${id}", which is not a host access declared for ${uses.join(' or ')}`,
          );
        } else if (onlyPlanned(policy, access.features)) {
          problems.push(
            `${at}: host access "${id}" belongs to planned feature(s) ${access.features.join(', ')}; set their status to 'shipped' now that the code exists`,
          );
        }
      }
    }
    if (r.hosts === null) {
      if (!r.annotation) {
        problems.push(
          `${at} requests a URL the policy check cannot read; add \`// policy-hosts: <host-access id>\` on the line before, naming the declared hosts it may reach, and refuse other URLs at run time`,
        );
      }
      continue;
    }
    for (const host of r.hosts) {
      if (covered(host, reachable)) continue;
      problems.push(
        covered(host, everReachable)
          ? `${at} requests ${host}, declared only for planned features; set their status to 'shipped' now that the code exists`
          : r.call === 'tab'
            ? `${at} opens ${host} in a background tab, which no host access declares for tab; declare it in policy/features/`
            : `${at} requests ${host}, which is neither a declared recipient's host nor a media host; declare it in policy/features/`,
      );
    }
  }
  return problems;
}
