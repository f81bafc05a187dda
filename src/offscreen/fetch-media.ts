/** Media fetches of the offscreen document: declared media hosts only, no cookies. */
import { isMediaUrl } from '../background/downloads/media-hosts';

export async function fetchMedia(url: string): Promise<Response> {
  if (!isMediaUrl(url)) throw new Error('Not a declared media host.');
  // policy-hosts: media-hosts
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  return response;
}
