import { existsSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// The browser journeys drive the Debian Chromium; without it they are left out, and said so once.
const hasChromium = existsSync('/usr/bin/chromium');
if (!hasChromium) console.log('Skipping the browser journeys (tests/browser): /usr/bin/chromium is not installed.');

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(hasChromium ? [] : ['tests/browser/**'])],
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Servers are started per file; two cores are enough for a couple of files at once.
    maxWorkers: 2,
  },
});
