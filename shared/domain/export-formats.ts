/** What the book can be exported as, in the order they are offered (menu, Settings, CLI). */
export const exportFormats = ['json', 'xlsx', 'csv', 'purchases-xlsx', 'purchases-csv', 'vcard', 'cards-xlsx', 'cards-csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
