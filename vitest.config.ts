import { defineConfig } from 'vitest/config';

// Vitest's reporter groups failures with Map.groupBy, which Node 20 lacks; without this a failing
// test is counted but its error is never printed.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const list = groups.get(k);
        if (list) list.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'policy/**/*.test.ts',
      'scripts/**/*.test.ts',
      'e2e/store/**/*.test.ts',
    ],
    environment: 'node',
  },
});
