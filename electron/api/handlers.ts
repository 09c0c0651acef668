import { snooze } from '../domains/care/care-marks.service';
import { entryRevisions } from '../domains/entries/entry-revisions.service';
import type { CallName, CallOutput, ParsedInput } from '../../shared/contract';
import * as customers from '../domains/diary/customers.service';
import * as entries from '../domains/diary/entries.service';
import * as preferences from '../domains/diary/preferences.service';
import { previewImport, runImport } from '../domains/archive/import-calls.service';
import { customerEverything, deleteCustomerForGood } from '../domains/archive/customer-privacy.service';
import { importProgress } from '../domains/archive/import-progress';
import { importChosenArchive } from '../domains/archive/import-archive.service';
import { findDuplicates, keepCustomersApart } from '../domains/duplicates/duplicates.service';
import { createCustomerUnlessKnown, customerMatches } from '../domains/duplicates/at-the-door.service';
import { mergeCustomers } from '../domains/duplicates/merge.service';
import { unmergeCustomers } from '../domains/duplicates/unmerge.service';
import { backupStatus } from '../domains/backup/backup.service';
import { undoRestore } from '../domains/backup/restore.service';
import { forgetCustomerInBackups } from '../domains/backup/forget-customer.service';
import { cardLedger, cardRules, getCard, moveCard, openCard, setCardRules } from '../domains/cards/cards.service';
import * as greetings from '../domains/greetings/greetings.service';
import { purchase, quotePurchase } from '../domains/cards/card-counter.service';
import { backupNowOrTo, chooseBackup, inspectChosen, restoreChosen, setFolderChoice } from '../domains/backup/chosen-backup.service';
import { writeChosenExport } from '../domains/archive/export.service';
import { careDone, referrals, today } from '../domains/care/care.service';
import { listDates, removeDate, setDate } from '../domains/care/dates.service';
import { listPeople, removePerson, setPerson } from '../domains/care/people.service';
import { recall } from '../domains/recall/recall.service';
import { lookup } from '../domains/search/lookup.service';
import { settingsWithToday, updateSettings } from '../domains/settings/settings.service';
import { customerValueToday, setTier } from '../domains/value/value.service';
import { insightsNow } from '../domains/insights/insights.service';
import { cardInsightsNow } from '../domains/insights/card-insights.service';
import { cardLedgerFile } from '../domains/archive/card-ledger-file.service';
import { greetingsSmsFile } from '../domains/archive/greetings-sms-file.service';
import { listSegments, removeSegment, saveSegment } from '../domains/segments/segments.service';
import { bookStatus, openRealBook, openSampleBook } from '../domains/book/sample-book.service';
import {
  changePasscode,
  disableProtection,
  enableProtection,
  lockBook,
  protectionStatus,
  replaceRecoveryCode,
  setProtectionOptions,
  unlockBook,
} from '../domains/protection/protection.service';
import {
  giveHubPassword,
  joinHub,
  leaveHub,
  settle,
  syncChangesOf,
  syncConflicts,
  syncNow,
  syncStatus,
} from '../domains/sync/sync.service';
import { addStaff, removeStaff, renameStaff, setCounter, team } from '../domains/team/team.service';
import type { ServiceContext } from './context';

/** Every call is answered by a service of this one shape; one that needs no waiting may answer at once. */
export type Handler<K extends CallName> = (ctx: ServiceContext, input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
export type Handlers = { [K in CallName]: Handler<K> };

/** The one map from call name to a service (never a wrapper here); the typed client and the HTTP listing derive from the contract. */
export const handlers: Handlers = {
  'customers.create': createCustomerUnlessKnown,
  'customers.update': customers.updateCustomer,
  'customers.get': customers.getCustomer,
  'customers.list': customers.listCustomers,
  'customers.archive': customers.archiveCustomer,
  'customers.everything': customerEverything,
  'customers.delete': deleteCustomerForGood,
  'entries.add': entries.addEntry,
  'entries.update': entries.updateEntry,
  'entries.revisions': entryRevisions,
  'entries.delete': entries.deleteEntry,
  'entries.restore': entries.restoreEntry,
  'entries.timeline': entries.customerTimeline,
  'entries.trash': entries.customerTrash,
  'entries.purchased': entries.customerPurchases,
  'entries.gifts': entries.customerGifts,
  lookup,
  'preferences.set': preferences.setPreference,
  'preferences.remove': preferences.removePreference,
  'preferences.list': preferences.listPreferences,
  recall,
  'settings.get': settingsWithToday,
  'settings.update': updateSettings,
  'dates.set': setDate,
  'dates.remove': removeDate,
  'dates.list': listDates,
  'people.set': setPerson,
  'people.remove': removePerson,
  'people.list': listPeople,
  'customers.referrals': referrals,
  today,
  'care.done': careDone,
  'care.snooze': snooze,
  'backup.now': backupNowOrTo,
  'backup.status': backupStatus,
  'backup.setFolder': setFolderChoice,
  'backup.choose': chooseBackup,
  'backup.inspect': inspectChosen,
  'backup.restore': restoreChosen,
  'backup.undoRestore': undoRestore,
  'backup.forgetCustomer': forgetCustomerInBackups,
  'cards.get': getCard,
  'cards.open': openCard,
  'cards.move': moveCard,
  'cards.ledger': cardLedger,
  'cards.rules': cardRules,
  'cards.setRules': setCardRules,
  'greetings.settings': greetings.greetingSettings,
  'greetings.setSettings': greetings.setGreetingSettings,
  'greetings.upcoming': greetings.upcoming,
  'greetings.drafts': greetings.drafts,
  'greetings.record': greetings.record,
  'greetings.choice': greetings.choice,
  'greetings.ofCustomer': greetings.ofCustomer,
  'greetings.setChoice': greetings.setChoice,
  'greetings.outcomes': greetings.outcomes,
  'greetings.smsFile': greetingsSmsFile,
  'cards.ledgerFile': cardLedgerFile,
  'cards.quote': quotePurchase,
  'cards.purchase': purchase,
  'import.preview': previewImport,
  'import.run': runImport,
  'duplicates.find': findDuplicates,
  'customers.merge': mergeCustomers,
  'customers.unmerge': unmergeCustomers,
  'customers.matches': customerMatches,
  'duplicates.keepApart': keepCustomersApart,
  'customers.value': customerValueToday,
  'customers.setTier': setTier,
  insights: insightsNow,
  'insights.cards': cardInsightsNow,
  'segments.list': listSegments,
  'segments.save': saveSegment,
  'segments.delete': removeSegment,
  'import.progress': importProgress,
  'import.archive': importChosenArchive,
  'book.status': bookStatus,
  'book.openSample': openSampleBook,
  'book.openReal': openRealBook,
  'protection.status': protectionStatus,
  'protection.enable': enableProtection,
  'protection.disable': disableProtection,
  'protection.changePasscode': changePasscode,
  'protection.newRecoveryCode': replaceRecoveryCode,
  'protection.unlock': unlockBook,
  'protection.lock': lockBook,
  'protection.setOptions': setProtectionOptions,
  'export.write': writeChosenExport,
  'sync.status': syncStatus,
  'sync.join': joinHub,
  'sync.password': giveHubPassword,
  'sync.now': syncNow,
  'sync.leave': leaveHub,
  'sync.conflicts': syncConflicts,
  'sync.changesOf': syncChangesOf,
  'sync.settle': settle,
  'team.get': team,
  'team.setCounter': setCounter,
  'team.addStaff': addStaff,
  'team.renameStaff': renameStaff,
  'team.removeStaff': removeStaff,
};
