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

// Hard cases, many after the Golden Rules (pragmatic_segmenter); `npm run bench:segment` runs the suites themselves.
describe('splitSentences: hard cases in English', () => {
  it('keeps initials after a title and a bill number in brackets inside the sentence', () => {
    expect(split('Dr. J. R. R. Tolkien wrote it. It sold well.')).toEqual(['Dr. J. R. R. Tolkien wrote it.', 'It sold well.']);
    expect(split('Sen. Elizabeth Warren (D-Mass.) said so. Rep. Jim Jordan (R-Ohio) disagreed.')).toEqual([
      'Sen. Elizabeth Warren (D-Mass.) said so.',
      'Rep. Jim Jordan (R-Ohio) disagreed.',
    ]);
    expect(split('The bill (H.R. 1) passed. The Senate voted on it.')).toEqual(['The bill (H.R. 1) passed.', 'The Senate voted on it.']);
    expect(split('Lt. Gen. John Smith and Capt. Jane Doe arrived. They spoke.')).toHaveLength(2);
  });

  it('ends a sentence at a number after a month or a figure, not at the abbreviation', () => {
    expect(split('The event is on Jan. 5. It will be fun.')).toEqual(['The event is on Jan. 5.', 'It will be fun.']);
    expect(split('See Fig. 2. The results are clear.')).toEqual(['See Fig. 2.', 'The results are clear.']);
    expect(split('It was No. 1 in the charts. Version 2.0.1 shipped on Jan. 3.')).toEqual([
      'It was No. 1 in the charts.',
      'Version 2.0.1 shipped on Jan. 3.',
    ]);
  });

  it('keeps numbers with dots, money and per cents whole', () => {
    expect(split('Growth hit 4.5%. Unemployment fell to 3.9%.')).toEqual(['Growth hit 4.5%.', 'Unemployment fell to 3.9%.']);
    expect(split('Apple Inc. reported revenue of $89.5 billion. Microsoft Corp. did better.')).toEqual([
      'Apple Inc. reported revenue of $89.5 billion.',
      'Microsoft Corp. did better.',
    ]);
    expect(split('She earned a Ph.D. in 2010. Later she taught at M.I.T. for years.')).toHaveLength(2);
  });

  it('ends sentences after quotes only when a new sentence starts', () => {
    expect(split('He said, "Did we win?" Nobody answered.')).toEqual(['He said, "Did we win?"', 'Nobody answered.']);
    expect(split('"Is it true?" she asked. "Yes!" he said.')).toEqual(['"Is it true?" she asked.', '"Yes!" he said.']);
    expect(split('He said "We won!" and left.')).toHaveLength(1);
    expect(split("She turned to him, 'This is great.' she said.")).toHaveLength(1);
    expect(split('He said he would "think about it." The end.')).toEqual(['He said he would "think about it."', 'The end.']);
  });

  it('handles ellipses and runs of marks', () => {
    expect(split('Hello!? Is that you?! Yes.')).toEqual(['Hello!?', 'Is that you?!', 'Yes.']);
    expect(split('He said: "I\'m done…" Then silence.')).toEqual(['He said: "I\'m done…"', 'Then silence.']);
    expect(split('If words are left off at the end of a sentence . . . . Next sentence.')).toHaveLength(2);
    expect(split('Thoreau argues that “the laws of the universe will appear less complex. . . .”.')).toHaveLength(1);
  });

  it('ends a sentence at a line break, even inside a sentence (the Golden Rules would join it)', () => {
    // On purpose: sentences are offsets into article bodies, and a line of an article is a unit of its own.
    expect(split('It was a cold \nnight in the city.')).toEqual(['It was a cold', 'night in the city.']);
  });
});

describe('splitSentences: hard cases in Russian and Kazakh', () => {
  it('keeps т. е., т. н., им., г., рис. and ок. inside the sentence', () => {
    expect(split('Об этом сообщил министр, т. е. глава ведомства. Он добавил детали.', 'ru')).toEqual([
      'Об этом сообщил министр, т. е. глава ведомства.',
      'Он добавил детали.',
    ]);
    expect(split('Это т. н. «серая зона». Она растёт.', 'ru')).toEqual(['Это т. н. «серая зона».', 'Она растёт.']);
    expect(split('Выставка прошла в музее им. А. С. Пушкина. Её посетили 10 тыс. человек.', 'ru')).toEqual([
      'Выставка прошла в музее им. А. С. Пушкина.',
      'Её посетили 10 тыс. человек.',
    ]);
    expect(split('См. табл. 2 и рис. 3. Данные уточняются.', 'ru')).toEqual(['См. табл. 2 и рис. 3.', 'Данные уточняются.']);
    expect(split('Население — ок. 5 млн чел. Площадь — 100 тыс. кв. км.', 'ru')).toEqual([
      'Население — ок. 5 млн чел.',
      'Площадь — 100 тыс. кв. км.',
    ]);
    expect(split('Передавайте привет г-ну Шапочкину. До свидания.', 'ru')).toHaveLength(2);
  });

  it('treats "г." as never ending a sentence, as the Golden Rules do', () => {
    expect(split('Он родился в 1990 г. в Москве. Потом переехал.', 'ru')).toEqual(['Он родился в 1990 г. в Москве.', 'Потом переехал.']);
    expect(split('Дом, где родился Л.Н.Толстой, 1898 г. В 1854 году дом продан.', 'ru')).toHaveLength(1);
  });

  it('ends a sentence after "т. д.", "в." (century) and trailing initials before a sentence starter', () => {
    expect(split('Ну и т. д. Потом поговорим.', 'ru')).toEqual(['Ну и т. д.', 'Потом поговорим.']);
    expect(split('Это было в XX в. Потом всё изменилось.', 'ru')).toEqual(['Это было в XX в.', 'Потом всё изменилось.']);
    expect(split('Доклад подготовил проф. Иванов И. И. Его опубликовали.', 'ru')).toEqual([
      'Доклад подготовил проф. Иванов И. И.',
      'Его опубликовали.',
    ]);
    expect(split('Его зовут А. С. Иванов. Он врач.', 'ru')).toEqual(['Его зовут А. С. Иванов.', 'Он врач.']);
  });

  it('keeps «…» quotations with the sentence that holds them', () => {
    expect(split('Президент заявил: «Мы победим». Министр согласился.', 'ru')).toEqual([
      'Президент заявил: «Мы победим».',
      'Министр согласился.',
    ]);
    expect(split('«Мы победим!» — заявил президент. Министр согласился.', 'ru')).toEqual([
      '«Мы победим!» — заявил президент.',
      'Министр согласился.',
    ]);
    expect(split('Она спросила: «Ты придёшь?» Он промолчал.', 'ru')).toEqual(['Она спросила: «Ты придёшь?»', 'Он промолчал.']);
    expect(split('Он сказал: «Я очень устал», и сразу же замолчал.', 'ru')).toHaveLength(1);
    expect(split('Он сказал: «Я приду…» И не пришёл.', 'ru')).toEqual(['Он сказал: «Я приду…»', 'И не пришёл.']);
  });

  it('keeps Russian numbers, dates and units whole', () => {
    expect(split('В 2020 г. ВВП вырос на 2,5 %. В 2021 г. рост ускорился.', 'ru')).toEqual([
      'В 2020 г. ВВП вырос на 2,5 %.',
      'В 2021 г. рост ускорился.',
    ]);
    expect(split('Уважаемый проф. Семенов! Просьба до 20.10 сдать отчет на кафедру.', 'ru')).toHaveLength(2);
    expect(split('Стоимость — 5 млрд. долл. США. Сделка закрыта.', 'ru')).toEqual(['Стоимость — 5 млрд. долл. США.', 'Сделка закрыта.']);
  });

  it('handles Kazakh quotations, т. б. and questions', () => {
    expect(split('Ол «Не болды?» деп сұрады. Ешкім жауап бермеді.', 'kk')).toEqual([
      'Ол «Не болды?» деп сұрады.',
      'Ешкім жауап бермеді.',
    ]);
    expect(split('Оқушылар үйі, Достық даңғылы – кім? не?', 'kk')).toEqual(['Оқушылар үйі, Достық даңғылы – кім?', 'не?']);
    expect(split('Тоқаев: «Біз дайынбыз». Бұл маңызды.', 'kk')).toEqual(['Тоқаев: «Біз дайынбыз».', 'Бұл маңызды.']);
    expect(split('Алматы, Астана т. б. қалалар. Олар үлкен.', 'kk')).toEqual(['Алматы, Астана т. б. қалалар.', 'Олар үлкен.']);
    expect(split('Жиынға 1,5 млн адам қатысты. Бұл рекорд.', 'kk')).toHaveLength(2);
    expect(split('Сондықтан шапаныма жегізіп отырғаным! - деп, жауап береді.', 'kk')).toHaveLength(1);
  });
});

describe('splitSentences: hard cases in Chinese', () => {
  it('ends sentences at 。！？ and their runs, with 」』” after them', () => {
    expect(split('他问道：「你去哪裡？」我答：「回家。」', 'zh')).toEqual(['他问道：「你去哪裡？」', '我答：「回家。」']);
    expect(split('『好的。』他答道。', 'zh')).toEqual(['『好的。』', '他答道。']);
    expect(split('他说：“真的吗？”她点点头。', 'zh')).toEqual(['他说：“真的吗？”', '她点点头。']);
    expect(split('今天天气很好！！我们去公园吧？？', 'zh')).toEqual(['今天天气很好！！', '我们去公园吧？？']);
  });

  it('keeps decimals, Latin text and the ellipsis …… inside the sentence', () => {
    expect(split('据新华社报道，GDP增长了5.2%。专家表示乐观。', 'zh')).toEqual(['据新华社报道，GDP增长了5.2%。', '专家表示乐观。']);
    expect(split('美国总统拜登（Joe Biden）说：“Yes.”随后离开。', 'zh')).toHaveLength(1);
    expect(split('我不知道……也许吧。', 'zh')).toHaveLength(1);
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
