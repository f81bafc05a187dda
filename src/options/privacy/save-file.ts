/** Saves text as a file in the user's downloads, from an extension page. */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy by then; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
