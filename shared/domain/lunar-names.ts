const months = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'];
const monthsTraditional = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '臘月'];
const tens = ['初', '十', '廿', '三'];
const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 农历八月十五, 农历闰四月初一, 農曆臘月廿三. */
export function lunarLabel(month: number, day: number, leap: boolean, traditional = false): string {
  const monthName = (traditional ? monthsTraditional : months)[month - 1] ?? `${month}月`;
  let dayName: string;
  if (day === 10) dayName = '初十';
  else if (day === 20) dayName = '二十';
  else if (day === 30) dayName = '三十';
  else dayName = `${tens[Math.floor(day / 10)] ?? ''}${units[day % 10] ?? ''}`;
  return `${traditional ? '農曆' : '农历'}${leap ? (traditional ? '閏' : '闰') : ''}${monthName}${dayName}`;
}
