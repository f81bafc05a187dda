/**
 * A response body read as text up to a byte cap: what lies beyond is never downloaded, so a
 * server that answers with a huge body costs the worker no more than the cap.
 */
export interface CappedText {
  /** The text of the first `maxBytes` bytes (all of it when `complete`). */
  text: string;
  /** False when the body was longer than the cap and cut there. */
  complete: boolean;
}

export async function readCappedText(response: Response, maxBytes: number): Promise<CappedText> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', complete: true };
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), complete: true };
    if (bytes + value.byteLength > maxBytes) {
      text += decoder.decode(value.subarray(0, maxBytes - bytes));
      await reader.cancel().catch(() => undefined);
      return { text, complete: false };
    }
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}
