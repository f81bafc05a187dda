/** One control per setting, shared by the options page and the popup. */
import { placements, themes, type Settings, type SettingsPatch } from '../settings/defaults';
import { t, type MessageKey } from '../shared/i18n';

const placementLabels: Record<Settings['buttonPlacement'], MessageKey> = {
  gallery: 'settingPlacementGallery',
  corner: 'settingPlacementCorner',
};
const themeLabels: Record<Settings['theme'], MessageKey> = {
  auto: 'settingThemeAuto',
  light: 'settingThemeLight',
  dark: 'settingThemeDark',
};

interface FieldProps {
  values: Settings;
  update: (patch: SettingsPatch) => void;
}

export function PageButtonField({ values, update }: FieldProps) {
  return (
    <label class="field">
      <span>{t('settingPageButton')}</span>
      <input
        type="checkbox"
        data-testid="setting-pageButton"
        checked={values.pageButton}
        onChange={(e) => update({ pageButton: e.currentTarget.checked })}
      />
    </label>
  );
}

export function PlacementField({ values, update }: FieldProps) {
  return (
    <label class="field">
      <span>{t('settingPlacement')}</span>
      <select
        data-testid="setting-buttonPlacement"
        value={values.buttonPlacement}
        onChange={(e) =>
          update({ buttonPlacement: e.currentTarget.value as Settings['buttonPlacement'] })
        }
      >
        {placements.map((p) => (
          <option key={p} value={p}>
            {t(placementLabels[p])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeField({ values, update }: FieldProps) {
  return (
    <label class="field">
      <span>{t('settingTheme')}</span>
      <select
        data-testid="setting-theme"
        value={values.theme}
        onChange={(e) => update({ theme: e.currentTarget.value as Settings['theme'] })}
      >
        {themes.map((theme) => (
          <option key={theme} value={theme}>
            {t(themeLabels[theme])}
          </option>
        ))}
      </select>
    </label>
  );
}
