import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupHit } from '../../../../shared/contract';
import { formOfAddress } from '../../../../electron/domains/search/lookup.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;

async function names(query: string): Promise<string[]> {
  const { hits } = await call<{ hits: LookupHit[] }>(app, 'lookup', { query });
  return hits.map((h) => h.name).sort();
}

beforeAll(async () => {
  app = await createTestApp('zh-CN');
  await call(app, 'customers.create', { name: '王梓萱', gender: 'female' });
  await call(app, 'customers.create', { name: '王伟', gender: 'male' });
  await call(app, 'customers.create', { name: '王芳' });
  await call(app, 'customers.create', { name: '欧阳娜娜', gender: 'female' });
  await call(app, 'customers.create', { name: 'Mary Chan', gender: 'female' });
  await call(app, 'customers.create', { name: 'Peter Chan', gender: 'male' });
  await call(app, 'customers.create', { name: 'Chandra Lee', gender: 'female' });
});
afterAll(async () => {
  await app.close();
});

describe('lookup by the form of address the app shows', () => {
  it('finds 王女士 among the Wangs by gender, leaving out the men and keeping those whose gender is not known', async () => {
    expect(await names('王女士')).toEqual(['王梓萱', '王芳']);
    expect(await names('王先生')).toEqual(['王伟', '王芳']);
    expect(await names('欧阳女士')).toEqual(['欧阳娜娜']);
  });

  it('finds Ms Chan by her surname as a whole word', async () => {
    expect(await names('Ms Chan')).toEqual(['Mary Chan']);
    expect(await names('mr. chan')).toEqual(['Peter Chan']);
  });

  it('reads only forms of address as such', () => {
    expect(formOfAddress('陳先生')).toEqual({ surname: '陳', gender: 'male', western: false });
    expect(formOfAddress('张老师')).toEqual({ surname: '张', gender: null, western: false });
    expect(formOfAddress('先生')).toBeNull();
    expect(formOfAddress('王丽华')).toBeNull();
    expect(formOfAddress('Mrs Smith')).toEqual({ surname: 'Smith', gender: 'female', western: true });
  });
});
