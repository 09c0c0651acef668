import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/find-chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: chromiumLaunchOptions(),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
});
