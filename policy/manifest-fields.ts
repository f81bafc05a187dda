/**
 * The parts of the built extension manifest that the disclosure manifest owns.
 * manifest.config.ts imports these; nothing here is listed anywhere else.
 */
export const itemPageMatches = [
  '*://*.aliexpress.com/item/*',
  '*://*.aliexpress.com/i/*',
  '*://*.aliexpress.us/item/*',
  '*://*.aliexpress.us/i/*',
  '*://*.aliexpress.ru/item/*',
  '*://*.alibaba.com/product-detail/*',
];

export const manifestFields = {
  permissions: ['storage', 'scripting'],
  optional_permissions: [] as string[],
  host_permissions: itemPageMatches,
  itemPageMatches,
  geckoDataCollection: { required: ['none'] as string[], optional: [] as string[] },
};
