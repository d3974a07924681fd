// Which cross-validation fold an example falls in: a hash of its id, so folds never depend on order.

/** FNV-1a over the id's UTF-16 code units, modulo the number of folds. */
export function foldOf(id: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}
