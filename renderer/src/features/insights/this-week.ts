/** Whether a week (given by its first day) is the one still running: its last bar is a part, not a fall. */
export function thisWeek(weekStart: string, today: string): boolean {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${weekStart}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days < 7;
}
