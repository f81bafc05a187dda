/**
 * The shape of AliKeep's disclosure manifest: every feature, permission, host, data item and recipient
 * the extension has, with the words users and stores are shown. Everything public about AliKeep's data
 * practices (manifest permissions, PRIVACY.md, store answers, consent and privacy-center UI) is
 * rendered from one value of this type, so nothing can be disclosed in one place and not another.
 */

/** Chrome Web Store data-usage categories ("What user data do you plan to collect…"). */
export const cwsDataCategories = [
  'personallyIdentifiableInformation',
  'healthInformation',
  'financialAndPaymentInformation',
  'authenticationInformation',
  'personalCommunications',
  'location',
  'webHistory',
  'userActivity',
  'websiteContent',
] as const;
export type CwsDataCategory = (typeof cwsDataCategories)[number];

/** Firefox `data_collection_permissions` categories (data that leaves the browser). */
export const firefoxDataCategories = [
  'authenticationInfo',
  'bookmarksInfo',
  'browsingActivity',
  'financialAndPaymentInfo',
  'healthInfo',
  'locationInfo',
  'personalCommunications',
  'personallyIdentifyingInfo',
  'searchTerms',
  'websiteActivity',
  'websiteContent',
  'technicalAndInteraction',
] as const;
export type FirefoxDataCategory = (typeof firefoxDataCategories)[number];

export const storageAreas = [
  'storage.local',
  'storage.sync',
  'storage.session',
  'indexeddb',
  'memory',
] as const;
export type StorageArea = (typeof storageAreas)[number];

export const legalBases = ['consent', 'contract', 'legitimate-interests'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const rightKinds = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw-consent',
  'complaint',
] as const;
export type RightKind = (typeof rightKinds)[number];

export interface Controller {
  name: string;
  /** How to reach the controller, in words a user can follow. */
  contact: string;
}

/**
 * `basic`: part of what AliKeep is; works from install. `additional`: opt-in, off until the user
 * switches it on, and can be switched off at any time (which stops further processing).
 */
export type FeatureTier = 'basic' | 'additional';

/**
 * `shipped`: the code exists in this version. `planned`: declared ahead so the policy and the store
 * answers already say what is coming, but it brings nothing into the built manifest (no permission,
 * host or Firefox data category) and the drift tests treat its code as not written yet.
 */
export const featureStatuses = ['shipped', 'planned'] as const;
export type FeatureStatus = (typeof featureStatuses)[number];

export interface Feature {
  /** Stable kebab-case id; settings, consent records and the policy refer to it. */
  id: string;
  name: string;
  /** One or two plain sentences: what the feature does for the user. */
  summary: string;
  tier: FeatureTier;
  status: FeatureStatus;
}

export interface Permission {
  /** The name as written in manifest.json. */
  name: string;
  kind: 'required' | 'optional';
  /** Why AliKeep needs it; shown in the store answers and the policy. */
  justification: string;
  features: string[];
  /** The warning Chrome shows for it at install or when requested, or null for none. */
  installWarning: string | null;
}

/**
 * How AliKeep touches a set of sites. `content-script`: declared content scripts run there;
 * `inject`: scripts are injected with chrome.scripting; `fetch`: the extension requests pages there
 * on the user's behalf (a recipient learns something); `media`: the extension downloads public
 * product images and videos, and the description documents that list them, from there, without
 * cookies, as the item page itself does; `tab`: the
 * extension opens pages there in an inactive tab of the user's browser, which loads them as a visit
 * (with the user's cookies and page scripts; a recipient learns it).
 */
export const hostUses = ['content-script', 'inject', 'fetch', 'media', 'tab'] as const;
export type HostUse = (typeof hostUses)[number];

export interface HostAccess {
  id: string;
  /** Chrome match patterns, e.g. `*://*.aliexpress.com/item/*`. */
  patterns: string[];
  kind: 'required' | 'optional';
  uses: HostUse[];
  why: string;
  features: string[];
  /** For `fetch` and `tab`: the recipient who receives those requests. */
  recipient?: string;
}

/** `session`: gone when the page or browser session ends. `until-deleted`: kept until the user deletes it. */
export type Retention = { days: number } | 'until-deleted' | 'session';

export interface StoragePlace {
  area: StorageArea;
  /** chrome.storage keys the item occupies (storage.* areas). */
  keys?: string[];
  /** IndexedDB database and object stores the item occupies (indexeddb). */
  database?: { name: string; stores: string[] };
}

export interface DataItem {
  id: string;
  /** A short label, e.g. "Your preferences". */
  name: string;
  /** What the data is, in plain words. */
  what: string;
  /** Where it comes from, e.g. "You, in the options page". */
  source: string;
  features: string[];
  purpose: string;
  legalBasis: LegalBasis;
  storage: StoragePlace;
  retention: Retention;
  /** When it ends, in plain words (e.g. "until you reset your settings or remove AliKeep"). */
  retentionNote: string;
  /** Recipient ids it is sent to; empty when it never leaves the browser. */
  sentTo: string[];
  /** How the user deletes it themself. */
  deletion: string;
  /** Chrome Web Store data-usage boxes this item ticks; empty when it fits none. */
  chromeWebStoreCategories: CwsDataCategory[];
  /** Only meaningful for data that leaves the browser. */
  firefoxCategory: FirefoxDataCategory | 'none';
}

export interface Recipient {
  id: string;
  name: string;
  /** What they receive and why. */
  receives: string;
  features: string[];
  /** Sites AliKeep contacts on the user's behalf to reach them. */
  hosts: string[];
  /** Where the recipient may process the data, or who decides that. */
  transfers: string;
}

export interface UserRight {
  right: RightKind;
  /** How to exercise it, step by step. */
  how: string;
}

/** A web address the UI only links to: the user opens it in a normal tab; AliKeep sends nothing there. */
export interface LinkedSite {
  origin: string;
  why: string;
}

export interface ChangeLogEntry {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  kind: 'initial' | 'major' | 'minor';
  changes: string[];
}

export interface Policy {
  product: string;
  controller: Controller;
  /** The Chrome Web Store single purpose, in one sentence. */
  singlePurpose: string;
  /** Semver. Major: new data, recipient, purpose, permission or longer retention. Minor: wording. */
  version: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  changeLog: ChangeLogEntry[];
  features: Feature[];
  permissions: Permission[];
  hostAccess: HostAccess[];
  dataItems: DataItem[];
  recipients: Recipient[];
  rights: UserRight[];
  linkedSites: LinkedSite[];
}

/** What one feature contributes; `policy.ts` merges these into the Policy. */
export interface FeatureDeclaration {
  feature: Feature;
  permissions?: Permission[];
  hostAccess?: HostAccess[];
  dataItems?: DataItem[];
  recipients?: Recipient[];
  linkedSites?: LinkedSite[];
}
