import { describe, expect, it } from 'vitest';
import { everythingShipped } from '../../policy/test-policies';
import { releasablePermissions, silentPermissions } from './feature-permissions';

const all = everythingShipped();

describe('optional permissions of opt-in features', () => {
  it('asks with the consent only for those Chrome grants without a prompt', () => {
    // Its `scripting` is already granted at install for the panel, so only alarms is asked for.
    expect(silentPermissions(all, ['background-recheck'])).toEqual(['alarms']);
    // Notifications make Chrome ask; price alerts ask for them when the first alert is set.
    expect(silentPermissions(all, ['price-alerts'])).toEqual([]);
    expect(silentPermissions(all, ['price-history'])).toEqual([]);
  });

  it('asks for nothing a planned feature would use', () => {
    const planned = structuredClone(all);
    planned.features.find((f) => f.id === 'background-recheck')!.status = 'planned';
    expect(silentPermissions(planned, ['background-recheck'])).toEqual([]);
  });

  it('gives back only what no feature still on uses', () => {
    expect(releasablePermissions(all, ['background-recheck'], [])).toEqual(['alarms']);
    expect(releasablePermissions(all, ['price-alerts'], [])).toEqual(['notifications']);
    expect(releasablePermissions(all, ['price-alerts'], ['price-history'])).toEqual([
      'notifications',
    ]);
    // Required permissions are never given back.
    expect(releasablePermissions(all, ['sync'], [])).toEqual([]);
  });
});
