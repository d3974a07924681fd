import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import { splitSentences, splitSentenceTexts } from './split-sentences';

const split = (text: string, language: LanguageCode = 'en'): string[] => splitSentenceTexts(text, language);

describe('splitSentences: English', () => {
  it('keeps titles, months, initials and a.m. inside the sentence', () => {
    expect(split('At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.')).toEqual([
      'At 5 a.m. Mr. Smith went to the bank.',
      'He left the bank at 6 P.M.',
      'Mr. Smith then went to the store.',
    ]);
    expect(split('On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S. Millions attended the Inauguration.')).toEqual([
      'On Jan. 20, former Sen. Barack Obama became the 44th President of the U.S.',
      'Millions attended the Inauguration.',
    ]);
    expect(split('My name is Jonas E. Smith. Please turn to p. 55.')).toEqual(['My name is Jonas E. Smith.', 'Please turn to p. 55.']);
  });

  it('ends a sentence after U.S. only when a sentence starter follows', () => {
    expect(split('I work for the U.S. Government in Virginia.')).toHaveLength(1);
    expect(split('I live in the U.S. How about you?')).toEqual(['I live in the U.S.', 'How about you?']);
    expect(split('She moved to Washington, D.C. in May. It rained.')).toEqual(['She moved to Washington, D.C. in May.', 'It rained.']);
  });

  it('does not end a sentence at e.g., etc. in the middle or at decimal numbers', () => {
    expect(split('I need 3 items, e.g. a hat and a coat, at 3.5 percent.')).toHaveLength(1);
    expect(split('They sell hats, coats etc. The shop opens at nine.')).toEqual(['They sell hats, coats etc.', 'The shop opens at nine.']);
    expect(split('She has $100.00. It is in her bag.')).toEqual(['She has $100.00.', 'It is in her bag.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('She turned to him, “This is great.” She held the book out.')).toEqual([
      'She turned to him, “This is great.”',
      'She held the book out.',
    ]);
    expect(split('She turned to him, "This is great." she said.')).toHaveLength(1);
    expect(split('He teaches science (He worked for 5 years as an engineer.) at the local University.')).toHaveLength(1);
  });

  it('handles ellipses', () => {
    expect(split('I never meant that.... She left the store.')).toEqual(['I never meant that....', 'She left the store.']);
    expect(split('I wasn’t really ... well, what I mean...see . . . what I mean.')).toHaveLength(1);
  });

  it('splits list items and bullets', () => {
    expect(split('1. The first item 2. The second item')).toEqual(['1. The first item', '2. The second item']);
    expect(split('a) one b) two c) three')).toEqual(['a) one', 'b) two', 'c) three']);
    expect(split('• 9. The first item • 10. The second item')).toEqual(['• 9. The first item', '• 10. The second item']);
  });

  it('ends a sentence at a line break and keeps headings apart', () => {
    expect(split('Kazakhstan, China deepen cultural cooperation\n\nBy Yang Ran\nKazakh President Tokayev spoke.\n')).toEqual([
      'Kazakhstan, China deepen cultural cooperation',
      'By Yang Ran',
      'Kazakh President Tokayev spoke.',
    ]);
    expect(split('features\ncontact manager\nevents, activities\n')).toEqual(['features', 'contact manager', 'events, activities']);
  });

  it('does not split e-mail addresses and URLs', () => {
    expect(split('Her email is Jane.Doe@example.com. I sent her an email.')).toEqual([
      'Her email is Jane.Doe@example.com.',
      'I sent her an email.',
    ]);
    expect(split('See https://www.example.com/news.html. Please check it.')).toHaveLength(2);
  });

  it('splits sentences glued without a space', () => {
    expect(split('Hello world.Today is Tuesday.Mr. Smith went to the store.')).toEqual([
      'Hello world.',
      'Today is Tuesday.',
      'Mr. Smith went to the store.',
    ]);
  });
});

describe('splitSentences: Russian and Kazakh', () => {
  it('keeps Russian abbreviations inside the sentence', () => {
    expect(split('В 2010-2012 гг. Виктор посещал г. Волгоград неоднократно.', 'ru')).toHaveLength(1);
    expect(split('Он живёт на ул. Абая, т.е. в центре. Театр им. Абая открыт.', 'ru')).toEqual([
      'Он живёт на ул. Абая, т.е. в центре.',
      'Театр им. Абая открыт.',
    ]);
    expect(split('Объём торговли составил 43,8 млрд. долл. и 5 млн. руб. соответственно.', 'ru')).toHaveLength(1);
    expect(split('Купили хлеб, молоко и т.д. Потом пошли домой.', 'ru')).toEqual(['Купили хлеб, молоко и т.д.', 'Потом пошли домой.']);
    expect(split('Д-р ветеринарных наук А. И. Семенов и пр. выступали на этом семинаре.', 'ru')).toHaveLength(1);
  });

  it('handles «» quotations and dialogue dashes', () => {
    expect(split('«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».', 'ru')).toHaveLength(1);
    expect(split('Маленькая девочка кричала: «Не видали маму?». Никто не ответил.', 'ru')).toEqual([
      'Маленькая девочка кричала: «Не видали маму?».',
      'Никто не ответил.',
    ]);
  });

  it('splits Kazakh text', () => {
    expect(split('Бірақ оның енді не керегі бар? — деді.', 'kk')).toHaveLength(1);
    expect(split('Ресейдiң әлеуметтiк-экономикалық жағдайы.XVIII ғасырдың бiрiншi ширегiнде.', 'kk')).toHaveLength(2);
    expect(split('А. Фарахани, М. Т. Бехар, т.б. ақындар болды. Бұл туралы Тоқаев айтты.', 'kk')).toHaveLength(2);
  });
});

describe('splitSentences: Chinese', () => {
  it('ends sentences at 。！？ without spaces, with closing quotes, but not inside 《》', () => {
    expect(split('我们明天一起去看《摔跤吧！爸爸》好吗？好！', 'zh')).toEqual(['我们明天一起去看《摔跤吧！爸爸》好吗？', '好！']);
    expect(split('他说：“我们准备好了。”大家都笑了。', 'zh')).toEqual(['他说：“我们准备好了。”', '大家都笑了。']);
  });
});

describe('splitSentences: offsets', () => {
  it('returns trimmed, ordered, non-overlapping spans into the text', () => {
    const text = '  First one.  Second one?\n\n  «Третье», — сказал он.\r\nLast line without stop  \n';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second one?',
      '«Третье», — сказал он.',
      'Last line without stop',
    ]);
    spans.forEach((span, i) => {
      const sentence = text.slice(span.start, span.end);
      expect(sentence).toBe(sentence.trim());
      if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? Infinity);
    });
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\n\t', 'ru')).toEqual([]);
  });
});
