// Every feature extractor in each language the app reads, on realistic news sentences. Each check names the
// features it is about and the exact texts they should match; other features of the sentence are not checked.
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import type { FeatureName } from './features';
import { FEATURES } from './features';
import { findFeatures } from './find-features';

type Expected = Partial<Record<FeatureName, string[]>>;

/** The texts each feature matched, in the order found. */
function textsByFeature(sentence: string, language: LanguageCode): Map<FeatureName, string[]> {
  const byFeature = new Map<FeatureName, string[]>();
  for (const match of findFeatures(sentence, language)) byFeature.set(match.feature, [...(byFeature.get(match.feature) ?? []), match.text]);
  return byFeature;
}

/** Each feature named in `expected` matched exactly these texts (in any order); [] means it did not fire. */
function expectFeatures(language: LanguageCode, sentence: string, expected: Expected): void {
  // Whatever else is checked: each match knows its place in the sentence and is a feature the scorer knows.
  for (const match of findFeatures(sentence, language)) {
    expect(FEATURES).toContain(match.feature);
    // A question's text is always "?" and shortness reports a word count: their texts are labels, not quotes.
    if (match.feature !== 'question' && match.feature !== 'short') {
      expect(sentence.slice(match.start, match.end), `${match.feature} in "${sentence}"`).toBe(match.text);
    }
  }
  const found = textsByFeature(sentence, language);
  for (const [feature, texts] of Object.entries(expected) as [FeatureName, string[]][]) {
    expect([...(found.get(feature) ?? [])].sort(), `${feature} in "${sentence}"`).toEqual([...texts].sort());
  }
}

/** The texts one feature matched. */
function textsOf(language: LanguageCode, sentence: string, feature: FeatureName): string[] {
  return textsByFeature(sentence, language).get(feature) ?? [];
}

describe('findFeatures, English', () => {
  const en = (sentence: string, expected: Expected): void => expectFeatures('en', sentence, expected);

  it('finds figures, percentages and currency amounts with their scale and approximators', () => {
    en("China's exports rose 7.1 percent year-on-year to $3.38 trillion in 2023, the customs agency said.", {
      percentage: ['7.1 percent'],
      figure: ['$3.38 trillion'],
      quantity: [],
    });
    en('Unemployment fell by 0.3 percentage points to 4.1 per cent in June.', { percentage: ['0.3 percentage points', '4.1 per cent'] });
    en('Turnover reached 1.5 trillion tenge, or about 3,200,000,000 dollars.', { figure: ['1.5 trillion tenge', 'about 3,200,000,000 dollars'] });
    en('The bank raised its key rate to 16.75% on 2023-11-24.', { percentage: ['16.75%'], figure: [] });
    en('More than 40 million tourists visited the country in 2019, up from 35 million a year earlier.', {
      figure: ['More than 40 million', '35 million'],
    });
    en('The project cost 12 billion yuan and created 3,000 jobs, officials said.', { figure: ['12 billion yuan'], quantity: ['3,000 jobs'] });
  });

  it('finds dates: days, months, years, decades, ranges and relative dates', () => {
    en('On March 15, 2022, the parliament approved the budget.', { date: ['March 15, 2022'] });
    en('The plant was opened on 2 September 2019 and employs nearly 2,000 workers.', { date: ['2 September 2019'] });
    en('The bank raised its key rate to 16.75% on 2023-11-24.', { date: ['2023-11-24'] });
    en('Since 2015, the fund has invested in more than 20 media companies.', { date: ['Since 2015'] });
    en('According to the World Bank, poverty fell below 5% in the 2010s.', { date: ['in the 2010s'] });
    en('Last year inflation in Kazakhstan was higher than in Russia.', { date: ['Last year'] });
    en("We'll open the terminal in June.", { date: ['in June'] });
    en('The Kazakh delegation met officials from the European Union in Brussels on Tuesday.', { date: ['on Tuesday'] });
    // A number that is not a year is not a date.
    en('The company hired 350 engineers.', { date: [] });
  });

  it('finds counted quantities, but not "the two countries" or "one of"', () => {
    en('The company hired 350 engineers and opened four offices in Almaty.', { quantity: ['350 engineers', 'four offices'] });
    en('The plant was opened on 2 September 2019 and employs nearly 2,000 workers.', { quantity: ['nearly 2,000 workers'] });
    en('Tokayev said the deal would create 500 jobs.', { quantity: ['500 jobs'] });
    en('Kazakhstan is one of the largest producers, and the two countries agree.', { quantity: [] });
  });

  it('finds named entities and names, without titles or demonyms', () => {
    en('President Kassym-Jomart Tokayev met Chinese leader Xi Jinping in Astana on Tuesday.', {
      namedEntity: ['Kassym-Jomart Tokayev', 'Xi Jinping'],
      name: ['Astana'],
    });
    en('The Ministry of Culture and Information of Kazakhstan told reporters that the festival drew record crowds.', {
      namedEntity: ['Ministry of Culture and Information of Kazakhstan'],
    });
    // "and" joins names only inside a longer one.
    en('Last year, trade between China and Kazakhstan grew 20 percent.', { name: ['China', 'Kazakhstan'], namedEntity: [] });
    en('The Kazakh delegation met officials from the European Union in Brussels.', { namedEntity: ['European Union'], name: ['Brussels'] });
  });

  it('finds attribution verbs and "according to"-style phrases with their source', () => {
    en("China's exports rose 7.1 percent year-on-year to $3.38 trillion in 2023, the customs agency said.", { attribution: ['said'] });
    en('The Ministry of Culture and Information of Kazakhstan told reporters that the festival drew record crowds.', { attribution: ['told'] });
    en('According to the World Bank, poverty fell below 5% in the 2010s.', { attribution: ['According to the World Bank'] });
    en('Production declined by a third to 12 million tonnes, data from the statistics bureau showed.', {
      attribution: ['showed', 'data from the statistics bureau showed'],
    });
  });

  it('finds superlatives, but not "the most important"', () => {
    en('Exports grew by $4.2 billion last year, the largest gain ever.', { superlative: ['largest', 'ever'] });
    en('It was the first time the two countries signed such an agreement.', { superlative: ['the first'] });
    en('Almaty is the most expensive city in the region, and it is the most important one.', { superlative: ['the most expensive'] });
    en('The Ministry of Culture and Information of Kazakhstan told reporters that the festival drew record crowds.', { superlative: ['record'] });
  });

  it('finds comparisons', () => {
    en('Sales doubled in the first quarter compared with last year.', { comparison: ['compared with'] });
    en('More than 40 million tourists visited the country in 2019, up from 35 million a year earlier.', { comparison: ['More than', 'up from'] });
    en('Last year inflation in Kazakhstan was higher than in Russia.', { comparison: ['higher than'] });
    en("China's exports rose 7.1 percent year-on-year to $3.38 trillion in 2023, the customs agency said.", { comparison: ['year-on-year'] });
    en('Wheat output was twice as high as in 2021 and outpaced forecasts.', { comparison: ['twice', 'outpaced'] });
  });

  it('finds changes', () => {
    en('In 2023 grain exports surged to 11 million tonnes, while imports dropped sharply.', { change: ['surged', 'dropped'] });
    en("China's exports rose 7.1 percent year-on-year to $3.38 trillion in 2023, the customs agency said.", { change: ['rose'] });
    en('Sales doubled in the first quarter compared with last year.', { change: ['doubled'] });
  });

  it('finds opinion and hedge words', () => {
    en('I think we should probably wait and see.', { opinion: ['I think', 'should'], hedge: ['probably'] });
    en('The deal was reportedly worth $2 billion.', { hedge: ['reportedly'] });
    en('In my opinion, this reform is crucial and must continue.', { opinion: ['In my opinion', 'crucial', 'must'] });
    en('Almaty is the most expensive city in the region, and it is the most important one.', { opinion: ['important'] });
  });

  it('finds the future', () => {
    en("We will open the new terminal in June, and we're going to hire locally.", { future: ['will', 'going to'] });
    en("We'll open the terminal in June.", { future: ["We'll"] });
    en('The ministry plans to build 300 kilometres of roads.', { future: ['plans to'], quantity: ['300 kilometres'] });
  });

  it('finds questions by the final question mark, before closing quotes', () => {
    en('Why did the government hide these figures?', { question: ['?'] });
    en('“Is inflation really under control?”', { question: ['?'] });
    en('"Will prices go up again?" she asked.', { question: [] });
  });

  it('finds greetings', () => {
    en('Good morning, ladies and gentlemen.', { greeting: ['Good morning', 'ladies and gentlemen'] });
    en('Dear friends, welcome and thank you for coming!', { greeting: ['Dear', 'welcome', 'thank you'] });
  });

  it('finds site boilerplate and calls to action', () => {
    en('Copyright 2024 The Astana Times. All rights reserved.', { boilerplate: ['Copyright', 'All rights reserved'] });
    en('Subscribe to our newsletter for daily updates.', { boilerplate: ['Subscribe', 'newsletter'], appeal: ['Subscribe'] });
    en('Photo credit: Press service of the Akimat.', { boilerplate: ['Photo credit'] });
    en('Follow us on Telegram for breaking news.', { boilerplate: ['Follow us'], appeal: ['Follow us'] });
  });

  it('finds sayings and slogans', () => {
    en('As the saying goes, a friend in need is a friend indeed.', { saying: ['As the saying goes'] });
    en('The old proverb says that patience is bitter but its fruit is sweet.', { saying: ['proverb'] });
    en('Their motto is simple: work hard, stay humble.', { saying: ['motto'] });
  });

  it('takes a common noun opening a sentence for no name when the article never writes it capitalised', () => {
    // A sentence on its own has no article to ask, and falls back on the word's form (see find-names.ts).
    const article = new Set(['China', 'Tokayev']);
    for (const sentence of ['Unemployment fell to 4.1 per cent.', 'Wheat output was twice as high as in 2021.']) {
      expect(findFeatures(sentence, 'en', article).filter((f) => f.feature === 'name'), sentence).toEqual([]);
    }
    expect(findFeatures('China is the largest partner.', 'en', article).map((f) => f.text)).toContain('China');
  });

  it('takes no greeting, saying or thanks out of factual wording', () => {
    expect(textsOf('en', 'Shen expressed gratitude for the warm welcome and underscored the program.', 'greeting')).toEqual([]);
    expect(textsOf('en', 'Thanks to new routes, exports rose 5 percent.', 'greeting')).toEqual([]);
    expect(textsOf('en', 'Exports rose 5 percent, the ministry said, saying that demand grew.', 'saying')).toEqual([]);
    expect(textsOf('ru', 'Благодаря новым маршрутам экспорт вырос на 5%.', 'greeting')).toEqual([]);
    expect(textsOf('ru', 'Эксперты говорят, что экспорт вырос на 5%.', 'saying')).toEqual([]);
    expect(textsOf('ru', 'Дорогой товар подешевел на 10%.', 'greeting')).toEqual([]);
    for (const sentence of ['The EU copyright directive was adopted in 2019.', 'Chrome has 65 percent of the browser market.', 'Cookie sales rose 4 percent.', 'A license for mining was issued in 2020.', 'Advertisement spending grew 12 percent.']) {
      expect(textsOf('en', sentence, 'boilerplate'), sentence).toEqual([]);
    }
  });

  it('tells the month May from the modal "may"', () => {
    expect(textsOf('en', 'We will open the new terminal in May.', 'opinion')).toEqual([]);
  });
});

describe('findFeatures, Russian', () => {
  const ru = (sentence: string, expected: Expected): void => expectFeatures('ru', sentence, expected);
  const STATISTICS = 'По данным Бюро национальной статистики, в 2023 году ВВП Казахстана вырос на 5,1% и составил 261 млрд долларов.';

  it('finds figures, percentages and currency amounts, with decimal commas and abbreviated scales', () => {
    ru(STATISTICS, { percentage: ['5,1%'], figure: ['261 млрд долларов'] });
    ru('Зарплаты учителей выросли на 25 тыс. тенге.', { figure: ['25 тыс. тенге'] });
    ru('Экспорт нефти сократился на 3 процента по сравнению с прошлым годом.', { percentage: ['3 процента'] });
    ru('Уровень безработицы снизился с 4,9% до 4,7%.', { percentage: ['4,9%', 'до 4,7%'] });
    ru('Посевная площадь составила 23 млн гектаров.', { figure: ['23 млн'] });
  });

  it('finds dates: day and month, years with "году", relative dates', () => {
    ru(STATISTICS, { date: ['2023 году'] });
    ru('Как сообщили в акимате, 15 марта в Астане открыли 12 новых школ на 9 600 мест.', { date: ['15 марта'] });
    ru('Инфляция в прошлом месяце составила 8,4%, что выше прогноза.', { date: ['в прошлом месяце'] });
    ru('Вчера Токаев подписал указ о новом правительстве.', { date: ['Вчера'] });
  });

  it('finds counted quantities, with thousands grouped by a space', () => {
    ru('Компания наняла 350 инженеров и открыла 4 офиса.', { quantity: ['350 инженеров', '4 офиса'] });
    ru('Как сообщили в акимате, 15 марта в Астане открыли 12 новых школ на 9 600 мест.', { quantity: ['12 новых', '9 600 мест'] });
  });

  it('finds named entities and names, without titles; a capitalised first word is not a name', () => {
    ru('Президент Касым-Жомарт Токаев провёл переговоры в Пекине.', { namedEntity: ['Касым-Жомарт Токаев'], name: ['Пекине'] });
    ru('Министр финансов Ержан Жиенбаев заявил, что бюджет будет исполнен в полном объёме.', { namedEntity: ['Ержан Жиенбаев'], name: [] });
    ru('Казахстан впервые стал крупнейшим торговым партнёром Китая в Центральной Азии.', {
      name: ['Китая'],
      namedEntity: ['Центральной Азии'],
    });
  });

  it('finds attribution verbs and "по данным"-style phrases with their source', () => {
    ru(STATISTICS, { attribution: ['По данным Бюро национальной статистики'] });
    ru('Министр финансов Ержан Жиенбаев заявил, что бюджет будет исполнен в полном объёме.', { attribution: ['заявил'] });
    ru('Товарооборот достиг 20,5 млрд долл., сообщает пресс-служба МИД.', { attribution: ['сообщает'] });
    ru('Согласно отчёту Всемирного банка, уровень бедности снизился до 5,2 процента.', { attribution: ['Согласно отчёту Всемирного банка'] });
    ru('Как сообщили в акимате, 15 марта в Астане открыли 12 новых школ на 9 600 мест.', { attribution: ['сообщили', 'Как сообщили в акимате'] });
  });

  it('finds superlatives', () => {
    ru('Казахстан впервые стал крупнейшим торговым партнёром Китая в Центральной Азии.', { superlative: ['впервые', 'крупнейшим'] });
    ru('Это самый высокий показатель за последние десять лет.', { superlative: ['самый'] });
  });

  it('finds comparisons', () => {
    ru('Экспорт нефти сократился на 3 процента по сравнению с прошлым годом.', { comparison: ['по сравнению'] });
    ru('Цены на жильё выросли в два раза за пять лет.', { comparison: ['в два раза'] });
    ru('Экспорт пшеницы превысил 10 млн тонн, что на 20% больше, чем годом ранее.', { comparison: ['превысил', 'больше', 'чем'] });
    ru('Инфляция в прошлом месяце составила 8,4%, что выше прогноза.', { comparison: ['выше'] });
  });

  it('finds changes', () => {
    ru(STATISTICS, { change: ['вырос', 'составил'] });
    ru('Экспорт нефти сократился на 3 процента по сравнению с прошлым годом.', { change: ['сократился'] });
    ru('Товарооборот достиг 20,5 млрд долл., сообщает пресс-служба МИД.', { change: ['достиг'] });
  });

  it('finds opinion and hedge words', () => {
    ru('Я думаю, нам нужно, возможно, подождать.', { opinion: ['думаю', 'нужно'], hedge: ['возможно'] });
    ru('Сделка якобы стоила 2 млрд долларов.', { hedge: ['якобы'] });
    ru('Мы считаем, что реформа должна продолжиться.', { opinion: ['считаем', 'должна'] });
  });

  it('finds the future', () => {
    ru('Министр финансов Ержан Жиенбаев заявил, что бюджет будет исполнен в полном объёме.', { future: ['будет'] });
    ru('В следующем году правительство планирует построить более 100 км дорог.', { future: ['планирует'], quantity: ['более 100 км'] });
    ru('Правительство намерено сократить дефицит бюджета.', { future: ['намерено'] });
  });

  it('finds questions', () => {
    ru('Почему власти скрывают эти данные?', { question: ['?'] });
    ru('Почему власти скрывают эти данные.', { question: [] });
  });

  it('finds greetings', () => {
    ru('Дорогие друзья, поздравляю вас с праздником!', { greeting: ['Дорогие друзья', 'поздравляю', 'с праздником'] });
    ru('Здравствуйте, уважаемые коллеги!', { greeting: ['Здравствуйте', 'уважаемые'] });
  });

  it('finds site boilerplate and calls to action', () => {
    ru('Все права защищены. При перепечатке ссылка обязательна.', { boilerplate: ['Все права защищены', 'При перепечатке'] });
    ru('Читайте также: Казахстан запустил новый спутник.', { boilerplate: ['Читайте также'], appeal: ['Читайте'] });
    ru('Фото: пресс-служба акимата.', { boilerplate: ['Фото:'] });
  });

  it('finds sayings', () => {
    ru('Недаром гласит пословица: поспешишь — людей насмешишь.', { saying: ['гласит', 'пословица'] });
    ru('Как говорится, без труда не выловишь и рыбку из пруда.', { saying: ['Как говорится'] });
  });

  it('does not take a saying ("как говорится") for an attribution', () => {
    expect(textsOf('ru', 'Как говорится, без труда не выловишь и рыбку из пруда.', 'attribution')).toEqual([]);
  });
});

describe('findFeatures, Kazakh', () => {
  const kk = (sentence: string, expected: Expected): void => expectFeatures('kk', sentence, expected);
  const TRADE = 'Былтыр Қазақстан мен Қытай арасындағы тауар айналымы 43,8 млрд долларға жетті, — деді Қасым-Жомарт Тоқаев.';
  const GDP = 'Ұлттық статистика бюросының мәліметінше, 2023 жылы Қазақстанның ішкі жалпы өнімі 5,1 пайызға өсті.';

  it('finds figures, percentages and currency amounts with case endings', () => {
    kk(TRADE, { figure: ['43,8 млрд долларға'] });
    kk(GDP, { percentage: ['5,1 пайызға'] });
    kk('Биыл республикалық бюджеттен 120 млрд теңге бөлінді.', { figure: ['120 млрд теңге'] });
    kk('Бағасы 5 000 теңге.', { figure: ['5 000 теңге'] });
    kk('Экспорт 1,2 млрд долларды құрады.', { figure: ['1,2 млрд долларды'] });
  });

  it('finds dates: years with "жылы", day and month, relative dates', () => {
    kk(GDP, { date: ['2023 жылы'] });
    kk(TRADE, { date: ['Былтыр'] });
    kk('15 наурызда Астанада 12 жаңа мектеп ашылды.', { date: ['15 наурызда'] });
    kk('2024 жылғы 1 қаңтардан бастап ең төменгі жалақы 85 мың теңгеге дейін көтерілді.', { date: ['2024 жылғы', '1 қаңтардан'] });
  });

  it('finds counted quantities', () => {
    kk('Жобаға 45 компания қатысты.', { quantity: ['45 компания'] });
  });

  it('finds named entities and names; a capitalised first word is not a name', () => {
    kk(TRADE, { namedEntity: ['Қасым-Жомарт Тоқаев'], name: ['Қытай'] });
    kk('15 наурызда Астанада 12 жаңа мектеп ашылды.', { name: ['Астанада'] });
  });

  it('finds attribution verbs and the "мәліметінше"-style phrases', () => {
    kk(TRADE, { attribution: ['деді'] });
    kk('Министр бұл туралы брифингте мәлімдеді.', { attribution: ['мәлімдеді'] });
    // The source comes before these phrases in Kazakh (see the known bug below): only the phrase is checked here.
    expect(textsOf('kk', GDP, 'attribution').some((text) => text.includes('мәліметінше'))).toBe(true);
    const minister = 'Министрдің айтуынша, 2024 жылдан бастап жалақы 20 пайызға көтерілді.';
    expect(textsOf('kk', minister, 'attribution').some((text) => text.includes('айтуынша'))).toBe(true);
  });

  it('finds superlatives', () => {
    kk('Қазақстан алғаш рет әлемдегі ең ірі астық экспорттаушылардың бірі атанды.', { superlative: ['алғаш', 'ең'] });
  });

  it('finds comparisons', () => {
    kk('Өткен жылмен салыстырғанда астық экспорты екі есе артты.', { comparison: ['салыстырғанда', 'есе'] });
    kk('Биыл бидай экспорты 2022 жылға қарағанда 15 пайызға жоғары болды.', { comparison: ['қарағанда', 'жоғары'] });
  });

  it('finds changes', () => {
    kk(GDP, { change: ['өсті'] });
    kk('Өткен жылмен салыстырғанда астық экспорты екі есе артты.', { change: ['артты'] });
    kk('Шілде айында бағалар 2 пайызға төмендеді.', { change: ['төмендеді'] });
    kk('Министрдің айтуынша, 2024 жылдан бастап жалақы 20 пайызға көтерілді.', { change: ['көтерілді'] });
  });

  it('finds opinion and hedge words', () => {
    kk('Меніңше, бұл мәселені шешу керек.', { opinion: ['Меніңше', 'керек'] });
    kk('Бұл жоба өте маңызды, біз оны қолдауымыз керек.', { opinion: ['маңызды', 'керек'] });
    kk('Жоба келесі жылы аяқталуы мүмкін.', { hedge: ['мүмкін'] });
  });

  it('finds the future', () => {
    kk('Компания келесі жылы зауыт салуды жоспарлап отыр.', { future: ['жоспарлап'] });
  });

  it('finds questions', () => {
    kk('Сіз бұл шешіммен келісесіз бе?', { question: ['?'] });
  });

  it('finds greetings', () => {
    kk('Құрметті әріптестер, сіздерді мерекемен құттықтаймын!', { greeting: ['Құрметті', 'құттықтаймын'] });
    kk('Сәлеметсіздер ме, құрметті көрермендер!', { greeting: ['Сәлеметсіздер', 'құрметті'] });
  });

  it('finds site boilerplate and calls to action', () => {
    kk('Барлық құқықтар қорғалған.', { boilerplate: ['Барлық құқықтар қорғалған'] });
    kk('Жазылыңыз және жаңалықтарды оқыңыз.', { boilerplate: ['Жазылыңыз'], appeal: ['Жазылыңыз'] });
  });

  it('finds sayings', () => {
    kk('Атадан бала туса игі, ата жолын қуса игі, дейді қазақ.', { saying: ['дейді қазақ'] });
    kk('Бұл – халқымыздың ежелгі мақалы.', { saying: ['мақалы'] });
  });

  it('reads Russian phrases quoted in Kazakh text', () => {
    kk('По данным Минфина, дефицит составил 3 трлн тенге.', { attribution: ['По данным Минфина'], change: ['составил'] });
  });

  it('takes the source of a Kazakh attribution phrase from the words before it', () => {
    expect(textsOf('kk', 'Министрдің сөзінше жоба 2025 жылы аяқталады.', 'attribution')).toEqual(['Министрдің сөзінше']);
  });

  it('keeps a numeral with a hyphenated case ending ("300-ден") a quantity', () => {
    expect(textsOf('kk', 'Форумға 300-ден астам адам қатысты.', 'quantity')).not.toEqual([]);
  });
});

describe('findFeatures, Chinese', () => {
  const zh = (sentence: string, expected: Expected): void => expectFeatures('zh', sentence, expected);
  const CUSTOMS = '据中国海关总署统计，2023年中哈双边贸易额同比增长32%，达到410亿美元。';

  it('finds figures, percentages and currency amounts without spaces', () => {
    zh(CUSTOMS, { percentage: ['32%'], figure: ['410亿美元'] });
    zh('2024年1月1日起，最低工资将提高到85000坚戈。', { figure: ['85000坚戈'] });
    zh('国家统计局数据显示，居民收入同比增长6.1%。', { percentage: ['6.1%'] });
    zh('今年上半年，新增就业岗位超过12万个。', { figure: ['超过12万'] });
  });

  it('finds dates: year, month and day, relative dates', () => {
    zh(CUSTOMS, { date: ['2023年'] });
    zh('2024年1月1日起，最低工资将提高到85000坚戈。', { date: ['2024年1月1日'] });
    zh('托卡耶夫总统3月15日在阿斯塔纳会见了中国国家主席习近平。', { date: ['3月15日'] });
    zh('他说，价格比去年高出20%。', { date: ['去年'] });
    zh('今年上半年，新增就业岗位超过12万个。', { date: ['今年'] });
    zh('王毅3日在北京表示，双方将加强合作。', { date: ['3日'] });
  });

  it('finds quantities as bare numbers', () => {
    zh('该公司在阿拉木图新建了3座工厂。', { quantity: ['3'] });
  });

  it('finds no names: Chinese has no capitals to go by (speakers come from titles, in find-speaker.ts)', () => {
    zh('托卡耶夫总统3月15日在阿斯塔纳会见了中国国家主席习近平。', { name: [], namedEntity: [] });
  });

  it('finds attribution verbs and "据"-style phrases', () => {
    zh('外交部发言人表示，双方将继续加强合作。', { attribution: ['表示'] });
    zh('他说，价格比去年高出20%。', { attribution: ['说'] });
    expect(textsOf('zh', CUSTOMS, 'attribution').some((text) => text.startsWith('据中国海关总署统计'))).toBe(true);
  });

  it('finds superlatives', () => {
    zh('哈萨克斯坦是中国在中亚地区最大的贸易伙伴。', { superlative: ['最'] });
    zh('这是中哈两国首次签署此类协议。', { superlative: ['首次'] });
  });

  it('finds comparisons', () => {
    zh(CUSTOMS, { comparison: ['同比'] });
    zh('他说，价格比去年高出20%。', { comparison: ['比'] });
    zh('今年上半年，新增就业岗位超过12万个。', { comparison: ['超过'] });
  });

  it('finds changes', () => {
    zh(CUSTOMS, { change: ['增长', '达到'] });
    zh('油价什么时候会下降？', { change: ['下降'] });
    zh('到2030年，双边贸易额有望翻一番。', { change: ['翻一番'] });
  });

  it('finds opinion and hedge words', () => {
    zh('我觉得这个问题可能需要更多时间。', { opinion: ['我觉得'], hedge: ['可能'] });
    zh('据说该项目耗资20亿元。', { hedge: ['据说'] });
    zh('你认为这个政策应该改变吗？', { opinion: ['认为', '应该'] });
  });

  it('finds the future', () => {
    zh('外交部发言人表示，双方将继续加强合作。', { future: ['将'] });
    zh('该项目计划明年建成。', { future: ['计划'] });
  });

  it('finds questions by the full-width question mark too', () => {
    zh('油价什么时候会下降？', { question: ['?'] });
    zh('你认为这个政策应该改变吗？', { question: ['?'] });
  });

  it('finds greetings', () => {
    zh('您好，欢迎来到阿斯塔纳！', { greeting: ['您好', '欢迎'] });
    zh('谢谢大家的关注！', { greeting: ['谢谢'] });
  });

  it('finds site boilerplate', () => {
    zh('版权所有，未经许可不得转载。', { boilerplate: ['版权所有', '转载'] });
    zh('关注我们，获取更多新闻。', { boilerplate: ['关注我们'] });
  });

  it('finds sayings', () => {
    zh('俗话说，远亲不如近邻。', { saying: ['俗话说'] });
    zh('古语有云：“民以食为天”。', { saying: ['古语'] });
  });

  it('ends the source of "据…"/"根据…" at Chinese punctuation', () => {
    expect(textsOf('zh', CUSTOMS, 'attribution')).toEqual(['据中国海关总署统计']);
  });

  it('does not take 比 inside a word (比赛, a match) for a comparison', () => {
    expect(textsOf('zh', '共有1200名学生参加了比赛。', 'comparison')).toEqual([]);
  });

  it('gives the approximator before a number (约5亿元) to the figure', () => {
    expect(textsOf('zh', '该项目投资约5亿元人民币。', 'figure')).toEqual(['约5亿元']);
  });
});
