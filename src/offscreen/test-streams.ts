/** Streams and bytes for the offscreen tests: bodies served the way a browser serves them. */

export const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export interface ServedStream {
  stream: ReadableStream<Uint8Array<ArrayBuffer>>;
  /** For each pull: whether the reader lent a buffer to fill (BYOB) or left the stream to make one. */
  lent: boolean[];
  cancelled: () => boolean;
}

/** A byte stream, like a fetch body: `data` served in pieces of the given sizes (in turn); with
 * `failAt`, the connection drops once that many bytes went out. */
export function byteStream(data: Uint8Array, sizes: number[], failAt?: number): ServedStream {
  let at = 0;
  let turn = 0;
  let cancelled = false;
  const lent: boolean[] = [];
  const stream = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (failAt !== undefined && at >= failAt) throw new Error('connection reset');
      const request = controller.byobRequest;
      lent.push(request?.view != null);
      if (at >= data.length) {
        controller.close();
        request?.respond(0);
        return;
      }
      const size = Math.min(sizes[turn++ % sizes.length] ?? 1, data.length - at);
      const view = request?.view;
      if (view) {
        const n = Math.min(size, view.byteLength);
        new Uint8Array(view.buffer, view.byteOffset, n).set(data.subarray(at, at + n));
        at += n;
        request.respond(n);
      } else {
        controller.enqueue(data.slice(at, at + size));
        at += size;
      }
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, lent, cancelled: () => cancelled };
}
