import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { settingsSchema, type Settings } from '../../../../shared/contract';
import { SettingsDialog } from '../../../../renderer/src/features/settings/SettingsDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('SettingsDialog', () => {
  it('saves care pacing, and in browser mode names no backups folder (it is set when browser mode starts)', async () => {
    const { client, app } = await fakeClient();
    const onSaved = vi.fn<(s: Settings) => void>();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    const cooldown = await screen.findByLabelText('几天内再次联系时先提醒');
    await userEvent.clear(cooldown);
    await userEvent.type(cooldown, '5');
    const vip = screen.getByLabelText('VIP：消费排在前百分之几');
    await userEvent.clear(vip);
    await userEvent.type(vip, '10');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(await call(app, 'settings.get', {})).toMatchObject({ contactCooldownDays: 5, vipTopPercent: 10 });

    expect(screen.queryByRole('textbox', { name: '备份文件夹' })).toBeNull();
    expect(screen.queryByRole('button', { name: '选择文件夹……' })).toBeNull();
    expect(screen.getByText(/npm run web -- --backups/)).toBeTruthy();
  });

  it('offers every export in browser mode, in the page’s language, and says they are plain files', async () => {
    const { client } = await fakeClient();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={() => undefined} />, client);
    const xlsx = await screen.findByRole('link', { name: '客户（Excel / WPS 表格 .xlsx）' });
    // The page carries its key as a cookie, so the link needs no token.
    expect(xlsx.getAttribute('href')).toBe('/download/export?format=xlsx&lang=zh-CN');
    expect(screen.getByRole('link', { name: '购买记录（Excel / WPS 表格 .xlsx）' }).getAttribute('href')).toContain(
      'format=purchases-xlsx',
    );
    expect(screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/download/export'))).toHaveLength(8);
    expect(screen.getByText(/导出的文件没有加密/)).toBeTruthy();
  });

  it('shows each number’s limits and unit before saving, as the book checks them, and says a refusal beside the field', async () => {
    const { client, app } = await fakeClient();
    const onSaved = vi.fn();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={onSaved} />, client);
    const vip = await screen.findByLabelText('VIP：消费排在前百分之几');
    expect([vip.getAttribute('min'), vip.getAttribute('max')]).toEqual(['1', '50']);
    const described = () => (vip.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described()).toEqual(['1%–50%']);
    const lost = screen.getByLabelText('已流失：几天没来');
    expect([lost.getAttribute('min'), lost.getAttribute('max')]).toEqual(['60', '1095']);
    expect(document.getElementById(lost.getAttribute('aria-describedby') ?? '')?.textContent).toBe('60–1095 天');

    await userEvent.clear(vip);
    await userEvent.type(vip, '150');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(vip.getAttribute('aria-invalid')).toBe('true'));
    expect(described()).toEqual(['1%–50%', '不能大于 50']);
    expect(screen.getByRole('status').textContent).not.toMatch(/Too big|expected|[A-Za-z]{3,}/);
    expect(onSaved).not.toHaveBeenCalled();
    expect(await call(app, 'settings.get', {})).toMatchObject({ vipTopPercent: 20 });
  });

  it('groups the settings under headings, each number with its unit beside it', async () => {
    const { client } = await fakeClient();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={() => undefined} />, client, 'zh-TW');
    const book = await screen.findByRole('group', { name: '客戶簿' });
    expect(within(book).getByLabelText('貨幣')).toBeTruthy();
    const care = screen.getByRole('group', { name: '關懷的節奏' });
    const value = screen.getByRole('group', { name: '客戶分級' });
    expect(within(care).getAllByRole('spinbutton')).toHaveLength(3);
    expect(within(value).getAllByRole('spinbutton')).toHaveLength(6);
    const unitBeside = (input: HTMLElement) => input.closest('.with-unit')?.querySelector('.unit')?.textContent;
    expect(within(care).getAllByRole('spinbutton').map(unitBeside)).toEqual(['天', '天', '天']);
    expect(within(value).getAllByRole('spinbutton').map(unitBeside)).toEqual(['%', '天', '天', '天', '天', '次']);
  });

  it('offers the exports as buttons to press, not as tags', async () => {
    const { client } = await fakeClient();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={() => undefined} />, client, 'en');
    const links = (await screen.findAllByRole('link')).filter((a) => a.getAttribute('href')?.startsWith('/download/export'));
    expect(links).toHaveLength(8);
    for (const link of links) {
      expect(link.className).toContain('button');
      expect(link.className).not.toContain('chip');
    }
  });

  it('lets no number field go past what the book accepts', async () => {
    const { client } = await fakeClient();
    renderWithApp(<SettingsDialog open onOpenChange={() => undefined} onSaved={() => undefined} />, client);
    await screen.findByLabelText('VIP：消费排在前百分之几');
    const numbers = screen.getAllByRole('spinbutton');
    const shape = settingsSchema.shape;
    const caps = Object.values(shape).flatMap((field) => ('maxValue' in field ? [[String(field.minValue), String(field.maxValue)]] : []));
    expect(numbers.map((input) => [input.getAttribute('min'), input.getAttribute('max')]).sort()).toEqual(caps.sort());
  });
});
