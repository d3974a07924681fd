// The user's preferences as the app last confirmed them; null until first loaded.
import type { Preferences } from '../../../shared/preferences';
import { call } from '../lib/client';

class PreferencesState {
  current = $state<Preferences | null>(null);

  async load(): Promise<Preferences> {
    this.current = await call('getPreferences', undefined);
    return this.current;
  }

  /** Saves the given fields; the app answers with all of them as stored. */
  async save(changes: Partial<Preferences>): Promise<Preferences> {
    this.current = await call('setPreferences', changes);
    return this.current;
  }
}

export const preferences = new PreferencesState();
