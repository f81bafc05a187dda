/** Re-encodes a WebP or AVIF image as JPEG or PNG with the browser's own decoders. */
export async function convertImage(
  source: Blob,
  format: 'jpeg' | 'png',
  quality: number,
): Promise<Blob> {
  const bitmap = await createImageBitmap(source);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas for the conversion.');
    if (format === 'jpeg') {
      // JPEG has no transparency: flatten onto white, as image viewers show it.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, bitmap.width, bitmap.height);
    }
    context.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob({ type: `image/${format}`, quality });
  } finally {
    bitmap.close();
  }
}
