import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportDialog } from '../../../../renderer/src/features/import/ImportDialog';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const picker = '文件（Excel .xlsx、CSV、手机通讯录 .vcf）';

describe('ImportDialog with member card columns', () => {
  it('shows each row’s card before importing, says a refused balance in words, and counts the cards opened', async () => {
    const { client } = await fakeClient();
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client);
    const csv = '姓名,卡号,余额,赠送余额,积分,次卡,剩余次数\n王丽华,A001,"¥1,230.50",30,120,洗车,5\n李四,A002,-50,,,,\n';
    await userEvent.upload(screen.getByLabelText(picker), new File([csv], 'members.csv', { type: 'text/csv' }));
    const sample = await screen.findByRole('table', { name: '前几行' });
    expect(within(sample).getByRole('columnheader', { name: '会员卡' })).toBeTruthy();
    expect(sample.textContent).toContain('卡号 A001，积分 120，余额 ¥1,260.50（含赠送 ¥30.00），洗车 5 次');
    const problems = await screen.findByRole('region', { name: '导入前需要改正的问题' });
    expect(problems.textContent).toContain('“-50”小于零：卡上的余额不能是负数');
    expect(screen.getByRole('combobox', { name: '内容: 余额' })).toHaveProperty('value', 'cardPrincipal');
    await userEvent.click(screen.getByRole('button', { name: '只导入没有问题的 1 行，有问题的 1 行另存待改' }));
    // Said in the left-out rows' summary and in the status line.
    expect((await screen.findAllByText(/开了 1 张会员卡，卡上的余额记为期初余额。/)).length).toBeGreaterThan(0);
  });

  it('shows no card column for a plain customer list', async () => {
    const { client } = await fakeClient();
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client);
    await userEvent.upload(screen.getByLabelText(picker), new File(['姓名,手机\n王丽华,13800138000\n'], 'c.csv', { type: 'text/csv' }));
    const sample = await screen.findByRole('table', { name: '前几行' });
    expect(within(sample).queryByRole('columnheader', { name: '会员卡' })).toBeNull();
  });
});
