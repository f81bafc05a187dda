/** The in-page panel: AliKeep's presence on an item page, with its own small menu. */
import { useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../settings/defaults';
import type { ItemUrl } from '../extract/item-url';
import { t } from '../shared/i18n';

export interface PanelProps {
  item: ItemUrl;
  settings: Settings;
  update: (patch: SettingsPatch) => void;
}

export function Panel({ item, settings, update }: PanelProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const choose = (patch: SettingsPatch) => {
    setMenuOpen(false);
    update(patch);
  };
  return (
    <div class="panel" role="region" aria-label={t('panelLabel')} data-theme={settings.theme}>
      <span class="brand">AliKeep</span>
      <span class="item" data-testid="alikeep-item-id">
        {t('panelItem', item.id)}
      </span>
      <button
        type="button"
        aria-label={t('panelMenu')}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        data-testid="alikeep-menu"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        ⋯
      </button>
      {menuOpen && (
        <div class="menu" role="menu">
          <button
            type="button"
            role="menuitem"
            data-testid="alikeep-move"
            onClick={() =>
              choose({
                buttonPlacement: settings.buttonPlacement === 'gallery' ? 'corner' : 'gallery',
              })
            }
          >
            {settings.buttonPlacement === 'gallery' ? t('panelMoveToCorner') : t('panelMoveToGallery')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="alikeep-hide"
            onClick={() => choose({ pageButton: false })}
          >
            {t('panelHide')}
          </button>
        </div>
      )}
    </div>
  );
}
