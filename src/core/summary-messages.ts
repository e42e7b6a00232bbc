// The summary's sentences in English, for the views that run without the browser's i18n
// (the CLI, the Markdown's default words). The extension's pages read the same keys from
// public/_locales/en/messages.json; summary-messages.test.ts keeps the two identical.
import type { Msg } from './summary';

export const SUMMARY_EN: Record<string, string> = {
  summary_copyUncredited: "This page copies $1's story without credit",
  summary_copyCredited: "This page copies $1's story, with credit",
  summary_originalUncredited: 'This is the original. Copied by $1 without credit',
  summary_originalCredited: 'This is the original. Copied by $1, with credit',
  summary_sameStory: 'Same story as $1, written in its own words',
  summary_unrelated: "Not a version of $1's story",
  summary_samePage: 'The same page as the version from $1',
  summary_sharedOrigin: 'This page and $1 both carry the $2 story, and credit it',
  summary_shareCopy: "$1 of this page's text is found in $2's version.",
  summary_shareOriginal: "$1 of this page's text appears in $2's copy.",
};

/** A message filled as chrome.i18n fills it: $1…$9 substituted, $$ a literal dollar. */
export function fillMessage(template: string, params: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (params[Number(c) - 1] ?? '')));
}

export function englishSentence(msg: Msg): string {
  const template = SUMMARY_EN[msg.key];
  return template === undefined ? msg.key : fillMessage(template, msg.params);
}
