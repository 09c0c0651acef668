import { describe, expect, it } from 'vitest';
import { checkHubAddress, isLocalHost } from '../../../../electron/domains/sync/hub-address';

describe("the hub's address", () => {
  it('counts this machine and the shop’s own network as local, nothing else', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '10.0.0.8',
      '172.16.1.2',
      '172.31.255.1',
      '192.168.1.20',
      '169.254.3.4',
      '[::1]',
      'fd12::1',
      'nas.local',
      'shop-pc',
    ])
      expect(isLocalHost(host), host).toBe(true);
    for (const host of ['172.32.0.1', '8.8.8.8', 'couch.example.com', '[2001:db8::1]', '11.0.0.1'])
      expect(isLocalHost(host), host).toBe(false);
  });

  it('keeps no credentials written into it, and wants HTTPS beyond the shop', () => {
    expect(checkHubAddress('http://owner:secret@192.168.1.20:5984/shop/')).toEqual({
      url: 'http://192.168.1.20:5984/shop',
      plainHttp: true,
    });
    expect(checkHubAddress('https://couch.example.com/shop')).toEqual({ url: 'https://couch.example.com/shop', plainHttp: false });
    expect(() => checkHubAddress('http://couch.example.com/shop')).toThrow(/HTTPS/);
  });
});
