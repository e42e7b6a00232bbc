// The popup: asks the worker for the tab's state and renders it under the header. A report
// renders from the summary every view shares (core/summary.ts). Text only, no page HTML.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { summarise } from '../../core/summary';
import type { TabState } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { MatchNotice, MatchWrongButton, useMatchRejection } from './MatchWrong';
import { CompareWith } from './CompareWith';
import { FindOriginal } from './FindOriginal';
import { Header, type PauseControl } from './Header';
import { ReportView } from './ReportView';
import { Checking, ErrorState, NoKnownVersion, NotNews, Paused, ReportNotKept, SimpleState } from './States';
import { t } from '../components/i18n';
import { FromIndexNote, IndexFailureNote } from './SharedIndexNote';

/** While the worker is checking, ask again this often. */
export const POLL_MS = 400;

type PopupState = TabState | { state: 'loading' } | { state: 'no-tab' };

/** The tab's state (polled while checking), the tab's id, and a setter for answers to actions. */
export function useTabState(client: WiretraceClient): { s: PopupState; tabId?: number; set(state: TabState): void } {
  const [state, setState] = useState<PopupState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
  // Bumped by set(): an action answered 'checking' (Try again, Resume) starts the polling again.
  const [round, setRound] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      const tabId = await client.currentTabId();
      if (tabId === undefined) return setState({ state: 'no-tab' });
      setTabId(tabId);
      const poll = async () => {
        let next: TabState;
        try {
          next = await client.tabState(tabId);
        } catch (err) {
          next = { state: 'error', message: err instanceof Error ? err.message : String(err) };
        }
        if (stopped) return;
        setState(next);
        if (next.state === 'checking') timer = setTimeout(poll, POLL_MS);
      };
      await poll();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, round]);
  return {
    s: state,
    tabId,
    set: (next) => {
      setState(next);
      if (next.state === 'checking') setRound((r) => r + 1);
    },
  };
}

/** The open page's outlet, when the state knows it. */
function outletOf(s: PopupState): string | undefined {
  if (s.state === 'report') return s.report.pageRole === 'copy' ? s.report.copy.outlet : s.report.source.outlet;
  if (s.state === 'no-known-version') return s.article.outlet;
  if (s.state === 'paused') return s.host;
  return undefined;
}

/** An action that answers with the tab's new state, with a busy flag while it runs. */
function useAction(set: (s: TabState) => void) {
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<TabState>) => {
    setBusy(true);
    try {
      set(await action());
    } catch (err) {
      set({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

export function App({ client }: { client: WiretraceClient }) {
  const { s, tabId, set } = useTabState(client);
  const match = useMatchRejection({ client, tabId: tabId ?? -1, onState: set });
  const action = useAction(set);
  const summary = useMemo(() => (s.state === 'report' ? summarise(s.report) : undefined), [s]);
  // Pausing is offered where there is a site to pause: an article read, or a paused site.
  const pausable =
    tabId !== undefined &&
    (s.state === 'report' || s.state === 'no-known-version' || s.state === 'paused' || s.state === 'not-article' || s.state === 'not-news');
  const pause: PauseControl | undefined = pausable
    ? { paused: s.state === 'paused', busy: action.busy, toggle: () => void action.run(() => client.setSitePaused(tabId!, s.state !== 'paused')) }
    : undefined;
  const compareWith = tabId !== undefined ? <CompareWith client={client} tabId={tabId} onState={set} /> : null;
  return (
    <main class="wt-popup">
      <Header outlet={outletOf(s)} pause={pause} />
      <MatchNotice message={match.message} undo={match.undo} busy={match.busy} onUndo={match.restore} />
      {s.state === 'loading' || s.state === 'checking' ? <Checking /> : null}
      {s.state === 'no-tab' || s.state === 'not-article' || s.state === 'unread' || s.state === 'browser-page' ? <SimpleState s={s.state} /> : null}
      {s.state === 'not-news' ? <NotNews state={s} /> : null}
      {s.state === 'error' ? (
        <ErrorState state={s} busy={action.busy} onRetry={tabId !== undefined ? () => void action.run(() => client.recheck(tabId)) : undefined} />
      ) : null}
      {s.state === 'paused' ? (
        <Paused host={s.host} busy={action.busy} onResume={tabId !== undefined ? () => void action.run(() => client.setSitePaused(tabId, false)) : undefined} />
      ) : null}
      {s.state === 'no-known-version' ? (
        <NoKnownVersion state={s}>
          <IndexFailureNote failure={s.indexError} />
          {tabId !== undefined ? <FindOriginal client={client} tabId={tabId} onState={set} /> : null}
          {compareWith}
        </NoKnownVersion>
      ) : null}
      {s.state === 'report' && summary ? (
        <div data-testid="state" data-state="report">
          <ReportView
            report={s.report}
            summary={summary}
            actions={tabId !== undefined ? <MatchWrongButton report={s.report} busy={match.busy} onReject={match.reject} /> : null}
          />
          {s.report.pageNotNews ? (
            <p class="wt-muted" data-testid="page-not-news">
              {t('popup_pageNotNewsNote')}
            </p>
          ) : null}
          <FromIndexNote report={s.report} />
          <ReportNotKept notKept={s.notKept} />
          {compareWith}
        </div>
      ) : null}
    </main>
  );
}
