// A process that writes to a library as fast as it can until it is killed (crash-safety.test.ts kills it
// with SIGKILL). Usage: node --import tsx crash-writer.ts DATA_DIR SEED. It loads, says "ready", waits for a
// line on stdin (so the test can start it while it still holds the library itself), opens the library and
// makes a seeded pseudo-random sequence of changes: adds articles, sets statuses and notes, adds sources,
// deletes an article now and then, closes and reopens the library once in a while (as a restart does).
// Each change is announced before it starts and acknowledged once the store has resolved it (see
// crash-protocol.ts). The line on stdin may ask it to kill itself at a given point; otherwise it runs
// until the test kills it.
import { writeSync } from 'node:fs';
import { CLAIM_STATUSES, type ArticleDocument } from '../../../shared/model';
import { addSource, setNote, setStatus } from '../../claims/claim-edits';
import { makeDocument } from '../../test-fixtures';
import { LibraryStore } from '../library-store';
import { createRandom, describeClaim, pickOne, type Change, type GoCommand, type SelfKill, type WriterMessage } from './crash-protocol';
import { countFileOps } from './file-op-counter';

/** A writer that is never killed stops here, so a test that goes wrong cannot leave it running for ever. */
const MAX_CHANGES = 3000;
/** Enough articles that a change usually lands on one the previous round did not touch; few, to stay fast. */
const FEW_ARTICLES = 3;
const MANY_ARTICLES = 8;

let selfKill: SelfKill | null = null;
/** File operations completed since the last change was announced. */
let fileOps = 0;
/** File operations left before this process kills itself; null when no kill is due. */
let fileOpsToKill: number | null = null;

function killSelf(): void {
  process.kill(process.pid, 'SIGKILL');
}

function countFileOp(): void {
  fileOps += 1;
  if (fileOpsToKill === null) return;
  fileOpsToKill -= 1;
  if (fileOpsToKill <= 0) killSelf();
}

type Announcement = { type: 'intent'; seq: number; change: Change } | { type: 'ack'; seq: number; change: Change };

function emit(announcement: WriterMessage | Announcement): void {
  const message: WriterMessage = announcement.type === 'ack' ? { ...announcement, fileOps } : announcement;
  if (message.type === 'intent') fileOps = 0;
  // Written synchronously: once this returns the line is in the pipe, and survives a kill.
  writeSync(1, `${JSON.stringify(message)}\n`);
  if (message.type === 'ack' && selfKill?.afterAck === message.seq) killSelf();
  const afterIntent = selfKill?.afterIntent;
  if (message.type === 'intent' && afterIntent) {
    const isMatch = (afterIntent.seq ?? message.seq) === message.seq && (afterIntent.kind ?? message.change.kind) === message.change.kind;
    if (isMatch) {
      selfKill = null;
      fileOpsToKill = afterIntent.fileOps;
      if (fileOpsToKill <= 0) killSelf();
    }
  }
}

function waitForGo(): Promise<GoCommand> {
  return new Promise((resolve) => {
    const stopWaiting = () => process.exit(3);
    // The test went away before starting it: nothing is left to do. Once started, MAX_CHANGES ends it.
    process.stdin.once('end', stopWaiting);
    process.stdin.setEncoding('utf8').once('data', (line: string) => {
      process.stdin.off('end', stopWaiting);
      process.stdin.pause();
      resolve(JSON.parse(line) as GoCommand);
    });
  });
}

type Random = () => number;

function chooseKind(articleCount: number, random: Random): Change['kind'] {
  const roll = random();
  if (roll < 0.03) return 'reopen';
  if (articleCount === 0) return 'add';
  if (articleCount < FEW_ARTICLES) return roll < 0.5 ? 'add' : 'claim';
  if (articleCount >= MANY_ARTICLES) return roll < 0.4 ? 'delete' : 'claim';
  return roll < 0.1 ? 'add' : roll < 0.22 ? 'delete' : 'claim';
}

async function addSome(store: LibraryStore, seq: number, random: Random): Promise<string[]> {
  const docs: ArticleDocument[] = Array.from({ length: random() < 0.3 ? 2 : 1 }, () => makeDocument());
  const change: Change = {
    kind: 'add',
    articles: docs.map((doc) => ({ id: doc.article.id, contentHash: doc.article.contentHash, claims: doc.claims.map(describeClaim) })),
  };
  emit({ type: 'intent', seq, change });
  await (docs.length === 1 && docs[0] ? store.addArticle(docs[0]) : store.addArticles(docs));
  emit({ type: 'ack', seq, change });
  return docs.map((doc) => doc.article.id);
}

async function changeClaim(store: LibraryStore, articleId: string, seq: number, seed: number, random: Random): Promise<void> {
  const { value: change } = await store.updateArticle(articleId, (doc): Change => {
    const claim = pickOne(doc.claims, random);
    if (!claim) throw new Error(`Article ${articleId} has no claims to change.`);
    const before = describeClaim(claim);
    const now = new Date();
    const roll = random();
    if (roll < 0.45) {
      const status = pickOne(
        CLAIM_STATUSES.filter((candidate) => candidate !== claim.status),
        random,
      );
      if (status) setStatus(claim, status, now);
    } else if (roll < 0.8) {
      // Cyrillic and Chinese too: a torn multi-byte character must not pass for a note.
      setNote(claim, `note ${seed}.${seq}: проверено, 已核实`, now);
    } else {
      addSource(claim, { url: `https://example.org/check/${seed}/${seq}`, title: `Source ${seq}`, note: '' }, now);
    }
    const change: Change = { kind: 'claim', articleId, before, after: describeClaim(claim) };
    // Announced from inside the change: the store writes as soon as this returns.
    emit({ type: 'intent', seq, change });
    return change;
  });
  emit({ type: 'ack', seq, change });
}

async function run(dataDir: string, seed: number): Promise<void> {
  const random = createRandom(seed);
  await countFileOps(countFileOp);
  emit({ type: 'ready' });
  ({ selfKill } = await waitForGo());
  let store = await LibraryStore.open(dataDir);
  let articleIds = store.listArticles().map((summary) => summary.id);
  emit({ type: 'opened', articleCount: articleIds.length });
  for (let seq = 1; seq <= MAX_CHANGES; seq += 1) {
    const kind = chooseKind(articleIds.length, random);
    const target = pickOne(articleIds, random);
    if (kind === 'reopen') {
      const change: Change = { kind };
      emit({ type: 'intent', seq, change });
      await store.close();
      store = await LibraryStore.open(dataDir);
      emit({ type: 'ack', seq, change });
    } else if (kind === 'add' || !target) {
      articleIds = [...articleIds, ...(await addSome(store, seq, random))];
    } else if (kind === 'delete') {
      const change: Change = { kind: 'delete', articleId: target };
      emit({ type: 'intent', seq, change });
      await store.deleteArticle(target);
      emit({ type: 'ack', seq, change });
      articleIds = articleIds.filter((id) => id !== target);
    } else {
      await changeClaim(store, target, seq, seed, random);
    }
  }
  await store.close();
  emit({ type: 'done' });
  process.exit(0);
}

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir || !seedText || !Number.isInteger(Number(seedText))) {
  process.stderr.write('Usage: node --import tsx crash-writer.ts DATA_DIR SEED\n');
  process.exit(2);
}
run(dataDir, Number(seedText)).catch((error: unknown) => {
  process.stderr.write(`crash-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
