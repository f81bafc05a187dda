import { describe, expect, it } from 'vitest';
import { wrapTarget } from './focus-trap';

const controls = ['close', 'all', 'none', 'start'];

describe('wrapTarget', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    expect(wrapTarget(controls, 'start', false)).toBe('close');
    expect(wrapTarget(controls, 'close', true)).toBe('start');
  });

  it('leaves moves between the controls to the browser', () => {
    expect(wrapTarget(controls, 'all', false)).toBeNull();
    expect(wrapTarget(controls, 'none', true)).toBeNull();
    expect(wrapTarget(controls, 'close', false)).toBeNull();
  });

  it('brings focus that is not on a control (the dialog itself) back in at the edge', () => {
    expect(wrapTarget(controls, null, false)).toBe('close');
    expect(wrapTarget(controls, null, true)).toBe('start');
    expect(wrapTarget(controls, 'page link', false)).toBe('close');
  });

  it('has nowhere to go in a dialog without controls', () => {
    expect(wrapTarget([], null, false)).toBeNull();
  });

  it('keeps a single control focused', () => {
    expect(wrapTarget(['start'], 'start', false)).toBe('start');
    expect(wrapTarget(['start'], 'start', true)).toBe('start');
  });
});
