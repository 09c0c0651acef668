import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportCsvDialog } from '../../../../renderer/src/features/import/ImportCsvDialog';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('ImportCsvDialog', () => {
  it('shows how far a running import is, then what was imported', async () => {
    let finish: (value: unknown) => void = () => undefined;
    let asked = 0;
    const { client } = await fakeClient({
      'import.csv': () => new Promise((resolve) => (finish = resolve)),
      'import.progress': () => {
        asked += 1;
        return Promise.resolve({ ok: true, value: { running: true, done: 5000, total: 12000 } });
      },
    });
    const onImported = vi.fn();
    renderWithApp(<ImportCsvDialog open onOpenChange={() => undefined} onImported={onImported} />, client);
    const file = new File(['姓名,手机\n张三,13800138000\n'], 'customers.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV 文件'), file);
    await userEvent.click(await screen.findByRole('button', { name: /导入 1/ }));
    const status = await screen.findByText(/已写入 5,000 \/ 12,000 位客户/);
    expect(status.querySelector('progress')?.getAttribute('value')).toBe('5000');
    finish({ ok: true, value: { customers: 12000 } });
    await waitFor(() => expect(onImported).toHaveBeenCalledOnce());
    expect(screen.queryByText(/已写入/)).toBeNull();
    expect(asked).toBeGreaterThan(0);
  });

  it('lists each row’s problems in the user’s language and will not import until they are fixed', async () => {
    const { client } = await fakeClient();
    renderWithApp(<ImportCsvDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client);
    const file = new File(['姓名,手机,生日\n张三,无,1985/3/12\n,,\n李四,13800138000,下个月\n'], 'customers.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV 文件'), file);
    const problems = await screen.findByRole('region', { name: '导入前需要改正的问题' });
    expect(problems.textContent).toContain('第 2 行：电话“无”里没有数字');
    expect(problems.textContent).toContain('第 4 行：生日“下个月”不是熟客能读懂的日期');
    expect(screen.getByRole('button', { name: /导入 2/ })).toHaveProperty('disabled', true);
  });
});
