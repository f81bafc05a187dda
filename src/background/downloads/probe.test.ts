import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeRecent } from './probe';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A media server that answers the first bytes of a PNG, or a 503 while `down` is set. */
function server() {
  const state = { calls: 0, down: false };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      state.calls++;
      if (state.down) return new Response(null, { status: 503 });
      return new Response(PNG, {
        status: 206,
        headers: { 'content-range': `bytes 0-${PNG.length - 1}/4096` },
      });
    }),
  );
  return state;
}

describe('probeRecent', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the server once for a URL probed minutes apart (the picker, then the download)', async () => {
    const s = server();
    const url = 'https://ae01.alicdn.com/kf/Sshared.jpg';
    const [a, b] = await Promise.all([probeRecent(url, 1_000), probeRecent(url, 1_000)]);
    const c = await probeRecent(url, 1_000 + 60_000);
    expect(s.calls).toBe(1);
    expect(a).toEqual({ format: expect.objectContaining({ ext: 'png' }), size: 4096 });
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('asks again once the probe is old', async () => {
    const s = server();
    const url = 'https://ae01.alicdn.com/kf/Sold.jpg';
    await probeRecent(url, 1_000);
    await probeRecent(url, 1_000 + 10 * 60_000);
    expect(s.calls).toBe(2);
  });

  it('does not keep a failed probe: the retry reaches the server', async () => {
    const s = server();
    const url = 'https://ae01.alicdn.com/kf/Sflaky.jpg';
    s.down = true;
    await expect(probeRecent(url, 1_000)).rejects.toThrow('503');
    s.down = false;
    await expect(probeRecent(url, 1_001)).resolves.toMatchObject({ size: 4096 });
    expect(s.calls).toBe(2);
  });
});
