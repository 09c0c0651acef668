import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../../renderer/src/features/import/ImportDialog';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

const picker = '文件（Excel .xlsx、CSV、手机通讯录 .vcf）';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Catches what the dialog hands over as a download. */
function catchDownloads(): Blob[] {
  const saved: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return saved;
}

describe('ImportDialog', () => {
  it('names every format it takes and can be closed with a button', async () => {
    const { client } = await fakeClient();
    const onOpenChange = vi.fn();
    renderWithApp(<ImportDialog open onOpenChange={onOpenChange} onImported={() => undefined} />, client);
    expect(screen.getByLabelText(picker).getAttribute('accept')).toMatch(/\.xlsx.*\.csv.*\.vcf/);
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('words a birthday read from the file in the page’s language, whatever language the book speaks', async () => {
    // The fake book speaks 简体中文; the page is in 繁體中文, then English.
    const csv = '姓名,生日\n張三,农历八月十五\n李四,1985/3/12\n';
    for (const [locale, lunar, picked] of [
      ['zh-TW', '農曆八月十五', '檔案（Excel .xlsx、CSV、手機通訊錄 .vcf）'],
      ['en', 'lunar month 8, day 15', 'File (Excel .xlsx, CSV, phone contacts .vcf)'],
    ] as const) {
      const { client } = await fakeClient();
      const view = renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client, locale);
      await userEvent.upload(screen.getByLabelText(picked), new File([csv], 'customers.csv', { type: 'text/csv' }));
      const sample = await screen.findByRole('table');
      await waitFor(() => expect(sample.textContent).toContain(lunar));
      expect(sample.textContent).not.toContain('农历');
      expect(sample.textContent).toContain('1985-03-12');
      view.unmount();
    }
  });

  it('shows how far a running import is, then what was imported', async () => {
    let finish: (value: unknown) => void = () => undefined;
    let asked = 0;
    const { client } = await fakeClient({
      'import.run': () => new Promise((resolve) => (finish = resolve)),
      'import.progress': () => {
        asked += 1;
        return Promise.resolve({ ok: true, value: { running: true, done: 5000, total: 12000 } });
      },
    });
    const onImported = vi.fn();
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={onImported} />, client);
    const file = new File(['姓名,手机\n张三,13800138000\n'], 'customers.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText(picker), file);
    await userEvent.click(await screen.findByRole('button', { name: /导入 1/ }));
    const status = await screen.findByText(/已写入 5,000 \/ 12,000 位客户/);
    expect(status.querySelector('progress')?.getAttribute('value')).toBe('5000');
    finish({ ok: true, value: { added: 12000, merged: 0, skipped: 0, left: { headers: [], rows: [] } } });
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(true));
    expect(screen.queryByText(/已写入/)).toBeNull();
    expect(asked).toBeGreaterThan(0);
  });

  it('lists each row’s problems, and on request imports the good rows and hands the others over as a file to fix', async () => {
    const saved = catchDownloads();
    const { client, app } = await fakeClient();
    const onImported = vi.fn();
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={onImported} />, client);
    const file = new File(['姓名,手机,生日\n张三,无,1985/3/12\n,,\n李四,13800138000,下个月\n王五,13900001111,\n'], 'customers.csv', {
      type: 'text/csv',
    });
    await userEvent.upload(screen.getByLabelText(picker), file);
    const problems = await screen.findByRole('region', { name: '导入前需要改正的问题' });
    expect(problems.textContent).toContain('第 2 行：电话“无”里没有数字');
    expect(problems.textContent).toContain('第 4 行：生日“下个月”不是熟客能读懂的日期');
    expect(screen.getByRole('button', { name: /^导入 3/ })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: '只导入没有问题的 1 行，有问题的 2 行另存待改' }));
    await screen.findByRole('region', { name: '没有导入的行' });
    expect(onImported).toHaveBeenCalledWith(false);
    const { items } = await call<{ items: { name: string }[] }>(app, 'customers.list', {});
    expect(items.map((c) => c.name)).toEqual(['王五']);

    await userEvent.click(screen.getByRole('button', { name: '保存这 2 行待改（CSV）' }));
    expect(saved).toHaveLength(1);
    const text = await saved[0]?.text();
    expect(text?.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '姓名,手机,生日,问题',
      '张三,无,1985/3/12,电话“无”里没有数字',
      '李四,13800138000,下个月,生日“下个月”不是熟客能读懂的日期',
      '',
    ]);
  });

  it('stops people already in the book at the door: each matching row says who, and can be merged, skipped or added', async () => {
    const { client, app } = await fakeClient();
    await call(app, 'customers.create', { name: '王梓萱', phones: [{ number: '13800138000' }] });
    await call(app, 'customers.create', { name: '李娜', email: 'lina@example.com' });
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client);
    const csv = '姓名,手机,邮箱,喜好\n王梓萱,138 0013 8000,,真丝\n李娜,,LiNa@example.com,\n陈美玲,13700001111,,\n';
    await userEvent.upload(screen.getByLabelText(picker), new File([csv], 'customers.csv', { type: 'text/csv' }));
    const matches = await screen.findByRole('region', { name: '已在熟客里的人' });
    expect(matches.textContent).toContain('有 2 行是熟客里已有的客户');
    expect(matches.textContent).toContain('第 2 行 王梓萱 — 电话相同：王梓萱');
    expect(matches.textContent).toContain('第 3 行 李娜 — 邮箱相同：李娜');
    expect(within(matches).getByRole('combobox', { name: '这些行都' })).toHaveProperty('value', 'merge');
    await userEvent.selectOptions(within(matches).getByRole('combobox', { name: '第 3 行' }), 'skip');
    await userEvent.click(screen.getByRole('button', { name: /^导入 3/ }));
    expect(await screen.findByText('已导入：新增 1 位，合并到已有客户 1 位，跳过 1 位。')).toBeTruthy();

    const { items } = await call<{ items: { id: string; name: string }[] }>(app, 'customers.list', {});
    expect(items.map((c) => c.name).sort()).toEqual(['李娜', '王梓萱', '陈美玲']);
    const wang = items.find((c) => c.name === '王梓萱')?.id ?? '';
    const recall = await call<{ likes: { value: string }[] }>(app, 'recall', { customerId: wang });
    expect(recall.likes.map((l) => l.value)).toEqual(['真丝']);
  });

  it('shows a phone’s contacts by name and phone before importing them', async () => {
    const { client } = await fakeClient();
    renderWithApp(<ImportDialog open onOpenChange={() => undefined} onImported={() => undefined} />, client);
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈美玲\r\nTEL;TYPE=CELL:0912-345-678\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Smith\r\nTEL:+44 7700 900123\r\nEND:VCARD\r\n';
    await userEvent.upload(screen.getByLabelText(picker), new File([vcf], 'contacts.vcf', { type: 'text/vcard' }));
    expect(await screen.findByText('在通讯录文件中找到 2 位联系人：')).toBeTruthy();
    const sample = screen.getByRole('table', { name: '前几行' });
    expect(sample.textContent).toContain('陈美玲');
    expect(sample.textContent).toContain('0912-345-678');
    expect(sample.textContent).toContain('Anna Smith');
    expect(screen.queryByRole('combobox', { name: /内容/ })).toBeNull();
  });
});
