// The options page's words: each is the message `options_<name>` in public/_locales/
// (English, French, German); this file only names them, so a misspelt name fails the
// typecheck and a missing message fails src/ui/messages.test.ts.
import type { MessageKey } from '../../core/messages';
import { getMessage } from '../../platform/i18n';
import { tn } from '../components/i18n';

const KEYS = [
  'title',
  'sources',
  'pagesRead',
  'feeds',
  'feedsEnable',
  'feedsHelp',
  'feedAdd',
  'feedUrl',
  'feedRemove',
  'feedNeverPolled',
  'feedOffered',
  'pollEvery',
  'minutes',
  'pollNow',
  'search',
  'searchEnable',
  'searchTemplate',
  'searchSave',
  'lastQuery',
  'noQuery',
  'sharedIndex',
  'sharedIndexHelp',
  'sharedIndexEnable',
  'sharedIndexUrl',
  'sharedIndexToken',
  'sharedIndexSave',
  'privacySharedIndex',
  'privacy',
  'privacyNothing',
  'privacyFeeds',
  'privacySearch',
  'library',
  'cap',
  'capSave',
  'capHelp',
  'export',
  'import',
  'clear',
  'clearConfirm',
  'failures',
  'noFailures',
  'retryAfter',
  'denied',
  'siteAccess',
  'siteAccessNone',
  'siteRevoke',
  'siteRevokeFailed',
  'needsAccess',
  'allowAccess',
  'badUrl',
  'badTemplate',
  'busy',
  'showBadge',
  'remembered',
  'rememberedHelp',
  'rememberedSearch',
  'rememberedNone',
  'rememberedPick',
  'rememberedCompare',
  'rememberedDelete',
  'rememberedDeleteAll',
  'paused',
  'pausedNone',
  'pausedResume',
  'importFailed',
  'importLine',
  'importNotJson',
  'importNotObject',
  'importSecondHeader',
  'importNewerVersion',
  'importLineTooLong',
  'importBadArticle',
  'importOverCap',
  'importNotStored',
  'gdeltTitle',
  'gdeltEnable',
  'gdeltHelp',
  'gdeltSends',
  'phraseOne',
  'phraseTwo',
  'automaticEnable',
  'automaticHelp',
  'automaticDenied',
  'privacyGdelt',
  'privacyPolicy',
  'failureFeed',
  'failurePage',
  'failureSearch',
  'failureCompare',
] as const;

export type StringKey = (typeof KEYS)[number];

export function s(key: StringKey, ...subs: string[]): string {
  return getMessage(`options_${key}`, subs);
}

// Counted words: `options_<name>_one` / `_other` (tn() picks the form the language needs).
const COUNTED = ['importDone', 'importKept', 'importNothing', 'importStopped', 'articlesCount', 'searchResults'] as const;
type CountedKey = (typeof COUNTED)[number];
// Fails tsc when a counted name has no English `options_<name>_other`.
type IsStem<K extends MessageKey> = K;
type CountedStem = IsStem<`options_${CountedKey}`>;

/** `count` things, in the plural form the reader's language needs; $1 is the count unless `subs` say otherwise. */
export function sn(key: CountedKey, count: number, ...subs: Array<string | number>): string {
  return tn(`options_${key}` as CountedStem, count, ...subs);
}
