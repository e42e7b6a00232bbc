// "This match is wrong": the reader says the version Wiretrace matched is not this story.
// The library remembers the pair (it is never matched again) and the popup shows the
// tab's new state at once, with an Undo that stays until the popup closes.
import { useState } from 'preact/hooks';
import type { Report } from '../../core/types';
import type { TabState } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { t } from '../components/i18n';

export interface Rejection {
  pageId: string;
  otherId: string;
  outlet: string;
}

/** The pair a report matched, from the open page's side; undefined when ids are missing. */
export function rejectionOf(report: Report): Rejection | undefined {
  const [page, other] = report.pageRole === 'copy' ? [report.copy, report.source] : [report.source, report.copy];
  return page.id && other.id ? { pageId: page.id, otherId: other.id, outlet: other.outlet } : undefined;
}

interface Props {
  client: WiretraceClient;
  tabId: number;
  onState(state: TabState): void;
}

export function useMatchRejection({ client, tabId, onState }: Props) {
  const [undo, setUndo] = useState<Rejection | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const apply = async (r: Rejection, rejected: boolean) => {
    setBusy(true);
    try {
      onState(await client.setMatchRejected(tabId, r.pageId, r.otherId, rejected));
      setUndo(rejected ? r : undefined);
      setMessage(rejected ? t('matchWrongDone', r.outlet) : t('matchWrongUndone', r.outlet));
    } catch (err) {
      setMessage(t('stateError', err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
    }
  };
  return { undo, busy, message, reject: (r: Rejection) => apply(r, true), restore: (r: Rejection) => apply(r, false) };
}

export function MatchWrongButton({ report, busy, onReject }: { report: Report; busy: boolean; onReject(r: Rejection): void }) {
  const pair = rejectionOf(report);
  if (!pair) return null;
  return (
    <p class="wt-match-wrong">
      <button type="button" disabled={busy} aria-describedby="wt-match-wrong-hint" onClick={() => onReject(pair)} data-testid="match-wrong">
        {t('matchWrong')}
      </button>{' '}
      <span id="wt-match-wrong-hint" class="wt-muted">
        {t('matchWrongHint')}
      </span>
    </p>
  );
}

/** The outcome, announced politely, with Undo while a rejection stands. */
export function MatchNotice({ message, undo, busy, onUndo }: { message: string; undo?: Rejection; busy: boolean; onUndo(r: Rejection): void }) {
  return (
    <div class="wt-notice" role="status" data-testid="match-notice">
      {message ? <span>{message}</span> : null}
      {undo ? (
        <>
          {' '}
          <button type="button" disabled={busy} onClick={() => onUndo(undo)} data-testid="match-undo">
            {t('matchWrongUndo')}
          </button>
        </>
      ) : null}
    </div>
  );
}
