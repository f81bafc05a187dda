/**
 * The media picker: thumbnails grouped by kind, each group with its count and select all / none,
 * everything chosen at first (videos and description images as the settings say), and the total
 * size once the worker has measured the files.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Media, MediaKind, Product } from '../../extract/model';
import type { Settings } from '../../settings/defaults';
import { formatBytes } from '../../shared/format-bytes';
import { t, type MessageKey } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import { thumbnailUrl } from './thumbnail';

const GROUPS: { kind: MediaKind; title: MessageKey }[] = [
  { kind: 'gallery', title: 'pickerGallery' },
  { kind: 'variant', title: 'pickerVariants' },
  { kind: 'description', title: 'pickerDescription' },
  { kind: 'video', title: 'pickerVideos' },
];

export interface PickerProps {
  product: Product;
  settings: Settings;
  onStart: (urls: string[]) => void;
  onClose: () => void;
}

function uniqueMedia(product: Product): Media[] {
  const seen = new Set<string>();
  return product.media.filter((m) => !seen.has(m.url) && seen.add(m.url));
}

export function Picker({ product, settings, onStart, onClose }: PickerProps) {
  const media = useMemo(() => uniqueMedia(product), [product]);
  const [chosen, setChosen] = useState<Set<string>>(
    () =>
      new Set(
        media
          .filter(
            (m) =>
              (m.kind !== 'video' || settings.includeVideos) &&
              (m.kind !== 'description' || settings.includeDescription),
          )
          .map((m) => m.url),
      ),
  );
  const [sizes, setSizes] = useState<Record<string, number | null> | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
    let live = true;
    void sendToWorker('measureMedia', { urls: media.map((m) => m.url).slice(0, 500) }).then(
      (reply) => {
        if (live && reply.ok) setSizes(reply.value);
      },
    );
    return () => {
      live = false;
    };
  }, [media]);

  const toggle = (urls: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const url of urls) {
      if (on) next.add(url);
      else next.delete(url);
    }
    setChosen(next);
  };
  const known = sizes ? [...chosen].map((u) => sizes[u]) : [];
  const total = known.every((n) => typeof n === 'number')
    ? known.reduce<number>((a, b) => a + (b ?? 0), 0)
    : null;

  return (
    <div
      class="picker"
      role="dialog"
      aria-modal="true"
      aria-label={t('pickerTitle')}
      tabIndex={-1}
      ref={dialog}
      data-testid="alikeep-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2>{t('pickerTitle')}</h2>
        <button type="button" aria-label={t('pickerClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="groups">
        {GROUPS.map(({ kind, title }) => {
          const ofKind = media.filter((m) => m.kind === kind);
          if (ofKind.length === 0) return null;
          const urls = ofKind.map((m) => m.url);
          return (
            <section key={kind} data-testid={`alikeep-group-${kind}`}>
              <h3>
                {t(title)} <span class="count">{ofKind.length}</span>
              </h3>
              <button type="button" class="link" onClick={() => toggle(urls, true)}>
                {t('pickerAll')}
              </button>
              <button type="button" class="link" onClick={() => toggle(urls, false)}>
                {t('pickerNone')}
              </button>
              <ul class="grid">
                {ofKind.map((m, i) => {
                  const thumb = thumbnailUrl(m);
                  const name = m.label ?? `${t(title)} ${i + 1}`;
                  return (
                    <li key={m.url}>
                      <label title={name}>
                        <input
                          type="checkbox"
                          checked={chosen.has(m.url)}
                          data-testid="alikeep-pick"
                          data-kind={kind}
                          onChange={(e) => toggle([m.url], e.currentTarget.checked)}
                        />
                        {thumb ? (
                          <img src={thumb} alt={name} loading="lazy" referrerpolicy="no-referrer" />
                        ) : (
                          <span class="video-tile" aria-label={name}>
                            ▶
                          </span>
                        )}
                        {m.label && <span class="label">{m.label}</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      <footer>
        <span data-testid="alikeep-picker-summary">
          {total === null
            ? t('pickerCount', String(chosen.size))
            : t('pickerCountSize', [String(chosen.size), formatBytes(total)])}
        </span>
        <button
          type="button"
          class="primary"
          disabled={chosen.size === 0}
          data-testid="alikeep-download-start"
          onClick={() => onStart(media.filter((m) => chosen.has(m.url)).map((m) => m.url))}
        >
          {t('pickerStart', String(chosen.size))}
        </button>
      </footer>
    </div>
  );
}
