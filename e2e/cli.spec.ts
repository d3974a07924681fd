// The built `factdesk` command (package.json bin), run as a user runs it, over a temporary library.
import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, samplesDir, SAMPLES } from './fixtures/paths';

const bin = join(repoRoot, (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: { factdesk: string } }).bin.factdesk);

function factdesk(args: string[], options: { input?: string; dataDir?: string } = {}) {
  const result = spawnSync(bin, args, {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...(options.dataDir ? { FACTDESK_DATA_DIR: options.dataDir } : {}) },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dataDir = '';
test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-cli-e2e-'));
});
test.afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

test('the built command analyzes, imports, marks and exports a report', async () => {
  const sample = join(samplesDir, SAMPLES.chinaDaily.file);
  const analyzed = factdesk(['analyze', sample, '--json']);
  expect(analyzed.code).toBe(0);
  const { article, claims } = JSON.parse(analyzed.stdout);
  expect(article.title).toBe(SAMPLES.chinaDaily.title);
  expect(claims.length).toBeGreaterThan(3);

  const [imported] = JSON.parse(factdesk(['import', sample, '--json'], { dataDir }).stdout);
  const [first] = JSON.parse(factdesk(['claims', imported.id, '--json'], { dataDir }).stdout);
  expect(factdesk(['set-status', first.id, 'disputed', '--note', 'Two sources disagree'], { dataDir }).code).toBe(0);
  const out = join(dataDir, 'report.pdf');
  const exported = factdesk(['export', imported.id, '--format', 'pdf', '--out', out], { dataDir });
  expect(exported).toMatchObject({ code: 0, stderr: '' });
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  expect(text).toContain(SAMPLES.chinaDaily.title);
  expect(text).toContain('Disputed');
  expect(text).toContain('Two sources disagree');
});

test('the built command answers checkworthy line by line, and says how long 4,000 lines took', async () => {
  const lines = Array.from({ length: 2_000 }, () => [
    'China-Kazakhstan bilateral trade value grew 6.8 percent year-on-year to $43.82 billion last year.',
    'We are grateful for your warm welcome.',
  ]).flat();
  const started = performance.now();
  const result = factdesk(['checkworthy'], { input: `${lines.join('\n')}\n` });
  const elapsedMs = Math.round(performance.now() - started);
  expect(result.code).toBe(0);
  const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { checkworthy: boolean });
  expect(answers).toHaveLength(4_000);
  expect(answers[0]?.checkworthy).toBe(true);
  expect(answers[1]?.checkworthy).toBe(false);
  test.info().annotations.push({ type: 'timing', description: `checkworthy on 4,000 lines, start-up included: ${elapsedMs} ms` });
  console.log(`factdesk checkworthy: 4,000 lines in ${elapsedMs} ms, start-up included`);
});

test('usage and bad input exit 1 and 2 with one line on stderr', async () => {
  const usage = factdesk(['frobnicate']);
  expect(usage.code).toBe(1);
  expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  const bad = factdesk(['analyze', join(dataDir, 'missing.txt')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('missing.txt');
});
