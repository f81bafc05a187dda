import { useEffect } from 'preact/hooks';
import type { Settings } from '../settings/defaults';

/** Applies the chosen colour scheme to an extension page. */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}
