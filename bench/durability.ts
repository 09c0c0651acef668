// npm run bench -- durability [--cycles N] [--max-kill-ms MS]: pass/fail, not figures. Starts browser
// mode on a fresh book in a temporary folder, writes through the HTTP API (new customers and diary
// entries) from two writers at once, and `kill -9`s the server at a random moment; then starts it
// again on the same folder and reads back, by id, every write the server had answered ok:true.
// Repeats for N cycles (100 unless --cycles or SHUKE_BENCH_CYCLES say otherwise), reads everything
// once more at the end, and prints `N cycles, W writes acknowledged, L lost`; exits 1 if L > 0.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

interface Server {
  child: ChildProcess;
  base: string;
  token: string;
  exited: Promise<void>;
}

interface Written {
  kind: 'customer' | 'entry';
  id: string;
  customerId: string;
}

interface Options {
  cycles: number;
  maxKillMs: number;
}

const startTimeoutMs = 60_000;
const callTimeoutMs = 10_000;

function parseOptions(argv: string[]): Options {
  const options: Options = { cycles: Number(process.env.SHUKE_BENCH_CYCLES ?? '100'), maxKillMs: 400 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--cycles') options.cycles = value;
    else if (flag === '--max-kill-ms') options.maxKillMs = value;
    else throw new Error(`unknown option “${flag}”; durability takes --cycles N and --max-kill-ms MS`);
    i += 1;
  }
  if (!Number.isInteger(options.cycles) || options.cycles < 1 || options.cycles > 100_000)
    throw new Error('--cycles must be a whole number ≥ 1');
  if (!Number.isFinite(options.maxKillMs) || options.maxKillMs < 0 || options.maxKillMs > 60_000)
    throw new Error('--max-kill-ms must be 0 to 60000');
  return options;
}

/** Starts browser mode on dataDir and waits for the address it prints (port chosen by the system). */
function startServer(dataDir: string): Promise<Server> {
  const main = path.join(__dirname, '..', 'web', 'main.cjs');
  const child = spawn(process.execPath, [main, '--data', dataDir, '--port', '0', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const { stdout } = child;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`browser mode did not start within ${startTimeoutMs / 1000} s: ${stderr.trim()}`));
    }, startTimeoutMs);
    readline.createInterface({ input: stdout }).on('line', (line) => {
      const match = /Open (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(line);
      const [, base, token] = match ?? [];
      if (base === undefined || token === undefined) return;
      clearTimeout(timer);
      resolve({ child, base, token, exited });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`browser mode stopped before it served (exit code ${child.exitCode}): ${stderr.trim()}`));
    });
  });
}

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One call; null when no whole answer came back (the server was killed meanwhile). */
async function call(server: Server, name: string, input: unknown): Promise<Reply | null> {
  try {
    const response = await fetch(`${server.base}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(callTimeoutMs),
    });
    return (await response.json()) as Reply;
  } catch {
    return null;
  }
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('an acknowledged write came back without an id');
  return id;
}

/** Writes until the server stops answering; records each write it acknowledged. */
async function writeUntilKilled(server: Server, cycle: number, writer: number, known: string[], acknowledged: Written[]): Promise<void> {
  // Bounded: a cycle lasts at most --max-kill-ms, so this many writes is never reached in practice.
  for (let n = 0; n < 100_000; n += 1) {
    const tag = `c${cycle}w${writer}n${n}`;
    if (known.length === 0 || Math.random() < 0.4) {
      const reply = await call(server, 'customers.create', {
        name: `Durable ${tag}`,
        phones: [{ number: `138${String(cycle * 1000 + n).padStart(8, '0')}` }],
        // Writers of one cycle write the same numbers: look-alikes on purpose, not a refusal to test.
        allowDuplicate: true,
      });
      if (reply === null) return;
      if (!reply.ok) throw new Error(`customers.create was refused: ${reply.error.message}`);
      const id = idOf(reply.value);
      acknowledged.push({ kind: 'customer', id, customerId: id });
      known.push(id);
    } else {
      const customerId = known[Math.floor(Math.random() * known.length)] ?? '';
      const purchase = Math.random() < 0.3;
      const reply = await call(
        server,
        'entries.add',
        purchase
          ? { customerId, kind: 'purchase', text: `bought ${tag}`, lines: [{ item: `item ${tag}`, quantity: 1, unitPriceMinor: 1999 }] }
          : { customerId, kind: 'note', text: `diary ${tag}: 今天来店里看了外套` },
      );
      if (reply === null) return;
      if (!reply.ok) throw new Error(`entries.add was refused: ${reply.error.message}`);
      acknowledged.push({ kind: 'entry', id: idOf(reply.value), customerId });
    }
  }
}

/** The acknowledged writes that the server cannot find by id. */
async function missing(server: Server, writes: Written[]): Promise<Written[]> {
  const lost: Written[] = [];
  const entriesByCustomer = new Map<string, Written[]>();
  for (const write of writes) {
    if (write.kind === 'customer') {
      const reply = await call(server, 'customers.get', { id: write.id });
      if (reply === null) throw new Error('the server stopped answering while reading back');
      if (!reply.ok || idOf(reply.value) !== write.id) lost.push(write);
    } else {
      entriesByCustomer.set(write.customerId, [...(entriesByCustomer.get(write.customerId) ?? []), write]);
    }
  }
  for (const [customerId, entries] of entriesByCustomer) {
    const found = new Set<string>();
    let cursor: string | null = null;
    // Bounded by the entries written: each page holds up to 200.
    for (let page = 0; page < 1000; page += 1) {
      const reply = await call(server, 'entries.timeline', { customerId, limit: 200, cursor });
      if (reply === null) throw new Error('the server stopped answering while reading back');
      if (!reply.ok) break;
      const value = reply.value as { items: { id: string }[]; nextCursor: string | null };
      for (const item of value.items) found.add(item.id);
      cursor = value.nextCursor;
      if (cursor === null) break;
    }
    lost.push(...entries.filter((e) => !found.has(e.id)));
  }
  return lost;
}

async function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

export async function durabilityBench(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-durability-'));
  const acknowledged: Written[] = [];
  const lost = new Map<string, Written>();
  const known: string[] = [];
  let server: Server | null = null;
  try {
    let unchecked: Written[] = [];
    for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
      const running = await startServer(dataDir);
      server = running;
      // What the last kill might have cost, read back before anything new is written.
      for (const write of await missing(running, unchecked)) lost.set(write.id, write);
      const before = acknowledged.length;
      const writers = Promise.all([0, 1].map((writer) => writeUntilKilled(running, cycle, writer, known, acknowledged)));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * options.maxKillMs));
      await stop(running, 'SIGKILL');
      server = null;
      await writers;
      unchecked = acknowledged.slice(before);
      if (cycle % 10 === 0) process.stderr.write(`  cycle ${cycle}/${options.cycles}: ${acknowledged.length} writes acknowledged\n`);
    }
    // Once more, everything: a later cycle must not have lost what an earlier one kept.
    server = await startServer(dataDir);
    for (const write of await missing(server, acknowledged)) lost.set(write.id, write);
    await stop(server, 'SIGTERM');
    server = null;
  } finally {
    if (server !== null) await stop(server, 'SIGKILL');
  }
  console.log(`${options.cycles} cycles, ${acknowledged.length} writes acknowledged, ${lost.size} lost`);
  if (lost.size > 0) {
    console.error(`Lost (${dataDir} is kept to look at):`);
    for (const write of [...lost.values()].slice(0, 20)) console.error(`  ${write.kind} ${write.id}`);
    process.exitCode = 1;
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
