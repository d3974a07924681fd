// All boilerplate tables, merged: a page in one language often carries another's boilerplate
// (an English page with a Chinese language switcher or Chinese spam), so every table applies to every line.
import { mergePatterns } from '../line-shape';
import type { PatternSet } from '../line-shape';
import type { BoilerplateTable } from './boilerplate-table';
import { CHINESE } from './chinese';
import { ENGLISH } from './english';
import { KAZAKH } from './kazakh';
import { RUSSIAN } from './russian';

export const BOILERPLATE_TABLES: readonly BoilerplateTable[] = [ENGLISH, RUSSIAN, KAZAKH, CHINESE];

type ListKey = {
  [Key in keyof BoilerplateTable]: BoilerplateTable[Key] extends readonly string[] ? Key : never;
}[keyof BoilerplateTable];
type PatternKey = Exclude<keyof BoilerplateTable, ListKey>;

/** One kind of pattern from every table. */
export function collectPatterns(key: PatternKey): readonly RegExp[] {
  return BOILERPLATE_TABLES.flatMap((table) => table[key]);
}

/** One kind of pattern from every table, merged for yes-or-no tests with `matchesAny`. */
export function collectMatchers(key: PatternKey): PatternSet {
  return mergePatterns(collectPatterns(key));
}

/** One kind of word list from every table, in lower case. */
export function collectWords(key: ListKey): ReadonlySet<string> {
  return new Set(BOILERPLATE_TABLES.flatMap((table) => table[key].map((word) => word.toLowerCase())));
}
