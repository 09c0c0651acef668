import type { UiLocale } from './salutation';

/** The diary line an expiry writes: how many points, the day they were good through, what is left. */
export function pointsExpiredText(points: number, dueDay: string, balance: number, locale: UiLocale): string {
  const [y, m, d] = dueDay.split('-').map(Number);
  if (locale === 'zh-CN') return `${points} 积分已于 ${y}年${m}月${d}日到期；剩 ${balance} 分`;
  if (locale === 'zh-TW') return `${points} 點已於 ${y}年${m}月${d}日到期；剩 ${balance} 點`;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${dueDay}T00:00:00Z`),
  );
  return `${points} points expired (good through ${day}); ${balance} left`;
}
