import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../seeded-random';
import { PostingsIndex, type QueryWord } from './postings-index';
import { tokenize } from './tokenize';

const EXACT = { isPrefix: false, maxEditDistance: 0 };
const ALWAYS = () => true;

function words(index: PostingsIndex, query: string, options = EXACT): QueryWord[] {
  return tokenize(query).map((term) => index.expand(term, options));
}

function slotsFound(index: PostingsIndex, query: string, options = EXACT): number[] {
  return index.search(words(index, query, options), ALWAYS).map(({ slot }) => slot);
}

describe('PostingsIndex', () => {
  it('finds the documents holding every word, in any field', () => {
    const index = new PostingsIndex([1, 1]);
    const both = index.add(['wheat exports', 'to China']);
    const wheatOnly = index.add(['wheat harvest', undefined]);
    index.add([undefined, 'China imports']);
    expect(slotsFound(index, 'wheat').sort()).toEqual([both, wheatOnly]);
    expect(slotsFound(index, 'wheat china')).toEqual([both]);
    expect(slotsFound(index, 'wheat rice')).toEqual([]);
    expect(slotsFound(index, '')).toEqual([]);
  });

  it('ranks by how often and where a word is: a boosted field and repeats count more, a long document less', () => {
    const index = new PostingsIndex([3, 1]);
    const inBody = index.add([undefined, 'grain exports rose this year']);
    const inTitle = index.add(['grain exports', undefined]);
    const repeated = index.add([undefined, 'grain grain grain exports']);
    const long = index.add([undefined, `grain ${'filler '.repeat(200)}`]);
    const ranked = slotsFound(index, 'grain');
    expect(ranked[0]).toBe(inTitle);
    expect(ranked.indexOf(repeated)).toBeLessThan(ranked.indexOf(inBody));
    expect(ranked.at(-1)).toBe(long);
  });

  it('expands the last word by prefix and long words by edit distance, each counting less than the word itself', () => {
    const index = new PostingsIndex([1]);
    const deficit = index.add(['deficit']);
    const deficits = index.add(['deficits widened']);
    const typo = index.add(['defecit']);
    expect(slotsFound(index, 'defic')).toEqual([]);
    expect(slotsFound(index, 'defic', { isPrefix: true, maxEditDistance: 0 }).sort()).toEqual([deficit, deficits]);
    const fuzzy = index.search(words(index, 'deficit', { isPrefix: false, maxEditDistance: 1 }), ALWAYS);
    // "deficits" is one letter away too.
    expect(fuzzy[0]?.slot).toBe(deficit);
    expect(fuzzy.map(({ slot }) => slot).sort()).toEqual([deficit, deficits, typo]);
    expect(fuzzy[0]!.score).toBeGreaterThan(fuzzy[1]!.score);
  });

  it('keeps a prefix of many words to the commonest of them', () => {
    const index = new PostingsIndex([1]);
    for (let n = 0; n < 500; n += 1) index.add([`a${n}x`]);
    for (let n = 0; n < 3; n += 1) index.add(['a7common']);
    const [word] = words(index, 'a', { isPrefix: true, maxEditDistance: 0 });
    expect(word!.expansions).toHaveLength(400);
    expect(word!.expansions.map(({ term }) => term)).toContain('a7common');
  });

  it('names the fields each matched word is in and the words that matched', () => {
    const index = new PostingsIndex([1, 1, 1]);
    const slot = index.add(['budget deficit', 'deficit narrowed', undefined]);
    const query = words(index, 'deficit budg', { isPrefix: true, maxEditDistance: 0 });
    expect(index.describeMatch(slot, query)).toEqual({ wordsPerField: [2, 1, 0], terms: ['deficit', 'budget'] });
  });

  it('leaves out filtered and removed documents, and a word found nowhere else is gone from the dictionary', () => {
    const index = new PostingsIndex([1]);
    const first = index.add(['inflation rose']);
    const second = index.add(['inflation fell']);
    expect(index.search(words(index, 'inflation'), (slot) => slot !== first).map(({ slot }) => slot)).toEqual([second]);
    index.remove(second);
    index.remove(second);
    expect(index.liveCount).toBe(1);
    expect(slotsFound(index, 'inflation')).toEqual([first]);
    expect(slotsFound(index, 'fell')).toEqual([]);
    // Half the postings are dead now: tidied, "fell" is no longer a word to expand to.
    expect(index.isUntidy).toBe(true);
    expect(index.tidy()).toBe(true);
    expect(index.isUntidy).toBe(false);
    expect(words(index, 'fel', { isPrefix: true, maxEditDistance: 0 })[0]!.expansions).toEqual([]);
    expect(slotsFound(index, 'inflation')).toEqual([first]);
  });

  it('answers as a plain scan of the documents would, through many additions and removals', () => {
    const random = createSeededRandom(7);
    const vocabulary = ['tax', 'taxes', 'oil', 'gas', 'grain', 'wheat', 'bank', 'loan', 'rate', 'rates', 'court', 'vote'];
    const index = new PostingsIndex([2, 1]);
    const live = new Map<number, string[][]>();
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] as string;
    for (let step = 0; step < 3_000; step += 1) {
      if (live.size > 0 && random() < 0.4) {
        const slots = [...live.keys()];
        const slot = slots[Math.floor(random() * slots.length)] as number;
        index.remove(slot);
        live.delete(slot);
      } else {
        const fields = [Array.from({ length: 1 + Math.floor(random() * 3) }, pick), Array.from({ length: Math.floor(random() * 6) }, pick)];
        live.set(index.add(fields.map((field) => field.join(' '))), fields);
      }
      // A pass of tidying in small steps, spread over the changes that follow.
      if (index.isUntidy) index.tidy(7);
      if (step % 100 !== 0) continue;
      const query = [pick(), pick()];
      const expected = [...live].filter(([, fields]) => query.every((word) => fields.some((field) => field.includes(word)))).map(([slot]) => slot);
      expect(slotsFound(index, query.join(' ')).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    }
    expect(index.liveCount).toBe(live.size);
  });
});
