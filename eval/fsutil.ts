// Small file helpers for the evaluation: corpora live outside the repository
// (../shared/realdata), so every loader says plainly when a folder is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from '../src/cli/decode';

export function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A saved page as text, in the charset it declares (plain or .gz). */
export function readPage(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decode(bytes);
}

export function listFiles(dir: string, re: RegExp): string[] {
  return readdirSync(dir)
    .filter((f) => re.test(f))
    .sort()
    .map((f) => join(dir, f));
}
