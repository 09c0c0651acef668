import { validationMessages } from './validation-messages';

/**
 * What the book's code tells a person when it refuses or fails, by key, in English with {{name}}
 * placeholders. Replies carry the key and its values, so the UI can word them in its own language
 * (renderer/src/locales, `serverMessages`); the command line and logs use this English.
 */
export const messages = {
  importNoNameOrPhone: 'No column holds a name or a phone number; choose the columns and try again. Nothing was imported.',
  importRowProblems: 'The file was not imported: {{count}} rows have problems, the first in row {{row}}: {{problems}}.',
  importNoContacts: 'No contacts were found in that file (it should start with BEGIN:VCARD); nothing was imported.',
  importNotJson: 'The file is not valid JSON ({{reason}}); nothing was imported.',
  importNotArchive:
    'The file is not a Shuke archive this version can read: {{problem}} ({{count}} problem(s), the first five: {{reason}}); nothing was imported.',
  importArchiveProblems:
    'The archive was not imported, and nothing was changed. {{count}} problem(s), the first in record {{first}}: {{problems}}.',
  exportExists: '{{file}} already exists; exports never overwrite a file.',
  deleteNameMismatch:
    'To delete for good, type the customer’s name exactly as it is saved (their phone, for a customer saved without a name).',
  backupExists: '{{file}} already exists; backups never overwrite a file.',
  backupDiscarded: 'The backup was written but did not verify ({{reason}}); it has been discarded.',
  backupFailed: 'Could not back up to {{file}}: {{reason}}',
  backupNoFolder: 'This book has no backups folder.',
  backupFolderNotAbsolute: 'Give the whole path of the folder, such as /media/usb/shuke or D:\\Shuke.',
  backupFolderUnwritable: 'Backups cannot be written to {{dir}} ({{reason}}); nothing was changed.',
  restoreUnavailable: 'This book cannot be restored over.',
  restoreNoFile: 'There is no file at {{file}}.',
  restoreForeign: 'That file is not a Shuke book; nothing was changed.',
  restoreDamaged: 'That file is damaged ({{reason}}); nothing was changed.',
  restoreNewer: 'That file was written by a newer Shuke; update Shuke first. Nothing was changed.',
  restoreUnreadable: 'That file cannot be read as a book ({{reason}}); nothing was changed.',
  restoreCopyUnverified: 'The copy of the backup did not verify; nothing was changed.',
  restoreSwapFailed: 'The backup could not take the book’s place ({{reason}}); the book was left as it was.',
  restoreReopenFailed: 'The backup could not be opened ({{reason}}); the book was put back as it was.',
  restoreNothingToUndo: 'There is no restore to undo.',
  restoreUndoGone: 'The book as it was before the restore ({{file}}) is no longer there; nothing was changed.',
  bookLocked:
    'The book in {{dir}} is open in {{what}} (process {{pid}}, since {{since}}). One program at a time keeps a book: close it there, or do this from that program. Nothing was changed.',
  bookLockedUnknown:
    'The book in {{dir}} is open in another Shuke. One program at a time keeps a book: close it there first. Nothing was changed.',
  duplicatesNeedTwo: 'Choose at least two different customers.',
  mergeSameCustomer: 'Choose two different customers to merge.',
  notFoundCustomer: 'That customer does not exist (they may have been deleted).',
  notFoundEntry: 'That diary entry does not exist (it may have been deleted).',
  notFoundPreference: 'That preference does not exist (it may have been deleted).',
  notFoundPerson: 'That key person does not exist (they may have been deleted).',
  notFoundDate: 'That date does not exist (it may have been deleted).',
  notFoundSegment: 'That saved list does not exist (it may have been deleted).',
  notFoundOccasion: 'That occasion is not in the greeting settings any more.',
  selfReferral: 'A customer cannot have referred themselves.',
  customerNeedsNameOrPhone: 'A customer needs at least a name or a phone number.',
  linesOnlyOnPurchase: 'Only a purchase can have purchase lines; remove the lines first.',
  entryEmpty: 'An entry cannot be empty; delete it instead.',
  resolvedBeforeFiled: 'A complaint made on {{filedOn}} cannot have been resolved on {{resolvedOn}}; nothing was saved.',
  preferenceOfAnother: 'That preference belongs to another customer.',
  ownKeyPerson: 'A customer cannot be their own key person.',
  personOfAnother: 'That key person belongs to another customer.',
  dateOfAnother: 'That date belongs to another customer.',
  entryNeeded: 'Say which entry this is about.',
  entryOfAnother: 'That entry belongs to another customer.',
  notRegularIsForRegulars: 'Only a drifting regular can be marked “not a regular”; a complaint can be put off for some days.',
  entryWrongKind: 'That entry is a {{kind}}, not a {{expected}}.',
  internal: 'Something went wrong inside Shuke; nothing was changed.',
  callFailed: 'Could not complete {{call}}; nothing was changed. ({{reason}})',
  dayNotReal: 'must be a real calendar day like 2026-11-24',
  timeZoneUnknown: 'must be a time zone Shuke knows, such as Asia/Shanghai',
  // Reading Excel workbooks (.xlsx) for import.
  importNotXlsx:
    'That file is not an Excel workbook (.xlsx) Shuke can read; save it from Excel or WPS as .xlsx or CSV. Nothing was imported.',
  importXlsxTooBig:
    'That workbook is larger than Shuke reads at once ({{limit}} MB, or {{unpacked}} MB unpacked); save it as CSV, or split it. Nothing was imported.',
  importXlsxTooManyRows: 'That workbook’s first sheet has more than {{limit}} rows; split it into smaller files. Nothing was imported.',
  // Duplicates at the door and merges that can be undone.
  customerPhoneTaken:
    'This phone number already belongs to {{name}}; nothing was added. Open them, or add a new customer anyway if this is someone else (allowDuplicate).',
  customerEmailTaken:
    'This email already belongs to {{name}}; nothing was added. Open them, or add a new customer anyway if this is someone else (allowDuplicate).',
  customerNameTaken:
    '{{name}}, with a phone ending the same, is already in the book; nothing was added. Open them, or add a new customer anyway if this is someone else (allowDuplicate).',
  mergeNothingToUndo: 'There is no merge to undo (only the last merge can be undone); nothing was changed.',
  mergeUndoOtherBack: '{{name}} is back in the book already (an import?), so the merge cannot be undone; nothing was changed.',
  // The sample book, kept apart from the real one.
  sampleUnavailable: 'There is no sample book here (a book in memory).',
  sampleNotBackedUp: 'The sample book is made up and is not backed up; go back to your own book to back it up.',
  sampleNotRestored: 'A backup cannot be restored over the sample book; go back to your own book first. Nothing was changed.',
  bookSwitchFailed: 'The other book could not be opened ({{reason}}); the book that was open is still open.',
  // The page could not reach the book, or could not read its answer (shared/contract/client.ts).
  bookUnreachable: 'Could not reach the customer book ({{reason}}); is Shuke still running? Try again.',
  replyNotUnderstood: 'The customer book’s answer to {{call}} was not understood; reload the page and try again.',
  // A locked book: passcode, recovery code, protected backups.
  bookIsLocked: 'The book is locked. Unlock it with its passcode or recovery code.',
  passcodeWrong: 'That passcode or recovery code is not right ({{count}} wrong in a row). Nothing was changed.',
  unlockWait: 'Too many wrong tries: the next one is accepted in {{seconds}} seconds.',
  protectionAlreadyOn: 'The book is already protected by a passcode.',
  protectionNotOn: 'The book is not protected by a passcode.',
  protectionUnavailable: 'This book is not kept in a file, so it cannot be protected.',
  keyringUnavailable: 'This computer has no secure keyring (or this is browser mode), so the book cannot unlock by itself here.',
  protectionSwitchFailed: 'The book could not be switched ({{reason}}); it was left as it was.',
  backupNeedsSecret: 'That backup is protected: give its passcode or recovery code to open it.',
  syncHubNeedsTls:
    'The hub at {{host}} is not on this computer or the shop’s own network, so it must be reached over HTTPS (https://…): over plain HTTP anyone on the way could read the book. Nothing was changed.',
  syncNotJoined: 'This book does not replicate with a hub yet.',
  syncHubChangeUnconfirmed:
    'This book already syncs with the hub at {{hub}}. Switching stops syncing with that hub (the book keeps everything) and offers the book to the new one: confirm the switch first. Nothing was changed.',
  syncHubRefused: 'The hub refused this counter ({{status}}): check the user name and password. Nothing was changed here.',
  syncHubUnreachable: 'Could not reach the hub at {{host}} ({{reason}}). The book is unchanged and keeps working; it will try again.',
  syncConflictGone: 'That conflict was already settled, here or on another counter.',
  // The team: staff, counters, who looks after whom.
  staffUnknown: '{{name}} is not on the staff list (Settings → Staff). Nothing was changed.',
  staffNameTaken: '{{name}} is already on the staff list. Nothing was changed.',
  staffListFull: 'The staff list holds at most {{count}} names. Nothing was changed.',
  syncFailedHere: 'Syncing stopped on this computer ({{reason}}). The book is unchanged and keeps working; it will try again.',
  syncOrphanCustomerGone:
    'This was written for a customer another counter deleted, so it cannot come back into the book; its words stay here to copy. Choose “Keep this” to close it.',
  protectionWhileSyncing:
    'This book syncs with a hub, which holds it as it is now. Stop syncing first (Sync page), then change its protection, then join a new, empty database on the hub; give the other counters the book anew (a copy or a backup). Nothing was changed.',
  syncProtectionChanged:
    'This book’s protection was turned on or off after it joined the hub, so its documents would reach the hub twice. Stop syncing, then join again with a new database on the hub.',
  backupKeysMissing:
    'That backup is protected, but its key file ({{file}}) is not beside it; copy it from where the backup came from. Nothing was changed.',
  // Member cards.
  cardShortfall: 'Not enough {{purse}} on the card: {{available}} available, {{asked}} asked. Nothing was changed.',
  cardNumberTaken: 'Card number {{number}} already belongs to {{name}}. Nothing was changed.',
  punchCardUnknown: 'That punch card is not one of this customer’s. Nothing was changed.',
  punchCardExpired: 'That punch card expired on {{day}}. Nothing was changed.',
  cardMismatch:
    'The card of {{name}} does not add up: its {{purse}} says {{recorded}}, its ledger sums to {{summed}}. Nothing was changed; tell us.',
  pursePoints: 'points',
  pursePrincipal: 'paid-in balance',
  purseBonus: 'bonus balance',
  purseValue: 'balance',
  pursePunch: 'uses on the punch card',
  // Member cards: refunds and merges.
  cardNothingToRefund: 'There is nothing on the card to refund. Nothing was changed.',
  mergeUndoCardSpent:
    'Part of the {{purse}} that came from {{name}} has been used since ({{asked}} came in, {{available}} is left), so the merge cannot be undone. Nothing was changed.',
  // Member cards at the counter.
  cardPayNeedsCard: 'Only a customer with a member card can pay from a balance. Nothing was saved.',
  cardPayOverTotal: 'Paying {{asked}} from the balance is more than this purchase ({{total}}). Nothing was saved.',
  backupKeysUnreadable: 'That is not a Shuke key file (it ends in .keys.json and is saved beside its backup). Nothing was changed.',
  backupForgetNothing: 'No backup holds that customer any more.',
  // Files and folders are chosen by a person (main's native dialogs, or an upload), never named by the page.
  chosenFileUnknown: 'That file is no longer at hand; choose it again. Nothing was changed.',
  chooseNeedsDesktop:
    'Only the desktop app can open a chooser for files and folders: in browser mode, upload the backup, or start browser mode with --backups DIR. Nothing was changed.',
  // Greetings.
  greetingTemplateUnknownField: 'The template names {{fields}}, which the book has no field for (fields: {{known}}). Nothing was changed.',
  greetingNoMarketing: '{{name}} asked not to receive marketing, so no greeting was recorded for them.',
  greetingBatchUnknown: 'That batch of greetings is not in the book any more; open the drafts again.',
  // What the contract's schemas refuse, field by field.
  ...validationMessages,
} as const;

export type MessageKey = keyof typeof messages;
export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The English sentence for a key, its placeholders filled (an absent value leaves the placeholder). */
export function englishMessage(key: MessageKey, params: MessageParams = {}): string {
  return messages[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
