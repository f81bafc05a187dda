/**
 * Hand-over between content-script instances. After a reload or update the worker injects a fresh
 * instance into open item tabs; the fresh one announces itself on the document and the old one, whose
 * extension context is gone, removes its element and listeners without calling any extension API.
 */
import { HOST_TAG } from './host-element';

const RETIRE_EVENT = 'alikeep:retire';

/** Tells older instances to leave, removes anything they left, then listens for a newer instance. */
export function takeOver(doc: Document, teardown: () => void): () => void {
  doc.dispatchEvent(new CustomEvent(RETIRE_EVENT));
  for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove();
  const onRetire = () => teardown();
  doc.addEventListener(RETIRE_EVENT, onRetire, { once: true });
  return () => doc.removeEventListener(RETIRE_EVENT, onRetire);
}
