import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';
import { parseArticleText } from './parse-article-text';

const KAZAKH = 'Қазақстан мен Қытай арасындағы сауда көлемі 2024 жылы 43,8 миллиард долларға жетті.';
const RUSSIAN = 'Товарооборот между Казахстаном и Китаем в 2024 году достиг 43,8 миллиарда долларов.';
const CHINESE = '哈萨克斯坦总统托卡耶夫9月2日在北京为哈萨克斯坦文化中心揭牌，中哈双边贸易额去年增长6.8%。';
const ENGLISH = 'Trade between Kazakhstan and China reached 43.8 billion dollars in 2024.';

describe('detectLanguage', () => {
  it('finds Kazakh from the letters only Kazakh Cyrillic uses', () => {
    expect(detectLanguage(KAZAKH)).toBe('kk');
  });

  it('finds Russian in Cyrillic without them', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
  });

  it('keeps Russian with a Kazakh name in it Russian', () => {
    const text = `${RUSSIAN} Об этом сообщил Президент Қасым-Жомарт Тоқаев на встрече с руководителями крупных компаний страны.`;
    expect(detectLanguage(text)).toBe('ru');
  });

  it('finds Chinese where Han characters dominate, even with Latin names in it', () => {
    expect(detectLanguage(CHINESE)).toBe('zh');
    expect(detectLanguage(`${CHINESE}托卡耶夫（Kassym-Jomart Tokayev）表示。`)).toBe('zh');
  });

  it('finds English in Latin script', () => {
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('says und when there are too few letters or no script leads', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('2024 — 43,8 %!')).toBe('und');
    expect(detectLanguage('Astana')).toBe('und');
    expect(detectLanguage(`${ENGLISH} ${RUSSIAN}`)).toBe('und');
  });
});

describe('the article language', () => {
  it('is judged without excluded lines, so Chinese spam does not make an English page Chinese', () => {
    const spam = '亚洲91视频,国产91网,久久久久久久国产,亚洲一区二区三区日本久久九,亚洲日本久久,国产精品久久久99,亚洲欧美一区二';
    const text = `${spam}\n${spam}\n${spam}\n\nTrade deal signed\n\n${ENGLISH}`;
    expect(detectLanguage(text)).toBe('zh');
    expect(parseArticleText(text).language).toBe('en');
  });

  it('is Kazakh for a Kazakh article', () => {
    expect(parseArticleText(`Қазақстан мен Қытай саудасы өсті\n\n${KAZAKH}`).language).toBe('kk');
  });
});
