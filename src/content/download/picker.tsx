/**
 * The media picker: thumbnails grouped by kind, each group with its count and select all / none,
 * everything chosen at first (videos and description images as the settings say), and the total
 * size once the worker has measured the files. Description images come from a separate document,
 * read when the picker opens (use-description.ts); they join the choice when they arrive
 * (picker-choice.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Media, MediaKind, Product } from '../../extract/model';
import type { Settings } from '../../settings/defaults';
import { formatBytes } from '../../shared/format-bytes';
import { t, type MessageKey } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import { trapTab } from './focus-trap';
import { firstChoice, toggled, withArrivals } from './picker-choice';
import { thumbnailUrl } from './thumbnail';
import { useDescription, type DescriptionState } from './use-description';

const GROUPS: { kind: MediaKind; title: MessageKey }[] = [
  { kind: 'gallery', title: 'pickerGallery' },
  { kind: 'variant', title: 'pickerVariants' },
  { kind: 'description', title: 'pickerDescription' },
  { kind: 'video', title: 'pickerVideos' },
];

/** Each group's select all / none; the accessible name says which group (the text alone does not). */
const SELECT_BUTTONS: { on: boolean; text: MessageKey; name: MessageKey }[] = [
  { on: true, text: 'pickerAll', name: 'pickerAllIn' },
  { on: false, text: 'pickerNone', name: 'pickerNoneIn' },
];

export interface PickerProps {
  product: Product;
  settings: Settings;
  /** The product as the picker shows it (with its description images) and the chosen URLs. */
  onStart: (product: Product, urls: string[]) => void;
  onClose: () => void;
}

function uniqueMedia(product: Product): Media[] {
  const seen = new Set<string>();
  return product.media.filter((m) => !seen.has(m.url) && seen.add(m.url));
}

const offeredAtFirst = (settings: Settings) => (m: Media) =>
  (m.kind !== 'video' || settings.includeVideos) &&
  (m.kind !== 'description' || settings.includeDescription);

export function Picker({ product: read, settings, onStart, onClose }: PickerProps) {
  const { product, description } = useDescription(read, settings.includeDescription);
  const media = useMemo(() => uniqueMedia(product), [product]);
  const [choice, setChoice] = useState(() => firstChoice(media, offeredAtFirst(settings)));
  const chosen = choice.chosen;
  const [sizes, setSizes] = useState<Record<string, number | null> | null>(null);
  const measured = useRef(new Set<string>());
  const dialog = useRef<HTMLDivElement>(null);

  /** False once the picker is closed: late answers are dropped. */
  const open = useRef(true);
  useEffect(() => {
    dialog.current?.focus();
    return () => {
      open.current = false;
    };
  }, []);

  // The description images arrive after the rest: chosen as the settings say, unless the shopper
  // has changed that group's choice meanwhile (picker-choice.ts).
  useEffect(() => {
    setChoice((now) => withArrivals(now, media, offeredAtFirst(settings)));
  }, [media]);

  // Sizes of what has not been measured yet (the description images come later than the rest).
  useEffect(() => {
    const urls = media.map((m) => m.url).filter((u) => !measured.current.has(u));
    if (urls.length === 0) return;
    for (const u of urls) measured.current.add(u);
    void sendToWorker('measureMedia', { urls: urls.slice(0, 500) }).then((reply) => {
      if (open.current && reply.ok) setSizes((now) => ({ ...now, ...reply.value }));
    });
  }, [media]);

  const toggle = (urls: string[], on: boolean) => setChoice((now) => toggled(now, media, urls, on));
  const known = sizes ? [...chosen].map((u) => sizes[u]) : [null];
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
        if (e.key === 'Escape') {
          // The picker is modal: Esc closes it alone, not the panel's other surfaces too.
          e.stopPropagation();
          onClose();
        } else if (dialog.current) trapTab(e, dialog.current);
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
          const note = kind === 'description' ? descriptionNote(description) : null;
          if (ofKind.length === 0 && !note) return null;
          const urls = ofKind.map((m) => m.url);
          return (
            <section
              key={kind}
              data-testid={`alikeep-group-${kind}`}
              {...(kind === 'description' ? { 'data-state': description.state } : {})}
              aria-busy={kind === 'description' && description.state === 'loading'}
            >
              <h3>
                {t(title)} {ofKind.length > 0 && <span class="count">{ofKind.length}</span>}
              </h3>
              {note && (
                <p class="note" role="status" data-testid="alikeep-description-note">
                  {note}
                </p>
              )}
              {urls.length > 0 &&
                SELECT_BUTTONS.map(({ on, text, name }) => (
                  <button
                    type="button"
                    class="link"
                    key={text}
                    aria-label={t(name, t(title))}
                    onClick={() => toggle(urls, on)}
                  >
                    {t(text)}
                  </button>
                ))}
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
          onClick={() =>
            onStart(
              product,
              media.filter((m) => chosen.has(m.url)).map((m) => m.url),
            )
          }
        >
          {t('pickerStart', String(chosen.size))}
        </button>
      </footer>
    </div>
  );
}

/** What the Description group says instead of (or before) its images, if anything. */
function descriptionNote(description: DescriptionState): string | null {
  if (description.state === 'loading') return t('pickerDescriptionLoading');
  if (description.state === 'failed') return description.note;
  if (description.state === 'ready' && description.images.length === 0) {
    return t('pickerDescriptionEmpty');
  }
  return null;
}
