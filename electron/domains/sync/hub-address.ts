import { isIP } from 'node:net';
import { AppError } from '../../api/app-error';

/** Whether a host is this computer or the shop's own network (private addresses, .local names), where plain HTTP may do. */
export function isLocalHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.local') || name.endsWith('.lan') || name.endsWith('.home.arpa')) return true;
  if (isIP(name) === 6) return name === '::1' || name.startsWith('fc') || name.startsWith('fd') || name.startsWith('fe80:');
  if (isIP(name) !== 4) return !name.includes('.');
  const [a = 0, b = 0] = name.split('.').map(Number);
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/**
 * The hub's address as kept and shown: without any user name or password written into it (those
 * are given apart and the password never stored). A hub that is not on this machine or the shop's
 * network must be reached over HTTPS; plain HTTP there is refused, on the LAN it is said.
 */
export function checkHubAddress(text: string): { url: string; plainHttp: boolean } {
  const url = new URL(text);
  url.username = '';
  url.password = '';
  const plainHttp = url.protocol === 'http:';
  if (plainHttp && !isLocalHost(url.hostname)) throw AppError.saying('INVALID_INPUT', 'syncHubNeedsTls', { host: url.host });
  return { url: url.toString().replace(/\/$/, ''), plainHttp };
}
