// The side-by-side page: loads one comparison through the client, then lays out the
// header, the toolbar, the jump list and quotes beside the aligned table. State here is
// only what the reader chose (hide style changes, the current jump); the rest is derived.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Comparison } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { t } from '../components/i18n';
import { useRememberedFlag } from '../components/remembered';
import { TruncationNote } from '../components/TruncationNote';
import { summarise } from '../../core/summary';
import { buildCells } from './cells';
import { Header } from './Header';
import { JumpList } from './JumpList';
import { jumpTargets } from './jumpTargets';
import { pairSearch, type PageRequest } from './params';
import { QuoteList } from './QuoteList';
import { RowsTable } from './RowsTable';
import { Toolbar } from './Toolbar';
import { useJumps } from './useJumps';

type Load = { state: 'loading' } | { state: 'empty'; message: string } | { state: 'error'; message: string } | { state: 'ready'; data: Comparison };

const CHECKING_POLL_MS = 400;
const CHECKING_POLLS = 50;

async function load(client: WiretraceClient, request: PageRequest): Promise<Load> {
  if (request.kind === 'pair') return { state: 'ready', data: await client.comparison(request.copyId, request.knownId) };
  const tabId = request.tabId ?? (await client.currentTabId());
  if (tabId === undefined) return { state: 'empty', message: t('stateNoTab') };
  let tab = await client.tabState(tabId);
  // Opened while the worker is still checking the page: wait for its answer (bounded).
  for (let i = 0; tab.state === 'checking' && i < CHECKING_POLLS; i++) {
    await new Promise((r) => setTimeout(r, CHECKING_POLL_MS));
    tab = await client.tabState(tabId);
  }
  if (tab.state !== 'report') return { state: 'empty', message: t('compare_noReport') };
  const { copy, source } = tab.report;
  if (!copy.id || !source.id) return { state: 'empty', message: t('compare_notInLibrary') };
  // Swap the tab URL for the bookmarkable one (the ids), so reload and bookmarks work.
  history.replaceState(null, '', pairSearch(copy.id, source.id));
  return { state: 'ready', data: await client.comparison(copy.id, source.id) };
}

export function App({ client, request }: { client: WiretraceClient; request: PageRequest }) {
  const [loaded, setLoaded] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    load(client, request).then(setLoaded, (err: unknown) => setLoaded({ state: 'error', message: err instanceof Error ? err.message : String(err) }));
  }, [client, request]);

  if (loaded.state !== 'ready') {
    return (
      <main class="state" aria-busy={loaded.state === 'loading'}>
        <h1>{t('compare_title')}</h1>
        <p role={loaded.state === 'error' ? 'alert' : 'status'}>
          {loaded.state === 'loading' ? t('compare_loading') : loaded.state === 'error' ? t('compare_error', loaded.message) : loaded.message}
        </p>
      </main>
    );
  }
  return <ComparisonView data={loaded.data} />;
}

export function ComparisonView({ data }: { data: Comparison }) {
  const { report, copy, known } = data;
  const [hideStyle, setHideStyle] = useRememberedFlag('wiretrace.compare.hideStyle');
  const cells = useMemo(() => buildCells(report.rows, copy, known, report.quotes), [data]);
  // What every view shows of the report, in the same order and with the same counts.
  const summary = useMemo(() => summarise(report), [report]);
  const targets = useMemo(() => {
    const texts = cells.map((c) => ({
      copy: c.copy && plain(c.copy),
      known: c.known && plain(c.known),
    }));
    return jumpTargets(summary.changes, report.rows, texts);
  }, [cells, summary]);
  const jumps = useJumps(targets);
  // Where each quote is outlined (the first row showing it), for "Show in the text".
  const quoteRows = useMemo(() => {
    const at = new Map<number, number>();
    cells.forEach((c, row) => {
      for (const piece of [...(c.copy ?? []), ...(c.known ?? [])]) {
        if ('quote' in piece && !at.has(piece.quote.index)) at.set(piece.quote.index, row);
      }
    });
    return at;
  }, [cells]);

  useEffect(() => {
    document.title = t('compare_docTitle', report.copy.outlet, report.source.outlet);
  }, [report]);

  return (
    <div class={hideStyle ? 'page hide-style' : 'page'}>
      <a class="skip" href="#rows">
        {t('compare_skipToText')}
      </a>
      <Header report={report} summary={summary} bylines={{ copy: copy.byline, known: known.byline }}>
        <Toolbar report={report} hideStyle={hideStyle} onHideStyle={setHideStyle} />
      </Header>
      <div class="layout">
        <aside class="side" aria-label={t('compare_sideLabel')}>
          <JumpList targets={targets} jumps={jumps} />
          <QuoteList quotes={report.quotes} rowOf={(q) => quoteRows.get(q)} />
        </aside>
        <main id="rows" tabIndex={-1}>
          <TruncationNote report={report} />
          <RowsTable report={report} copy={copy} known={known} cells={cells} targets={targets} hideStyle={hideStyle} />
        </main>
      </div>
    </div>
  );
}

function plain(pieces: Array<{ text: string } | { pieces: Array<{ text: string }> }>): string {
  return pieces.map((p) => ('pieces' in p ? p.pieces.map((q) => q.text).join('') : p.text)).join('');
}
