import type { GreetingSettings } from '../../../../shared/contract/greetings.contract';

type Own = GreetingSettings['own'][number];

const lunarWords = /^(农历|農曆|lunar)\s*/i;
const line = /^(.+?)\s+(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** The shop's own occasions as the owner types them: a line each, "店庆 12-8" or "开业纪念 农历 8-8". */
export function ownOccasionsText(own: readonly Own[], lunarWord: string): string {
  return own.map((o) => `${o.name} ${o.calendar === 'lunar' ? `${lunarWord} ` : ''}${o.month}-${o.day}`).join('\n');
}

/**
 * The typed lines as occasions, keeping the id of one whose name is unchanged (so "already
 * greeted" still holds); null when a line cannot be read.
 */
export function parseOwnOccasions(text: string, kept: readonly Own[], newId: () => string): Own[] | null {
  const result: Own[] = [];
  for (const raw of text.split(/\r?\n/).map((l) => l.trim())) {
    if (raw === '') continue;
    const match = line.exec(raw);
    if (match === null) return null;
    const [, head = '', month, day] = match;
    const lunar = lunarWords.test(head.split(/\s+/).pop() ?? '');
    const name = lunar ? head.replace(/\s*(农历|農曆|lunar)\s*$/i, '').trim() : head.trim();
    const m = Number(month);
    const d = Number(day);
    if (name === '' || m < 1 || m > 12 || d < 1 || d > (lunar ? 30 : 31)) return null;
    result.push({ id: kept.find((k) => k.name === name)?.id ?? newId(), name, calendar: lunar ? 'lunar' : 'solar', month: m, day: d });
  }
  return result;
}
