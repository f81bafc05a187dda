/**
 * Fifty hostile product titles through real Chromium downloads: every one saves a file, and every
 * folder and file name it gets is acceptable to Windows, macOS and Linux, keeping the title's letters.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openPicker } from './harness/download-steps';
import { listFiles, waitForFiles } from './harness/files';

const long = 'Ultra Long Title '.repeat(120);
const TITLES: string[] = [
  '<script>alert(1)</script> Phone Case',
  '<img src=x onerror=alert(1)>',
  'CON',
  'nul',
  'COM1',
  'LPT9.txt',
  'AUX.tar.gz',
  'com¹',
  '..',
  '../../etc/passwd',
  '..\\..\\Windows\\System32',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\file',
  '/absolute/path',
  'a/b\\c:d*e?f"g<h>i|j',
  'Trailing dots...',
  'Trailing spaces   ',
  '   Leading spaces',
  '.hidden',
  '~tilde',
  '....',
  '   ',
  '',
  'Evil\u202Egnp.exe',
  'Bidi \u2066isolate\u2069 and \u200Fmark',
  'Zero\u200Bwidth\u200Djoiner\uFEFF',
  'Control\u0000\u0001\u0007\u001F\u007F\u0085chars',
  'Tab\tNew\nLine\rReturn',
  '🔥🔥 Hot Deal 🔥🔥',
  '👨‍👩‍👧‍👦 Family pack',
  'Термокружка из нержавеющей стали',
  '无线蓝牙耳机 降噪 5.3',
  'ワイヤレスイヤホン ノイズキャンセリング',
  '무선 이어폰 블루투스',
  'سماعات لاسلكية بلوتوث',
  'वायरलेस ईयरबड्स',
  'Écouteurs sans fil à réduction de bruit',
  'Cafe\u0301 au lait (decomposed)',
  'Ψ Greek ΣΩ',
  long,
  '😀'.repeat(300),
  'ä'.repeat(400),
  'Name with %00 and %2F encoded',
  'file:///etc/shadow',
  'javascript:alert(1)',
  'Price: $9.99 | 50% OFF!!! *** BEST ***',
  'Quotes "double" and \'single\'',
  'Semicolon; comma, ampersand & hash #1',
  'Mixed Кириллица 中文 العربية 😀',
  'end with dot.',
];

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function checkSegment(segment: string): string[] {
  const problems: string[] = [];
  if (segment.length === 0) problems.push('empty');
  if (Buffer.byteLength(segment, 'utf8') > 255) problems.push('over 255 bytes');
  if (/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/.test(segment)) problems.push('reserved character');
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(segment)) problems.push('bidi control');
  if (/[. ]$/.test(segment)) problems.push('trailing dot or space');
  if (/^[. ~]/.test(segment)) problems.push('leading dot, space or ~');
  if (WINDOWS_RESERVED.test(segment.trim())) problems.push('Windows reserved name');
  return problems;
}

test('fifty hostile titles all save, under names every file system accepts', async ({
  extension,
}) => {
  test.setTimeout(240_000);
  expect(TITLES).toHaveLength(50);
  const p = extension.store.catalog.module;
  rmSync(join(extension.downloadsDir, 'AliExpress'), { recursive: true, force: true });
  const page = await extension.context.newPage();
  const saved: string[] = [];
  for (const title of TITLES) {
    extension.store.setTitle('module', title);
    await page.goto(p.url);
    const picker = await openPicker(page);
    for (const kind of ['variant', 'description', 'video']) {
      await picker.getByTestId(`alikeep-group-${kind}`).getByText('Select none').click();
    }
    await picker.getByTestId('alikeep-group-gallery').getByText('Select none').click();
    await picker.getByTestId('alikeep-pick').first().check();
    const before = listFiles(extension.downloadsDir);
    await picker.getByTestId('alikeep-download-start').click();
    const [file] = await waitForFiles(extension.downloadsDir, before, 1);
    saved.push(file!);
    const problems = file!.split('/').flatMap((s) => checkSegment(s).map((x) => `${x}: ${s}`));
    expect(problems, JSON.stringify(title)).toEqual([]);
    expect(file!.length, file).toBeLessThanOrEqual(260);
  }
  // Titles in any script keep their letters.
  for (const words of [
    'Термокружка',
    '无线蓝牙耳机',
    'ワイヤレスイヤホン',
    '무선',
    'سماعات',
    'Écouteurs',
    'Café',
  ]) {
    expect(
      saved.some((f) => f.normalize('NFC').includes(words)),
      words,
    ).toBe(true);
  }
  // Fifty titles, fifty distinct folders or names: no download overwrote another.
  expect(new Set(saved).size).toBe(50);
  await page.close();
});
