import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placements, themes } from './choices';
import { readPageSettings } from './page-settings';
import { loadSettings } from './stored';

const anyValue = fc.oneof(
  fc.boolean(),
  fc.constantFrom<unknown>(...placements, ...themes, 'Gallery', '', null, undefined, 0, 7, -1),
  fc.double(),
  fc.string(),
);
const values = fc.record(
  {
    pageButton: anyValue,
    buttonPlacement: anyValue,
    theme: anyValue,
    downloadZip: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const stored = fc.oneof(
  fc.record(
    {
      version: fc.oneof(fc.constantFrom(0, 1, 2, 3, 99), fc.double(), fc.string()),
      revision: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string()),
      values: fc.oneof(values, anyValue),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

describe('the page settings read without the schema library', () => {
  it('agree with the full settings reader on any stored object', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const full = loadSettings(raw).stored;
        expect(readPageSettings(raw)).toEqual({
          revision: full.revision,
          pageButton: full.values.pageButton,
          buttonPlacement: full.values.buttonPlacement,
          theme: full.values.theme,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('keep what the user chose', () => {
    const raw = {
      version: 2,
      revision: 12,
      values: { pageButton: false, buttonPlacement: 'corner', theme: 'dark' },
    };
    expect(readPageSettings(raw)).toEqual({
      revision: 12,
      pageButton: false,
      buttonPlacement: 'corner',
      theme: 'dark',
    });
  });
});
