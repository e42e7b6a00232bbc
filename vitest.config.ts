import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in e2e/ and must never be collected here.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'eval/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: the suite must stay green on a busy machine (library and hostile-input
    // cases ran past the 5 s default at load average 20). Speed budgets live in npm run bench.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // English messages as the i18n fallback for every test (no chrome.i18n in Node).
    setupFiles: ['src/test/i18n-setup.ts'],
  },
});
