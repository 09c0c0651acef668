import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { greetingSettingsSchema } from '../../../../shared/contract/greetings.contract';
import { GreetingSettingsSection } from '../../../../renderer/src/features/greetings/GreetingSettingsSection';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('GreetingSettingsSection', () => {
  it('saves festivals, the shop’s own days, the lead, the name and a template for one kind of occasion', async () => {
    const { client, app } = await fakeClient();
    const before = greetingSettingsSchema.parse(await call(app, 'greetings.settings', {}));
    renderWithApp(<GreetingSettingsSection />, client);
    const lantern = await screen.findByRole('checkbox', { name: '元宵节' });
    const wasOn = (lantern as HTMLInputElement).checked;
    await userEvent.click(lantern);
    await userEvent.type(screen.getByRole('textbox', { name: '店里自己的日子' }), '店庆 12-8');
    const lead = screen.getByRole('textbox', { name: '提前几天在“今天”里提醒' });
    // Emptied, the field reads 1 at once (the lowest lead), so the new number is typed over a selection.
    await userEvent.tripleClick(lead);
    await userEvent.keyboard('9');
    await userEvent.type(screen.getByRole('textbox', { name: '店名（问候的落款）' }), '小店');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '自己写的问候，用于' }), 'birthday');
    await userEvent.type(screen.getByRole('textbox', { name: '模板（留空：由熟客起草）' }), '生日快乐');
    await userEvent.click(screen.getByRole('button', { name: '保存问候设置' }));

    expect(await screen.findByText('问候设置已保存。')).toBeTruthy();
    const saved = greetingSettingsSchema.parse(await call(app, 'greetings.settings', {}));
    expect(saved.festivals.includes('lantern')).toBe(!wasOn);
    expect(saved.festivals.length).toBe(before.festivals.length + (wasOn ? -1 : 1));
    expect(saved.own.map((o) => o.name)).toEqual(['店庆']);
    expect(saved).toMatchObject({ leadDays: 9, shopName: '小店', templates: { birthday: '生日快乐' } });
    expect(saved.templates.festival).toBeUndefined();
  });

  it('keeps an unreadable line of the shop’s own days unsaved and says why beside it', async () => {
    const { client, app } = await fakeClient();
    renderWithApp(<GreetingSettingsSection />, client);
    const own = await screen.findByRole('textbox', { name: '店里自己的日子' });
    await userEvent.type(own, '没有日期');
    await userEvent.click(screen.getByRole('button', { name: '保存问候设置' }));
    await waitFor(() => expect(own.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/有一行看不懂/).id).toBe(own.getAttribute('aria-describedby'));
    expect(greetingSettingsSchema.parse(await call(app, 'greetings.settings', {})).own).toEqual([]);
  });
});
