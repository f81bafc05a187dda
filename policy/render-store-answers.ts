/**
 * The Chrome Web Store "Privacy practices" tab, answered from the declaration: paste each field into
 * the developer dashboard as it stands in policy/generated/chrome-web-store.json.
 *
 * Justifications cover exactly what the built manifest asks for (the shipped view); the data boxes
 * answer "now or in the future", so planned features tick them too.
 */
import { deriveManifestFields } from './manifest-fields';
import { cwsDataCategories, type CwsDataCategory, type Policy } from './schema';
import { shippedView } from './shipped';

export interface StoreAnswers {
  singlePurpose: string;
  /** One justification per permission in the manifest (required and optional). */
  permissionJustifications: Record<string, string>;
  /** One justification per host pattern, content-script matches included. */
  hostPermissionJustifications: Record<string, string>;
  remoteCode: { used: false; justification: string };
  /** "What user data do you plan to collect from users now or in the future?" */
  dataUsage: Record<CwsDataCategory, boolean>;
  certifications: {
    notSoldOrTransferredOutsideApprovedUseCases: boolean;
    notUsedOrTransferredForUnrelatedPurposes: boolean;
    notUsedForCreditworthinessOrLending: boolean;
  };
}

export function renderStoreAnswers(policy: Policy): StoreAnswers {
  const shipped = shippedView(policy);
  const fields = deriveManifestFields(policy);
  const permissionJustifications: Record<string, string> = {};
  for (const name of [...fields.permissions, ...fields.optional_permissions]) {
    const permission = shipped.permissions.find((p) => p.name === name);
    if (permission) permissionJustifications[name] = permission.justification;
  }
  const manifestHosts = new Set([
    ...fields.host_permissions,
    ...fields.optional_host_permissions,
    ...fields.contentScriptMatches,
  ]);
  const hostPermissionJustifications: Record<string, string> = {};
  for (const host of shipped.hostAccess) {
    for (const pattern of host.patterns) {
      if (!manifestHosts.has(pattern)) continue;
      const earlier = hostPermissionJustifications[pattern];
      hostPermissionJustifications[pattern] = earlier ? `${earlier} ${host.why}` : host.why;
    }
  }
  const used = new Set(policy.dataItems.flatMap((d) => d.chromeWebStoreCategories));
  const dataUsage = Object.fromEntries(cwsDataCategories.map((c) => [c, used.has(c)])) as Record<
    CwsDataCategory,
    boolean
  >;
  // The declaration has no way to express a sale, an unrelated purpose or lending use: every
  // recipient is tied to a declared feature, which validatePolicy checks.
  return {
    singlePurpose: policy.singlePurpose,
    permissionJustifications,
    hostPermissionJustifications,
    remoteCode: {
      used: false,
      justification:
        'All code ships in the package. The extension loads no remote scripts and never evaluates fetched text as code.',
    },
    dataUsage,
    certifications: {
      notSoldOrTransferredOutsideApprovedUseCases: true,
      notUsedOrTransferredForUnrelatedPurposes: true,
      notUsedForCreditworthinessOrLending: true,
    },
  };
}
