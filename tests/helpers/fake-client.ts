import type { CallName, ShukeClient } from '../../shared/contract';
import { createClient } from '../../shared/contract/client';
import { createTestApp, type TestApp } from './create-test-db';

export type Overrides = Partial<Record<CallName, (input: unknown) => Promise<unknown>>>;

/**
 * The client the UI tests use: built from the contract like the real ones, over an in-memory
 * book seeded per test. Inputs are cloned as a transport would, and any call can be overridden
 * to simulate a failure.
 */
export async function fakeClient(overrides: Overrides = {}): Promise<{ client: ShukeClient; app: TestApp; calls: [CallName, unknown][] }> {
  const app = await createTestApp('zh-CN');
  const calls: [CallName, unknown][] = [];
  const client = createClient((name, input) => {
    calls.push([name, input]);
    const override = overrides[name];
    return override !== undefined ? override(input) : app.dispatch(name, structuredClone(input));
  });
  return { client, app, calls };
}
