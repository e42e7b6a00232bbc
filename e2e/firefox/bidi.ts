// A minimal WebDriver BiDi client for Debian's firefox-esr, enough for the Firefox smoke
// test: launch headless with a throwaway profile, install the extension temporarily
// (webExtension.install), open tabs, evaluate scripts. Playwright's Firefox needs its own
// patched build (not installable here), so this speaks the W3C protocol Firefox ships.
// Needs a global WebSocket (Node 22+, or Node 20 with --experimental-websocket: smoke.ts
// re-runs itself with the flag there).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class Bidi {
  private next = 1;
  private pending = new Map<number, Pending>();

  private constructor(
    private ws: WebSocket,
    private proc: ChildProcess,
    private profile: string,
  ) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiting = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiting) return;
      this.pending.delete(msg.id!);
      if (msg.type === 'error') waiting.reject(new Error(`${msg.error}: ${msg.message}`));
      else waiting.resolve(msg.result);
    });
  }

  /** Starts Firefox with `prefs` in a fresh profile and opens a BiDi session. */
  static async launch(prefs: Record<string, string | number | boolean>, timeoutMs = 30_000): Promise<Bidi> {
    const profile = mkdtempSync(join(tmpdir(), 'wiretrace-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(prefs)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    );
    // --remote-allow-system-access lets the test open an extension page in a tab (a web
    // page may not navigate to moz-extension: URLs, and BiDi navigation counts as one).
    const proc = spawn(
      FIREFOX,
      ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const endpoint = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${log}`)), timeoutMs);
      proc.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      proc.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${log}`)));
    });
    const ws = new WebSocket(`${endpoint.replace(/\/$/, '')}/session`);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error('cannot connect to Firefox BiDi')), { once: true });
    });
    const bidi = new Bidi(ws, proc, profile);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return bidi;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Browsing contexts (tabs) with their URLs; `chrome` lists the browser windows instead. */
  async contexts(chrome = false): Promise<Array<{ context: string; url: string }>> {
    const tree = await this.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', chrome ? { 'moz:scope': 'chrome' } : {});
    return tree.contexts;
  }

  /** Evaluates an expression (awaiting a promise) and returns its value, JSON-decoded. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const out = await this.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (out.type !== 'success') throw new Error(`script failed: ${out.exceptionDetails?.text ?? JSON.stringify(out)}`);
    return JSON.parse(out.result?.value ?? 'null') as T;
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.ws.close();
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 5000);
      this.proc.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}
