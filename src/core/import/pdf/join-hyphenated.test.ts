import { describe, expect, it } from 'vitest';
import { collectVocabulary, joinLines } from './join-hyphenated';

describe('joinLines', () => {
  it.each([
    [['infor-', 'mation'], 'information'],
    [['инфор-', 'мации'], 'информации'],
    [['the well-', 'known case'], 'the well-known case'],
    [['self-', 'made'], 'self-made'],
    [['Post-', 'Soviet'], 'Post-Soviet'],
    [['Infor-', 'mation'], 'Information'],
    [['Мемо-', 'рандум'], 'Меморандум'],
    [['an X-', 'ray'], 'an X-ray'],
    [['UN-', 'led talks'], 'UN-led talks'],
    [['COVID-', '19'], 'COVID-19'],
    [['in 2019-', '2020'], 'in 2019-2020'],
    [['B2-', 'level'], 'B2-level'],
    [['state-of-the-', 'art'], 'state-of-the-art'],
    [['кто-', 'то пришёл'], 'кто-то пришёл'],
    [['где-', 'нибудь'], 'где-нибудь'],
    [['из-', 'за дождя'], 'из-за дождя'],
    [['ле-', 'то'], 'лето'],
    [['pro-', 'gram'], 'program'],
    [['soft\u00ad', 'ware'], 'software'],
    [['a dash -', 'then more'], 'a dash - then more'],
    [['ends here', 'and goes on'], 'ends here and goes on'],
    [['中亚通讯社', '论坛'], '中亚通讯社论坛'],
    [['ends in English', '中文'], 'ends in English 中文'],
  ])('joins %j as %j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });

  it('follows how the document spells the word elsewhere', () => {
    const paragraphs = [['a long-term plan and a', 'cooperation agreement']];
    const vocabulary = collectVocabulary(paragraphs);
    expect(joinLines(['the long-', 'term view'], vocabulary)).toBe('the long-term view');
    expect(joinLines(['co-', 'operation'], vocabulary)).toBe('cooperation');
    expect(joinLines(['the long-', 'term view'])).toBe('the longterm view');
  });

  it('leaves the first part of a word split at a line end out of the vocabulary', () => {
    expect([...collectVocabulary([['new infor-', 'mation']])]).toEqual(['new', 'mation']);
  });
});
