import { describe, expect, it } from 'vitest';
import { deriveManifestFields, manifestFields } from './manifest-fields';
import { policy } from './policy';
import { renderStoreAnswers } from './render-store-answers';
import { cwsDataCategories } from './schema';
import { fixture, fixtureShipped } from './test-policies';

describe('Chrome Web Store privacy answers', () => {
  const answers = renderStoreAnswers(policy);

  it('state the single purpose', () => {
    expect(answers.singlePurpose).toBe(policy.singlePurpose);
    expect(answers.singlePurpose.length).toBeGreaterThan(20);
  });

  it('justify every permission in the built manifest, and nothing else', () => {
    expect(Object.keys(answers.permissionJustifications).sort()).toEqual(
      [...manifestFields.permissions, ...manifestFields.optional_permissions].sort(),
    );
    for (const text of Object.values(answers.permissionJustifications)) {
      expect(text.trim().length).toBeGreaterThan(20);
    }
  });

  it('justify every host, content-script matches included', () => {
    expect(Object.keys(answers.hostPermissionJustifications).sort()).toEqual(
      [
        ...new Set([
          ...manifestFields.host_permissions,
          ...manifestFields.optional_host_permissions,
          ...manifestFields.contentScriptMatches,
        ]),
      ].sort(),
    );
    for (const text of Object.values(answers.hostPermissionJustifications)) {
      expect(text.trim().length).toBeGreaterThan(20);
    }
  });

  it('answer no remote code', () => {
    expect(answers.remoteCode.used).toBe(false);
    expect(answers.remoteCode.justification).toMatch(/no remote/i);
  });

  it('tick exactly the data boxes of every declared data item, planned ones included', () => {
    expect(Object.keys(answers.dataUsage)).toEqual([...cwsDataCategories]);
    const ticked = Object.entries(answers.dataUsage)
      .filter(([, on]) => on)
      .map(([c]) => c);
    const declared = new Set(policy.dataItems.flatMap((d) => d.chromeWebStoreCategories));
    expect(ticked).toEqual(cwsDataCategories.filter((c) => declared.has(c)));
  });

  it('give all three certifications', () => {
    expect(answers.certifications).toEqual({
      notSoldOrTransferredOutsideApprovedUseCases: true,
      notUsedOrTransferredForUnrelatedPurposes: true,
      notUsedForCreditworthinessOrLending: true,
    });
  });

  it('grow with the manifest when planned features ship, using their own words', () => {
    const before = renderStoreAnswers(fixture());
    expect(Object.keys(before.permissionJustifications)).toEqual(['scripting', 'storage']);
    // "now or in the future": the planned price history already ticks web history.
    expect(before.dataUsage.webHistory).toBe(true);
    const shipped = fixtureShipped();
    const later = renderStoreAnswers(shipped);
    const fields = deriveManifestFields(shipped);
    expect(Object.keys(later.permissionJustifications).sort()).toEqual(
      [...fields.permissions, ...fields.optional_permissions].sort(),
    );
    expect(later.permissionJustifications.downloads).toMatch(/download button/);
    expect(before.permissionJustifications.storage).not.toMatch(/watchlist/);
    expect(later.permissionJustifications.storage).toMatch(/watchlist/);
    expect(later.hostPermissionJustifications['*://*.cdn.example/*']).toMatch(/without cookies/);
  });
});
