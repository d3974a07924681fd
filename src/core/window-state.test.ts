import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, fitWindowBounds, readWindowState, writeWindowState } from './window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-window-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('round-trips through its file', async () => {
    const path = join(dir, 'window-state.json');
    const state = { bounds: { x: 40, y: 30, width: 1500, height: 950 }, isMaximized: true };
    writeWindowState(path, state);
    expect(await readWindowState(path)).toEqual(state);
  });

  it('ignores a missing, damaged or malformed file', async () => {
    expect(await readWindowState(join(dir, 'none.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{"bounds": ');
    expect(await readWindowState(join(dir, 'bad.json'))).toBeNull();
    await writeFile(join(dir, 'odd.json'), JSON.stringify({ bounds: { x: 'left' }, isMaximized: 1 }));
    expect(await readWindowState(join(dir, 'odd.json'))).toBeNull();
  });

  it('keeps saved bounds on a current display and never goes below the minimum size', () => {
    expect(fitWindowBounds({ x: 100, y: 50, width: 1400, height: 900 }, [screen])).toEqual({ x: 100, y: 50, width: 1400, height: 900 });
    expect(fitWindowBounds({ x: 100, y: 50, width: 300, height: 200 }, [screen])).toEqual({ x: 100, y: 50, ...MIN_WINDOW_SIZE });
  });

  it('drops the position when the window would open on a display that is gone', () => {
    expect(fitWindowBounds({ x: 3000, y: 100, width: 1400, height: 900 }, [screen])).toEqual({ width: 1400, height: 900 });
    const secondScreen = { x: 1920, y: 0, width: 2560, height: 1440 };
    expect(fitWindowBounds({ x: 3000, y: 100, width: 1400, height: 900 }, [screen, secondScreen])).toMatchObject({ x: 3000 });
    expect(fitWindowBounds(null, [screen])).toEqual(DEFAULT_WINDOW_SIZE);
  });
});
