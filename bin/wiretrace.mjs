#!/usr/bin/env node
// Entry of the `wiretrace` command. The CLI is TypeScript shared with the extension, so it
// runs through tsx's loader rather than a second build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
