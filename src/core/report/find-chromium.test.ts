import { describe, expect, it } from 'vitest';
import { describeMissingChromium, findChromium } from './find-chromium';

describe('findChromium', () => {
  it('uses FACTDESK_CHROMIUM or an explicit path, only if it exists', () => {
    expect(findChromium(undefined, { FACTDESK_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(findChromium(process.execPath, { FACTDESK_CHROMIUM: '/nowhere/chromium' })).toBe(process.execPath);
    expect(findChromium(undefined, { FACTDESK_CHROMIUM: '/nowhere/chromium' })).toBeNull();
  });

  it('says what to install when nothing is found', () => {
    const message = describeMissingChromium(undefined, { FACTDESK_CHROMIUM: '/nowhere/chromium' });
    expect(message).toContain('/nowhere/chromium');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('FACTDESK_CHROMIUM');
  });
});
