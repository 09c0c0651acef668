import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Browser mode answers only its own page: the Host must be our loopback address (defeats DNS
 * rebinding), a cross-site Origin is refused, and the data needs the per-run token.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  return headers.host !== undefined && allowedHosts(port).has(headers.host.toLowerCase());
}

export function originIsAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokensMatch(given: string | null | undefined, token: string): boolean {
  if (given === null || given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const value = headers.authorization;
  if (value === undefined) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match?.[1] ?? null;
}
