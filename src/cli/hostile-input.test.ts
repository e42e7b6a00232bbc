// Issue 14, item 11: the CLI against hostile input. A .gz that inflates past the cap, a
// server that sends its body slowly, binary files, and control characters in page text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import type { LoadOptions } from './load';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
const tmp = mkdtempSync(join(tmpdir(), 'wiretrace-hostile-cli-'));

async function call(args: string[], load: LoadOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string) => (add(s), true) });
  const code = await main(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) }, load);
  return { code, stdout, stderr };
}

const story = (title: string) =>
  `${title}\n\n${Array.from({ length: 8 }, (_, i) => `Paragraph ${i}: the council voted on the new budget for the river district on Monday, officials said.`).join('\n\n')}\n`;

describe('wiretrace compare on hostile input', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        // Never ends: the timeout must cut it, with a message and exit code 2.
      } else if (req.url === '/binary') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses a .gz that inflates past the cap (the cap was checked on the compressed size)', async () => {
    const bomb = join(tmp, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    const { code, stderr } = await call(['compare', bomb, bomb], { maxBytes: 64 * 1024 });
    expect(code).toBe(2);
    expect(stderr).toMatch(/too large once decompressed/);
  });

  it('a body that never finishes: exit 2 and "timed out", not an internal error with a stack', async () => {
    const text = join(tmp, 'a.txt');
    writeFileSync(text, story('Budget vote'));
    const { code, stderr } = await call(['compare', `${base}/slow`, text], { timeoutMs: 500 });
    expect(code).toBe(2);
    expect(stderr).toMatch(/timed out/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('binary input (a file, or a page that says it is HTML) is refused as not text', async () => {
    const png = join(tmp, 'image.html');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Buffer.from('<p>text</p>')]));
    for (const arg of [png, `${base}/binary`]) {
      const { code, stderr } = await call(['compare', arg, png]);
      expect(code, arg).toBe(2);
      expect(stderr, arg).toMatch(/not text/);
    }
  });

  it('strips control characters from what reaches the terminal; JSON stays valid', async () => {
    const evil = join(tmp, 'evil.txt');
    const other = join(tmp, 'other.txt');
    writeFileSync(evil, story('Budget \u001b]0;pwned\u0007vote \u001b[2J\u009b31m\u202eeton'));
    writeFileSync(other, story('Budget vote'));
    for (const flags of [[], ['--markdown']]) {
      const { code, stdout } = await call(['compare', evil, other, ...flags]);
      expect(code).toBe(0);
      expect(stdout, flags.join()).toContain('Budget');
      expect(stdout, flags.join()).not.toMatch(UNSAFE);
    }
    const { stdout } = await call(['compare', evil, other, '--json']);
    expect(stdout).not.toMatch(UNSAFE);
    expect(JSON.parse(stdout).copy.title).toContain('\u202eeton');
  });
});
