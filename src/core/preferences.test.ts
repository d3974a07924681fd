import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isClaimThreshold, roundClaimThreshold } from '../shared/preferences';
import { CLAIM_THRESHOLD } from './detect';
import { PREFERENCES_FILE, PREFERENCES_VERSION, PreferencesStore, defaultPreferences, readPreferences } from './preferences';

let dataDir: string;
const path = () => join(dataDir, PREFERENCES_FILE);
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-prefs-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('claim thresholds', () => {
  it('accepts 0.05 to 0.95 in steps of 0.05, allowing for floating-point noise', () => {
    expect([0.05, 0.1, 0.15000000000000002, 0.5, 0.95].every(isClaimThreshold)).toBe(true);
    expect([0, 0.04, 0.07, 0.96, 1, Number.NaN, Infinity, -0.5].some(isClaimThreshold)).toBe(false);
    expect(roundClaimThreshold(0.1 + 0.2)).toBe(0.3);
  });

  it('defaults to the detector’s threshold rounded to the nearest step', () => {
    expect(defaultPreferences().claimThreshold).toBe(roundClaimThreshold(CLAIM_THRESHOLD));
    expect(isClaimThreshold(defaultPreferences().claimThreshold)).toBe(true);
  });
});

describe('PreferencesStore', () => {
  it('starts from the defaults without writing anything', async () => {
    const store = await PreferencesStore.open(dataDir, vi.fn());
    expect(store.get()).toEqual(defaultPreferences());
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('saves atomically with a schema version, and reads the saved value back', async () => {
    const store = await PreferencesStore.open(dataDir);
    expect(await store.set({ claimThreshold: 0.15000000000000002 })).toEqual({ claimThreshold: 0.15, userName: '' });
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ schemaVersion: PREFERENCES_VERSION, claimThreshold: 0.15, userName: '' });
    // No temporary file is left beside it.
    expect(await readdir(dataDir)).toEqual([PREFERENCES_FILE]);
    expect((await PreferencesStore.open(dataDir)).get().claimThreshold).toBe(0.15);
    expect((await readPreferences(dataDir)).claimThreshold).toBe(0.15);
  });

  it('refuses a value out of range and keeps the old one', async () => {
    const store = await PreferencesStore.open(dataDir);
    await store.set({ claimThreshold: 0.7 });
    await expect(store.set({ claimThreshold: 1.5 })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(store.get().claimThreshold).toBe(0.7);
    expect(JSON.parse(await readFile(path(), 'utf8')).claimThreshold).toBe(0.7);
  });

  it('uses the defaults for a damaged file, warns, and leaves it alone until the user saves', async () => {
    await writeFile(path(), '{"schemaVersion": 1, "claimThr');
    const warn = vi.fn();
    const store = await PreferencesStore.open(dataDir, warn);
    expect(store.get()).toEqual(defaultPreferences());
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/preferences\.json is damaged.*left untouched/));
    expect(await readFile(path(), 'utf8')).toBe('{"schemaVersion": 1, "claimThr');
    await store.set({ claimThreshold: 0.3 });
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ schemaVersion: PREFERENCES_VERSION, claimThreshold: 0.3, userName: '' });
  });

  it('keeps the good fields of a file with one bad value, and fields from a newer version when saving', async () => {
    await writeFile(path(), JSON.stringify({ schemaVersion: 1, claimThreshold: 7, theme: 'dark' }));
    const warn = vi.fn();
    const store = await PreferencesStore.open(dataDir, warn);
    expect(store.get().claimThreshold).toBe(defaultPreferences().claimThreshold);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('claimThreshold'));
    await store.set({ claimThreshold: 0.4 });
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ schemaVersion: PREFERENCES_VERSION, claimThreshold: 0.4, userName: '', theme: 'dark' });
  });

  it('keeps the user’s name with its spaces tidied, and refuses one that is too long or not text', async () => {
    const store = await PreferencesStore.open(dataDir);
    expect(store.get().userName).toBe('');
    expect(await store.set({ userName: '  Aigerim   Nurlanovna ' })).toMatchObject({ userName: 'Aigerim Nurlanovna' });
    await expect(store.set({ userName: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(store.set({ userName: 42 } as unknown as { userName: string })).rejects.toMatchObject({ code: 'invalid-input' });
    await store.close();
    expect((await PreferencesStore.open(dataDir)).get()).toMatchObject({ userName: 'Aigerim Nurlanovna' });
  });

  it('treats JSON that is not a preferences record as damaged', async () => {
    for (const text of ['[1, 2]', '"0.5"', '{"claimThreshold": 0.3}']) {
      await writeFile(path(), text);
      const warn = vi.fn();
      expect((await PreferencesStore.open(dataDir, warn)).get()).toEqual(defaultPreferences());
      expect(warn).toHaveBeenCalledOnce();
    }
  });

  it('reads a file from a newer Factdesk but refuses to overwrite it, with a clear error', async () => {
    const text = JSON.stringify({ schemaVersion: PREFERENCES_VERSION + 1, claimThreshold: 0.6, theme: 'dark' });
    await writeFile(path(), text);
    const store = await PreferencesStore.open(dataDir, vi.fn());
    expect(store.get().claimThreshold).toBe(0.6);
    await expect(store.set({ claimThreshold: 0.3 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/newer Factdesk.*version 2.*nothing was changed/),
    });
    expect(store.get().claimThreshold).toBe(0.6);
    expect(await readFile(path(), 'utf8')).toBe(text);
  });

  it('writes every save on its way before close resolves, and refuses saves after it', async () => {
    const store = await PreferencesStore.open(dataDir);
    const saves = [0.2, 0.25, 0.3, 0.35, 0.4].map((claimThreshold) => store.set({ claimThreshold }));
    await store.close();
    expect(JSON.parse(await readFile(path(), 'utf8')).claimThreshold).toBe(0.4);
    await expect(Promise.all(saves)).resolves.toHaveLength(5);
    await expect(store.set({ claimThreshold: 0.5 })).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path(), 'utf8')).claimThreshold).toBe(0.4);
  });

  it('writes concurrent saves one after another; the last one wins on disk and in memory', async () => {
    const store = await PreferencesStore.open(dataDir);
    await Promise.all([0.2, 0.25, 0.3, 0.35].map((claimThreshold) => store.set({ claimThreshold })));
    expect(store.get().claimThreshold).toBe(0.35);
    expect(JSON.parse(await readFile(path(), 'utf8')).claimThreshold).toBe(0.35);
  });
});
