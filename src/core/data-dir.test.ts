import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, userDataDirFor } from './data-dir';

describe('the library folder', () => {
  it('is where Electron keeps userData for the product, on each platform', () => {
    expect(userDataDirFor('linux', {}, '/home/ana')).toBe('/home/ana/.config/Factdesk');
    expect(userDataDirFor('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Factdesk');
    expect(userDataDirFor('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Factdesk');
    expect(userDataDirFor('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Factdesk'),
    );
  });

  it('is the library folder inside userData, unless --data-dir or FACTDESK_DATA_DIR says otherwise', () => {
    expect(resolveDataDir({}, '/u/Factdesk')).toBe('/u/Factdesk/library');
    expect(resolveDataDir({ FACTDESK_DATA_DIR: 'lib' }, '/u/Factdesk')).toBe(resolve('lib'));
    expect(resolveDataDir({ FACTDESK_DATA_DIR: '/env' }, '/u/Factdesk', '/flag')).toBe('/flag');
  });
});
