/** What can be wrong with one row of an imported spreadsheet; the UI words each in its language. */
export const importProblemKinds = [
  'phone',
  'gender',
  'email',
  'birthday',
  'missing',
  'birthdayAmbiguous',
  // A member card's opening balances (issue 16).
  'cardMoney',
  'cardCount',
  'cardNegative',
  'cardNumberTaken',
  'cardHasLedger',
  'cardNumberOther',
] as const;
export type ImportProblemKind = (typeof importProblemKinds)[number];

export interface ImportProblem {
  kind: ImportProblemKind;
  /** The cell as written (empty for `missing`; the customer's name for `cardHasLedger`, their card's number for `cardNumberOther`). */
  value: string;
}

const english: Record<ImportProblemKind, (value: string) => string> = {
  phone: (value) => `phone “${value}” has no digits`,
  gender: (value) => `gender “${value}” is not 男/女`,
  email: (value) => `email “${value}” does not look like name@example.com`,
  birthday: (value) => `birthday “${value}” is not a date Shuke can read`,
  missing: () => 'has neither a name nor a phone',
  birthdayAmbiguous: (value) =>
    `birthday “${value}” reads as day/month and as month/day, and this file writes both: write it as year-month-day, e.g. 1985-03-04`,
  cardMoney: (value) => `amount “${value}” is not an amount Shuke can read exactly (e.g. 1,230.50)`,
  cardCount: (value) => `“${value}” is not a whole number of points or uses`,
  cardNegative: (value) => `“${value}” is below zero: a card never holds less than nothing`,
  cardNumberTaken: (value) => `card number “${value}” already belongs to another customer`,
  cardHasLedger: (value) =>
    `${value} already has a card with movements: an opening balance would count their balance twice, so this row's balances are not imported`,
  cardNumberOther: (value) => `this customer already has card number “${value}”`,
};

/** The problem in English, for the command line and the error's English message. */
export function englishProblem(problem: ImportProblem): string {
  return english[problem.kind](problem.value);
}
