// The popup: asks the worker for the tab's state and renders one of the states, or the
// three sections of a report (Source, Differences, Key quotes). Text only, no page HTML.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../shared/messages';
import { t } from '../components/i18n';
import type { WiretraceClient } from '../client';
import { DifferenceList } from '../components/DifferenceList';
import { QuoteList } from '../components/QuoteList';
import { OpenSideBySide } from '../components/OpenSideBySide';
import { Section } from '../components/Section';
import { TruncationNote } from '../components/TruncationNote';
import { MatchNotice, MatchWrongButton, useMatchRejection } from './MatchWrong';
import { CompareWith } from './CompareWith';
import { FindOriginal } from './FindOriginal';
import { SourceSection } from './SourceSection';

/** While the worker is checking, ask again this often. */
export const POLL_MS = 400;

type PopupState = TabState | { state: 'loading' } | { state: 'no-tab' };

/** The tab's state (polled while checking), the tab's id, and a setter for answers to actions. */
export function useTabState(client: WiretraceClient): { s: PopupState; tabId?: number; set(state: TabState): void } {
  const [state, setState] = useState<PopupState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();
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
  }, [client]);
  return { s: state, tabId, set: setState };
}

function Note({ kind, children }: { kind: string; children: preact.ComponentChildren }) {
  return (
    <div class={`wt-state wt-state-${kind}`} data-testid="state" data-state={kind} role="status">
      {children}
    </div>
  );
}

export function App({ client }: { client: WiretraceClient }) {
  const { s, tabId, set } = useTabState(client);
  const match = useMatchRejection({ client, tabId: tabId ?? -1, onState: set });
  return (
    <main class="wt-popup">
      <h1 class="wt-title">{t('popupTitle')}</h1>
      <MatchNotice message={match.message} undo={match.undo} busy={match.busy} onUndo={match.restore} />
      {s.state === 'loading' || s.state === 'checking' ? <Note kind="checking">{t('stateChecking')}</Note> : null}
      {s.state === 'no-tab' ? <Note kind="no-tab">{t('stateNoTab')}</Note> : null}
      {s.state === 'not-article' ? <Note kind="not-article">{t('stateNotArticle')}</Note> : null}
      {s.state === 'unread' ? <Note kind="unread">{t('stateUnread')}</Note> : null}
      {s.state === 'error' ? <Note kind="error">{t('stateError', s.message)}</Note> : null}
      {s.state === 'no-known-version' ? (
        <Note kind="no-known-version">
          <p>{t('stateNoKnownVersion')}</p>
          <p class="wt-muted">{t('stateNoKnownVersionHint')}</p>
          {tabId !== undefined ? <FindOriginal client={client} tabId={tabId} onState={set} /> : null}
        </Note>
      ) : null}
      {s.state === 'report' ? (
        <div data-testid="state" data-state="report">
          <SourceSection report={s.report} />
          <OpenSideBySide report={s.report} />
          {tabId !== undefined ? <MatchWrongButton report={s.report} busy={match.busy} onReject={match.reject} /> : null}
          <Section id="differences" title={t('sectionDifferences')}>
            <TruncationNote report={s.report} />
            <DifferenceList differences={s.report.differences} />
          </Section>
          <Section id="quotes" title={t('sectionQuotes')}>
            <QuoteList quotes={s.report.quotes} />
          </Section>
        </div>
      ) : null}
      {tabId !== undefined && (s.state === 'report' || s.state === 'no-known-version' || s.state === 'error') ? (
        <CompareWith client={client} tabId={tabId} onState={set} />
      ) : null}
    </main>
  );
}
