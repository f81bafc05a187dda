import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'policy/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/store/**/*.test.ts'],
    environment: 'node',
  },
});
