/**
 * How to address a customer, suggested from surname and gender and always editable:
 * 张先生 / 张女士 (zh-CN), 張先生 / 張小姐 (zh-TW), Mr Smith / Ms Smith (en).
 */
export type Gender = 'female' | 'male';
export type UiLocale = 'zh-CN' | 'zh-TW' | 'en';

// Two-character surnames must be matched before single ones (欧阳娜娜 is Ms 欧阳, not Ms 欧).
const compoundSurnames = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '尉迟',
  '尉遲',
  '东方',
  '東方',
  '皇甫',
  '司徒',
  '令狐',
  '慕容',
  '夏侯',
  '公孙',
  '公孫',
  '长孙',
  '長孫',
  '宇文',
  '轩辕',
  '軒轅',
  '澹台',
  '端木',
  '南宫',
  '南宮',
  '西门',
  '西門',
  '独孤',
  '獨孤',
  '申屠',
  '百里',
  '呼延',
  '万俟',
  '闻人',
  '聞人',
];

const hanPattern = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

export function isChineseName(name: string): boolean {
  return hanPattern.test(name.replace(/\s+/g, ''));
}

export function chineseSurname(name: string): string {
  const compact = name.replace(/\s+/g, '');
  const compound = compoundSurnames.find((s) => compact.startsWith(s) && compact.length > s.length);
  if (compound !== undefined) return compound;
  return compact.slice(0, 1);
}

export function suggestAddressAs(name: string, gender: Gender | null, locale: UiLocale): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  if (isChineseName(trimmed)) {
    if (gender === null) return trimmed;
    const surname = chineseSurname(trimmed);
    if (gender === 'male') return `${surname}先生`;
    return `${surname}${locale === 'zh-TW' ? '小姐' : '女士'}`;
  }
  if (gender === null) return trimmed;
  const words = trimmed.split(/\s+/);
  const last = words[words.length - 1] ?? trimmed;
  return `${gender === 'male' ? 'Mr' : 'Ms'} ${last}`;
}
