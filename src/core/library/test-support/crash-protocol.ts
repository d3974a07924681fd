// What the crash writer (crash-writer.ts) tells the crash-safety test on stdout, one JSON object a line.
// Before each change it names the change ("intent"); once the store's promise has resolved it acknowledges
// it ("ack"). A change that was acknowledged must be on disk after any kill; the one change named but not
// acknowledged may or may not be.
import type { Claim, ClaimStatus } from '../../../shared/model';

/** Everything about a claim the writer changes, as it must read back from the library. */
export interface ClaimState {
  id: string;
  status: ClaimStatus;
  note: string;
  sourceIds: string[];
  historyLength: number;
}

export interface AddedArticle {
  id: string;
  contentHash: string;
  claims: ClaimState[];
}

export type Change =
  | { kind: 'add'; articles: AddedArticle[] }
  /** `before` is the claim as the writer read it from the library, `after` as the change leaves it. */
  | { kind: 'claim'; articleId: string; before: ClaimState; after: ClaimState }
  | { kind: 'delete'; articleId: string }
  /** The writer closes the library (which may fold the index's journal in) and opens it again: no change to data. */
  | { kind: 'reopen' };

export type WriterMessage =
  /** Started and loaded; waits for a line on stdin before it opens the library. */
  | { type: 'ready' }
  | { type: 'opened'; articleCount: number }
  | { type: 'intent'; seq: number; change: Change }
  /** `fileOps`: the file operations the change took, to see where a kill after so many lands. */
  | { type: 'ack'; seq: number; change: Change; fileOps: number }
  /** Stopped by itself after its quota of changes (the test normally kills it first). */
  | { type: 'done' };

/**
 * Where the writer kills itself (SIGKILL, as the test would): exactly at a point the test's own kill can
 * only come near. `afterAck`: as soon as change `afterAck` is acknowledged. `afterIntent`: once `fileOps`
 * file operations have completed after the first change announced that matches (0: before it starts), so
 * the kill lands between two steps of a write (see file-op-counter.ts).
 */
export interface SelfKill {
  afterAck?: number;
  afterIntent?: { seq?: number; kind?: Change['kind']; fileOps: number };
}

/** The line the test sends to start the writer. */
export interface GoCommand {
  selfKill: SelfKill | null;
}

export function describeClaim(claim: Claim): ClaimState {
  return {
    id: claim.id,
    status: claim.status,
    note: claim.note,
    sourceIds: claim.sources.map((source) => source.id),
    historyLength: claim.history.length,
  };
}

/** A round's changes and kill moment can be replayed from its seed. */
export { createSeededRandom as createRandom } from '../../seeded-random';

/** One of `items`, chosen by `random`; undefined only when `items` is empty. */
export function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}
