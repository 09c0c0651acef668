import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { Pouch, replicate } from '../../../../electron/domains/sync/pouch';
import { memoryReplica } from '../../../helpers/couch-hub';

let closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing) await close();
  closing = [];
});

/** A hub that takes the connection and never answers (a hub gone quiet mid-round). */
async function silentHub(): Promise<string> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/shop`;
}

describe('replicating with the hub', () => {
  it('ends at once when stopped (a lock or a restore) though the hub has not answered', async () => {
    const replica = memoryReplica<StoredDocument>('quiet-hub');
    const hub = new Pouch<StoredDocument>(await silentHub());
    closing.push(() => replica.close());
    const stop = new AbortController();
    const started = Date.now();
    const replication = replicate(replica, hub, stop.signal);
    setTimeout(() => stop.abort(), 100);
    await expect(replication).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
