import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserMode, type RunningShuke } from './browser-mode';

let shuke: RunningShuke;

test.beforeAll(() => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-e2e-insights-'));
  // A demo book whose "now" is today, so its last year of visits is this year.
  const today = new Date().toISOString().slice(0, 10);
  execFileSync(process.execPath, ['dist/cli/demo-data.cjs', '--data', dataDir, '--customers', '600', '--seed', '7', '--now', today], {
    stdio: 'ignore',
  });
  return startBrowserMode({ dataDir, lang: 'zh-CN' }).then((running) => {
    shuke = running;
  });
});
test.afterAll(() => shuke.stop());

test('the insights page shows the 20/80 curve, tiers, visits, who is slipping away, each with its numbers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.goto(shuke.url);
  await page.getByRole('link', { name: '洞察' }).click();
  await expect(page.getByRole('heading', { name: '经营洞察' })).toBeVisible();
  const pareto = page.getByRole('region', { name: '二八曲线' });
  await expect(pareto).toContainText(/前 20% 的客户带来了 \d+% 的营业额/);
  await expect(pareto.locator('.recharts-surface')).toBeVisible();
  const tiers = page.getByRole('region', { name: '各等级客户数的变化' });
  await expect(tiers.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await tiers.getByText('具体数字').click();
  await expect(tiers.getByRole('columnheader', { name: 'VIP' })).toBeVisible();
  const drifting = page.getByRole('region', { name: '正在流失的客户' });
  await expect(drifting.getByRole('row')).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/insights.png', fullPage: true });
  // A drifting customer opens with their tier and stage on the recall card.
  await drifting.getByRole('link').first().click();
  await expect(page.getByLabel('价值')).toContainText('流失风险');
  await page.screenshot({ path: 'test-results/screenshots/recall-value.png' });
});

test('the customer list scrolls the whole book and narrows to a tier, saved as a segment', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(shuke.url);
  const table = page.getByRole('table', { name: '客户' });
  await expect(table.getByRole('link').first()).toBeVisible();
  await expect(page.getByText('600 位客户')).toBeVisible();
  // Only the rows in view exist; scrolling to the end loads the last page.
  expect(await table.getByRole('row').count()).toBeLessThan(80);
  await page.locator('.customer-rows-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.locator('[aria-rowindex="601"]').getByRole('link')).toBeVisible();
  await page.getByLabel('等级').selectOption('流失风险');
  await page.getByLabel('排序').selectOption('消费');
  await expect(table.getByRole('row').nth(1)).toContainText('流失风险');
  await page.getByRole('button', { name: '存为分组…' }).click();
  await page.getByLabel('分组名称').fill('要打电话的');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('button', { name: '要打电话的', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/customer-list-at-risk.png' });
});
