import { describe, expect, it } from 'vitest';
import { compileListTest, describeSentence, mayMatch } from './list-prefilter';

const could = (entries: string[], sentence: string): boolean => mayMatch(compileListTest(entries), describeSentence(sentence));

describe('list pre-check', () => {
  it('tells a list by the words its entries need', () => {
    expect(could(['all rights reserved'], 'All rights reserved.')).toBe(true);
    expect(could(['all rights reserved'], 'All of them were there.')).toBe(false); // "reserved" is what tells
    expect(could(['dollars?'], 'It cost five dollar bills.')).toBe(true);
    expect(could(['grow(?:s|ing)'], 'Trade is growing.')).toBe(true);
    expect(could(['grow(?:s|ing)'], 'Trade fell.')).toBe(false);
    expect(could(['(?:the )?most (?!of)\\p{L}+'], 'The most expensive deal.')).toBe(true);
    expect(could(['(?:dollars|euros) spent'], 'Euros spent abroad.')).toBe(true);
  });

  it('tells entries that open with any word by what must follow', () => {
    expect(could(['\\p{L}+er than'], 'Exports were higher than imports.')).toBe(true);
    expect(could(['\\p{L}+er than'], 'Exports were high.')).toBe(false);
    expect(could(["\\p{L}+'ll"], "We'll see.")).toBe(true);
    expect(could(['\\p{L}{2,}ed'], 'Trade expanded.')).toBe(true);
    expect(could(['\\p{L}{2,}ed'], 'Trade grows.')).toBe(false);
  });

  it('matches short entries as whole words only, and symbols as themselves', () => {
    expect(could(['hi'], 'Hi there!')).toBe(true);
    expect(could(['hi'], 'His visit.')).toBe(false);
    expect(could(["I'm sure"], "I'm sure of it.")).toBe(true);
    expect(could(['©'], '© 2025 Example News')).toBe(true);
    expect(could(['©'], '2025 Example News')).toBe(false);
  });

  it('gives up (always runs the list) when an entry has nothing to tell it by', () => {
    expect(compileListTest(['great', 'a\\p{L}+'])).toBeNull();
    expect(compileListTest(['\\p{L}+'])).toBeNull();
    expect(could(['\\p{L}+'], '')).toBe(true);
  });

  it('reads words in any script, ignoring case', () => {
    expect(could(['заявил\\p{L}*'], 'Министр ЗАЯВИЛ, что…')).toBe(true);
    expect(describeSentence('Тоқаев деді').beginnings.has('тоқ')).toBe(true);
  });
});
