/** The values the settings with a fixed set of choices accept (no schema code: see defaults.ts). */
export const themes = ['auto', 'light', 'dark'] as const;
export const placements = ['gallery', 'corner'] as const;
export const downloadFormats = ['original', 'jpeg', 'png'] as const;
