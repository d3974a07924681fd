// The `factdesk` executable.
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli';
import { text } from 'node:stream/consumers';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => text(process.stdin),
    env: process.env,
  },
  version,
);
process.exitCode = code;
