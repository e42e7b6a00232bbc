// Remembered articles (issue 11): search them, delete one or all, and open any two side by
// side. Headlines and outlets are page text: shown as text, links http(s) only.
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../shared/messages';
import { SafeLink } from '../components/SafeLink';
import type { OptionsClient } from './options-client';
import { s } from './strings';

export function Remembered({ client, onCleared }: { client: OptionsClient; onCleared(): void }) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const load = async (q = query) => setItems(await client.listArticles(q));
  useEffect(() => {
    void load();
  }, []);

  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));
  const pair = picked.length === 2 ? `../compare/index.html?${new URLSearchParams({ copy: picked[0], known: picked[1] })}` : undefined;

  return (
    <section aria-labelledby="remembered-h" data-testid="remembered">
      <h2 id="remembered-h">{s('remembered')}</h2>
      <p class="wt-help">{s('rememberedHelp')}</p>
      <label>
        {s('rememberedSearch')}{' '}
        <input
          type="search"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            void load(e.currentTarget.value);
          }}
        />
      </label>
      {items.length === 0 ? (
        <p>{s('rememberedNone')}</p>
      ) : (
        <ul class="wt-remembered">
          {items.map((a) => (
            <li key={a.id} data-id={a.id}>
              <label>
                <input type="checkbox" checked={picked.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
                <span class="visually-hidden">{s('rememberedPick')}</span>
              </label>{' '}
              <strong>{a.outlet}</strong> · <SafeLink href={a.url}>{a.title}</SafeLink>{' '}
              <button
                type="button"
                onClick={async () => {
                  await client.deleteArticle(a.id);
                  setPicked((p) => p.filter((x) => x !== a.id));
                  await load();
                }}
              >
                {s('rememberedDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        {pair ? (
          <a href={pair} target="_blank" rel="noopener" data-testid="remembered-compare">
            {s('rememberedCompare')}
          </a>
        ) : (
          <span class="wt-help">{s('rememberedCompare')}</span>
        )}{' '}
        <button
          type="button"
          onClick={async () => {
            if (!confirm(s('clearConfirm'))) return;
            await client.clearLibrary();
            setPicked([]);
            await load();
            onCleared();
          }}
        >
          {s('rememberedDeleteAll')}
        </button>
      </p>
    </section>
  );
}
