import { describe, expect, it } from 'vitest';
import { cleanText, MAX_TITLE, titleFromPageTitle } from './text';

describe('cleanText', () => {
  it('removes markup, also markup hidden in entities', () => {
    expect(cleanText('<b>Bold</b> &amp; <i>shy</i>')).toBe('Bold & shy');
    expect(cleanText('&lt;img src=x onerror=alert(1)&gt;Lamp')).toBe('Lamp');
    expect(cleanText('<script>alert(1)</script>Lamp')).toBe('alert(1) Lamp');
    expect(cleanText('Tom &#38; Jerry &#x263A; &nbsp;x')).toBe('Tom & Jerry ☺ x');
    expect(cleanText('<img src=x onerror=alert(1) Lamp')).toBe('img src=x onerror=alert(1) Lamp');
    expect(cleanText('<\u200bb>x</\u200bb> &lt;&#8203;i&gt;y a < b')).toBe('x y a < b');
  });

  it('removes bidi controls and invisible characters, keeps ZWJ emoji', () => {
    expect(cleanText('\u202eevil\u202c name\u2066x\u2069\u200b\u00ad\ufeff')).toBe('evil namex');
    expect(cleanText('family 👨\u200d👩\u200d👧')).toBe('family 👨\u200d👩\u200d👧');
  });

  it('collapses whitespace and caps length without splitting a surrogate pair', () => {
    expect(cleanText(' a \n\t b ')).toBe('a b');
    const long = cleanText('x'.repeat(2000), MAX_TITLE);
    expect(long).toHaveLength(MAX_TITLE + 1);
    expect(long?.endsWith('…')).toBe(true);
    const emoji = cleanText('a' + '😀'.repeat(200), 10);
    expect(emoji).toBe('a😀😀😀😀…');
  });

  it('gives undefined for empty or non-string values', () => {
    expect(cleanText('  <br> ')).toBeUndefined();
    expect(cleanText(12)).toBeUndefined();
  });
});

describe('titleFromPageTitle', () => {
  it.each([
    [
      '1.73US $ 32% OFF|Unisex Glasses Windproof|Eyewear|   - AliExpress',
      'Unisex Glasses Windproof',
    ],
    ['US $4.19 30% OFF|Magnetic Case|Cases| - AliExpress', 'Magnetic Case'],
    ['1986.69MXN$ |Adaptador de corriente|Adaptadores| - AliExpress', 'Adaptador de corriente'],
    ['JAYO 5 Rollen PETG-Filament - AliExpress 7', 'JAYO 5 Rollen PETG-Filament'],
    [
      'Magnetic Clips 6 Pack-in Cable Winder from Consumer Electronics on AliExpress.com',
      'Magnetic Clips 6 Pack',
    ],
    ['2-in-1 Plug-in Charger-in Chargers from Phones on AliExpress', '2-in-1 Plug-in Charger'],
    ['Plain name', 'Plain name'],
  ])('%s', (raw, title) => {
    expect(titleFromPageTitle(raw)).toBe(title);
  });
});
