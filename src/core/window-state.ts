// The main window's size and position, remembered between runs. Kept in core so it is tested in Node.
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { writeFileAtomicSync } from './fs/write-file-atomic';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1360, height: 860 };
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 };

const integer = v.pipe(v.number(), v.integer());
const windowStateSchema = v.object({
  bounds: v.object({ x: integer, y: integer, width: integer, height: integer }),
  isMaximized: v.boolean(),
});

/** The saved state, or null when there is none or it is unreadable (a fresh default is fine then). */
export async function readWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = v.safeParse(windowStateSchema, JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Synchronous: it runs as the window closes, and the app may quit right after. */
export function writeWindowState(path: string, state: WindowState): void {
  writeFileAtomicSync(path, JSON.stringify(state));
}

/**
 * Keeps saved bounds only if the window would still be mostly visible on a current display (a monitor
 * may have been unplugged), and never smaller than the minimum size.
 */
export function fitWindowBounds(saved: Rectangle | null, workAreas: Rectangle[]): Partial<Rectangle> {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE };
  const width = Math.max(saved.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(saved.height, MIN_WINDOW_SIZE.height);
  const isVisible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapY = Math.min(saved.y + height, area.y + area.height) - Math.max(saved.y, area.y);
    return overlapX >= Math.min(200, width) && overlapY >= Math.min(100, height);
  });
  return isVisible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
