// Backing up the whole library to one file, and restoring such a file into an empty library.
import { call } from '../lib/client';
import { plural } from '../lib/format';
import { busy } from './busy.svelte';
import { notices } from './notices.svelte';
import { preferences } from './preferences.svelte';
import { workbench } from './workbench.svelte';

export const BACKING_UP_LABEL = 'Backing up the library…';
export const RESTORING_LABEL = 'Restoring the library…';
const BACKUP_FAILED_TITLE = 'Couldn’t back up the library';
const RESTORE_FAILED_TITLE = 'Couldn’t restore the library';

class Backups {
  get isRunning(): boolean {
    return busy.has(BACKING_UP_LABEL) || busy.has(RESTORING_LABEL);
  }

  async backUp(): Promise<void> {
    if (this.isRunning) return;
    await busy.run(BACKING_UP_LABEL, async () => {
      // A note still on its way would be missing from the backup.
      const failed = await workbench.notes.flushAll();
      if (failed.length > 0) {
        notices.push('error', {
          title: 'The library was not backed up',
          message: 'A note could not be saved, and the backup would have missed it.',
          hint: 'Retry saving the note (its notice has Retry), then back up again.',
        });
        return;
      }
      try {
        const outcome = await call('backupLibrary', undefined);
        if (outcome.isCancelled || !outcome.path) return;
        notices.dismissTitle(BACKUP_FAILED_TITLE);
        notices.success({ title: `${plural(outcome.articleCount, 'article')} backed up`, path: outcome.path, isPersistent: true });
      } catch (error) {
        notices.error(BACKUP_FAILED_TITLE, error);
      }
    });
  }

  async restore(): Promise<void> {
    if (this.isRunning) return;
    // Said here, without a dialog first; the app refuses it too, should the list here be behind.
    const count = workbench.articles.length;
    if (count > 0) {
      notices.push('info', {
        title: 'Restore needs an empty library',
        message: `This library has ${plural(count, 'article')}. A backup is restored only into an empty library, so nothing in it is mixed up or replaced.`,
        hint: 'Back up these articles if you want to keep them, delete them, then restore.',
      });
      return;
    }
    await busy.run(RESTORING_LABEL, async () => {
      try {
        const outcome = await call('restoreLibrary', undefined);
        if (outcome.isCancelled) return;
        await workbench.loadLibrary();
        // The backup's claim sensitivity is the library's now.
        if (preferences.current !== null) await preferences.load().catch(() => null);
        notices.dismissTitle(RESTORE_FAILED_TITLE);
        notices.success({ title: `${plural(outcome.articleCount, 'article')} restored`, message: outcome.path ? `From ${outcome.path}` : null });
      } catch (error) {
        notices.error(RESTORE_FAILED_TITLE, error);
      }
    });
  }
}

export const backups = new Backups();
