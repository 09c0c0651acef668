import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answeringWorker, bundleWorker, brokenWorker } from '../../../helpers/bundle-worker';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureValues } from '../../../../electron/domains/value/value.service';
import { retryBackoffMs, runBookCheck, runValuesPass } from '../../../../electron/domains/value/values-pass';
import { checkCardsAside } from '../../../../electron/domains/cards/card-check.service';
import { lastBackgroundFailure } from '../../../../electron/domains/settings/background-failure';
import { useBackgroundWorkers } from '../../../../electron/workers/background-workers';
import type { Today } from '../../../../shared/contract';
import { call } from '../../../helpers/create-test-db';
import { buy, shopToday, smallShop } from '../../../helpers/small-shop';

let workerFile: string;
let dir: string;

beforeAll(async () => {
  workerFile = await bundleWorker('values-worker');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-values-'));
});
afterEach(() => useBackgroundWorkers({}));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const valuesOf = (shop: Awaited<ReturnType<typeof smallShop>>) =>
  shop.app.sqlite.prepare('SELECT customer_id, tier, stage, relationship FROM customer_value ORDER BY customer_id').all();

describe('the whole-book value pass', () => {
  it('runs in the values worker while this thread goes on, with the same answers as on this thread', async () => {
    const shop = await smallShop(path.join(dir, 'worker.sqlite'));
    useBackgroundWorkers({ values: workerFile });
    const here = vi.fn(() => Promise.resolve());
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    await runValuesPass(shop.app.ctx.db, shopToday, here);
    clearInterval(ticker);
    expect(here).not.toHaveBeenCalled();
    expect(turns).toBeGreaterThan(0);
    expect(shop.app.sqlite.prepare("SELECT value FROM settings WHERE key = 'value.computedOn'").get()).toEqual({ value: shopToday });
    const fromWorker = valuesOf(shop);
    expect(fromWorker).toHaveLength(14);

    useBackgroundWorkers({});
    shop.app.sqlite.prepare('DELETE FROM customer_value').run();
    shop.app.sqlite.prepare("DELETE FROM settings WHERE key = 'value.computedOn'").run();
    expect(await ensureValues(shop.app.ctx.db, shopToday)).toBe(true);
    expect(valuesOf(shop)).toEqual(fromWorker);
    await shop.app.close();
  });

  it('never leaves values older than a save made while the worker was computing', async () => {
    const shop = await smallShop(path.join(dir, 'racing.sqlite'));
    useBackgroundWorkers({ values: workerFile });
    const pass = ensureValues(shop.app.ctx.db, shopToday);
    // The one who never came buys a lot, several times, while the pass runs.
    for (let i = 0; i < 5; i += 1) await buy(shop.app, shop.never, 3 + i, 2000);
    await pass;
    const afterRace = valuesOf(shop);
    useBackgroundWorkers({});
    shop.app.sqlite.prepare("DELETE FROM settings WHERE key = 'value.computedOn'").run();
    await ensureValues(shop.app.ctx.db, shopToday);
    expect(afterRace).toEqual(valuesOf(shop));
    await shop.app.close();
  });

  it('runs once for callers asking at the same time, and never here when the worker cannot start', async () => {
    const shop = await smallShop(path.join(dir, 'fallback.sqlite'));
    const broken = brokenWorker('broken-values-worker');
    useBackgroundWorkers({ values: broken });
    const pass = vi.fn(() => Promise.resolve());
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await Promise.all([runValuesPass(shop.app.ctx.db, shopToday, pass), runValuesPass(shop.app.ctx.db, shopToday, pass)]);
    expect(pass).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledOnce();
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/^\[shuke\] background work failed \(values\)/);
    vi.restoreAllMocks();
    await shop.app.close();
  });

  it('after the worker gives up (the book stayed busy), backs off and tries the worker again later, never here', async () => {
    const shop = await smallShop(path.join(dir, 'busy.sqlite'));
    // A worker that answers as the values worker does after its three busy retries.
    useBackgroundWorkers({ values: answeringWorker('busy-values-worker', { ok: false, message: 'database is locked' }) });
    const here = vi.fn(() => Promise.resolve());
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runValuesPass(shop.app.ctx.db, shopToday, here);
    expect(here).not.toHaveBeenCalled();
    const today = await call<Today>(shop.app, 'today', {});
    expect(today.backgroundFailure).toMatchObject({ what: 'values', reason: expect.stringMatching(/database is locked/) as string });
    // Within the backoff nothing runs, in the worker or here; the values stay as they were.
    await ensureValues(shop.app.ctx.db, shopToday);
    expect(errors).toHaveBeenCalledOnce();
    expect(here).not.toHaveBeenCalled();
    // Once the backoff has passed the worker is tried again; when it succeeds, Today's line goes away.
    const later = Date.now() + retryBackoffMs[0] + 1000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    useBackgroundWorkers({ values: workerFile });
    await runValuesPass(shop.app.ctx.db, shopToday, here);
    expect(here).not.toHaveBeenCalled();
    expect(shop.app.sqlite.prepare("SELECT value FROM settings WHERE key = 'value.computedOn'").get()).toEqual({ value: shopToday });
    expect((await call<Today>(shop.app, 'today', {})).backgroundFailure).toBeNull();
    vi.restoreAllMocks();
    await shop.app.close();
  });

  it('runs on this thread for a book in memory (no worker can open it), and leaves a transaction on a file for later', async () => {
    const shop = await smallShop();
    useBackgroundWorkers({ values: workerFile });
    const pass = vi.fn(() => Promise.resolve());
    await runValuesPass(shop.app.ctx.db, shopToday, pass);
    await shop.app.ctx.db.transaction().execute((trx) => runValuesPass(trx, '2026-11-25', pass));
    expect(pass).toHaveBeenCalledTimes(2);
    await shop.app.close();
    const inFile = await smallShop(path.join(dir, 'in-transaction.sqlite'));
    await inFile.app.ctx.db.transaction().execute((trx) => runValuesPass(trx, shopToday, pass));
    expect(pass).toHaveBeenCalledTimes(2);
    await inFile.app.close();
  });
});

describe("a book's check beside the counter", () => {
  const forge = (shop: Awaited<ReturnType<typeof smallShop>>, customerId: string) =>
    shop.app.sqlite
      .prepare(
        "INSERT INTO card_movements (id, movement_id, customer_id, purse, kind, delta, balance_after, at) VALUES ('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x', ?, 'points', 'earn', 5, 99, '2026-11-24T10:00:00.000Z')",
      )
      .run(customerId);

  it('sums the member cards in the values worker, not here, and records a card that does not add up for Today', async () => {
    const shop = await smallShop(path.join(dir, 'check.sqlite'));
    const holder = shop.ids[0] ?? '';
    await call(shop.app, 'cards.move', { customerId: holder, request: { kind: 'earn', points: 10 } });
    forge(shop, holder);
    useBackgroundWorkers({ values: workerFile });
    const here = vi.fn(() => Promise.resolve());
    const onError = vi.fn();
    await runBookCheck(shop.app.ctx.db, here, onError);
    expect(here).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(await lastBackgroundFailure(shop.app.ctx.db)).toMatchObject({ what: 'cards', reason: '1: 顾客1: points 99 ≠ 15' });
    // The day's work in the worker checks the cards too: put right, the report goes.
    shop.app.sqlite.prepare("DELETE FROM card_movements WHERE id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'").run();
    await runValuesPass(shop.app.ctx.db, shopToday, here);
    expect(await lastBackgroundFailure(shop.app.ctx.db)).toBeNull();
    await shop.app.close();
  });

  it('runs the check here where there is no worker, and says a failure instead of throwing it', async () => {
    const shop = await smallShop();
    const onError = vi.fn();
    await checkCardsAside(shop.app.ctx.db, onError);
    expect(onError).not.toHaveBeenCalled();
    await runBookCheck(shop.app.ctx.db, () => Promise.reject(new Error('the ledger could not be read')), onError);
    expect(onError).toHaveBeenCalledWith(new Error('the ledger could not be read'));
    await shop.app.close();
  });
});
