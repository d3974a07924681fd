import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import { findQuoteAfter, findSpeaker, findSpeakerLine, toNominative } from './find-speaker';

function speakerOf(sentence: string, language: LanguageCode = 'en'): string {
  const mention = findSpeaker(sentence, language);
  return mention.kind === 'name' ? mention.name : mention.kind;
}

function lineSpeakerOf(line: string, language: LanguageCode): string {
  const mention = findSpeakerLine(line, language);
  return mention.kind === 'name' ? mention.name : mention.kind;
}

describe('findSpeaker', () => {
  it('finds the speaker before or after a speech verb', () => {
    expect(speakerOf('"If we have strong exchanges, our friendship will be strengthened," Tokayev said.')).toBe('Tokayev');
    expect(speakerOf('Sun said that culture and tourism have become an important part of relations.')).toBe('Sun');
    expect(speakerOf('“These expressions reveal China’s past, present and future,” said Shen.')).toBe('Shen');
    expect(speakerOf('Kazakh President Kassym-Jomart Tokayev said the visit was a success.')).toBe('Kassym-Jomart Tokayev');
    expect(speakerOf('Minister of Culture and Tourism Sun Yeli said the centers matter.')).toBe('Sun Yeli');
  });

  it('does not take the subject of what was said for the speaker', () => {
    expect(findSpeaker('He said China would invest $5 billion in 2025.', 'en')).toEqual({ kind: 'pronoun' });
    expect(findSpeaker('The ministry said Astana hosted 300 delegates.', 'en').kind).not.toBe('name');
    expect(findSpeaker('“We grew 5%,” said Shen Haixiong, adding that more will come.', 'en')).toEqual({ kind: 'name', name: 'Shen Haixiong' });
  });

  it('takes the teller, not the listener, and the verbs of adding and stressing', () => {
    expect(speakerOf('"Trade will grow," Tokayev told Xinhua.')).toBe('Tokayev');
    expect(speakerOf('Tokayev told reporters that trade grew 5 percent.')).toBe('Tokayev');
    expect(speakerOf('Trade grew 5 percent, Shen added.')).toBe('Shen');
    expect(speakerOf('Trade grew 5 percent, noted Shen Haixiong.')).toBe('Shen Haixiong');
    expect(speakerOf('Trade grew 5 percent, stressed Shen Haixiong.')).toBe('Shen Haixiong');
  });

  it('takes the source named after "according to", a person without the title', () => {
    expect(speakerOf('Since the end of 2015, according to Assel Tulegenova, the number of centers is growing.')).toBe('Assel Tulegenova');
    expect(speakerOf("According to China's General Administration of Customs, trade grew 6.8 percent.")).toBe(
      "China's General Administration of Customs",
    );
    expect(speakerOf('Culture plays a crucial role, according to Kazakh Minister of Culture and Information Aida Balayeva.')).toBe(
      'Aida Balayeva',
    );
    expect(speakerOf('According to the World Bank, trade grew 5 percent.')).toBe('World Bank');
    expect(speakerOf('According to preliminary queries of travel operators, tourists will come.')).toBe('none');
  });

  it('describes a speaker named by title and organisation, for the caller to match', () => {
    expect(findSpeaker('The General Director of Kazinform told briefly about the cooperation.', 'en')).toEqual({
      kind: 'description',
      words: ['Director', 'Kazinform'],
    });
  });

  it('finds Russian speakers, in the nominative after "по словам"', () => {
    expect(
      speakerOf('На Форуме директор Телерадиокомплекса Президента Казахстана Раушан Кажибаева отметила актуальность проекта.', 'ru'),
    ).toBe('Раушан Кажибаева');
    expect(speakerOf('Объём торговли вырос на 5%, — сказал Иванов.', 'ru')).toBe('Иванов');
    expect(speakerOf('Объём вырос на 5%, заявил министр торговли Серик Жумангарин.', 'ru')).toBe('Серик Жумангарин');
    expect(speakerOf('Генеральный директор агентства «Синьхуа» Фу Хуа подчеркнул, что объём вырос.', 'ru')).toBe('Фу Хуа');
    expect(speakerOf('По словам Ивана Петрова, объём вырос на 5%.', 'ru')).toBe('Иван Петров');
    expect(speakerOf('По словам Раушан Кажибаевой, объём вырос на 5%.', 'ru')).toBe('Раушан Кажибаева');
    expect(speakerOf('По словам Фу Хуа, объём вырос на 5%.', 'ru')).toBe('Фу Хуа');
    expect(speakerOf('По данным Комитета по статистике, объём вырос на 5%.', 'ru')).toBe('Комитета по статистике');
  });

  it('finds Kazakh speakers', () => {
    expect(speakerOf('Тауар айналымы 10 пайызға өсті, — деді Қасым-Жомарт Тоқаев.', 'kk')).toBe('Қасым-Жомарт Тоқаев');
    expect(speakerOf('ҚР Президенті Қасым-Жомарт Тоқаев атап өтті.', 'kk')).toBe('Қасым-Жомарт Тоқаев');
    expect(speakerOf('Қасым-Жомарт Тоқаев тауар айналымы өскенін атап өтті.', 'kk')).toBe('Қасым-Жомарт Тоқаев');
    expect(speakerOf('Қасым-Жомарт Тоқаевтың сөзінше, тауар айналымы 10 пайызға өсті.', 'kk')).toBe('Қасым-Жомарт Тоқаев');
  });

  it('finds Chinese speakers without their titles, dates and places', () => {
    expect(speakerOf('王毅3日在北京表示，两国贸易额增长了10%。', 'zh')).toBe('王毅');
    expect(speakerOf('中国外交部发言人毛宁说，两国贸易额增长了10%。', 'zh')).toBe('毛宁');
    expect(speakerOf('“两国贸易额增长了10%，”王毅指出。', 'zh')).toBe('王毅');
    expect(speakerOf('据新华社报道，两国贸易额增长了10%。', 'zh')).toBe('新华社');
    expect(speakerOf('他还指出，两国贸易额增长了10%。', 'zh')).toBe('pronoun');
    expect(speakerOf('据悉，两国贸易额增长了10%。', 'zh')).toBe('none');
  });

  it('reports a pronoun to be resolved from context, and nothing when nobody is named', () => {
    expect(speakerOf('“Cooperation is experiencing a real renaissance today,” she said.')).toBe('pronoun');
    expect(speakerOf('The China Cultural Center in Astana was inaugurated in July last year.')).toBe('none');
  });
});

describe('toNominative', () => {
  it('turns Russian genitive names into the nominative and keeps names it cannot tell', () => {
    expect(toNominative('Ивана Петрова')).toBe('Иван Петров');
    expect(toNominative('Анны Петровой')).toBe('Анна Петрова');
    expect(toNominative('Марии Ивановны Сидоровой')).toBe('Мария Ивановна Сидорова');
    expect(toNominative('Андрея Белоусова')).toBe('Андрей Белоусов');
    expect(toNominative('Игоря Ивановского')).toBe('Игорь Ивановский');
    expect(toNominative('Касым-Жомарта Токаева')).toBe('Касым-Жомарт Токаев');
    expect(toNominative('Раушан Кажибаевой')).toBe('Раушан Кажибаева');
    expect(toNominative('Фу Хуа')).toBe('Фу Хуа');
  });
});

describe('speaker lines', () => {
  it('reads the name from a "Name, title:" line', () => {
    expect(lineSpeakerOf('Раушан Кажибаева, директор Телерадиокомплекса Президента РК:', 'ru')).toBe('Раушан Кажибаева');
    expect(lineSpeakerOf('Фу Хуа, Генеральный директор информационного агентства «Синьхуа»:', 'ru')).toBe('Фу Хуа');
    expect(lineSpeakerOf('Фу Хуа — генеральный директор «Синьхуа»:', 'ru')).toBe('Фу Хуа');
    expect(lineSpeakerOf('Асель Тулегенова, «Казинформ» бас директоры:', 'kk')).toBe('Асель Тулегенова');
    expect(lineSpeakerOf('Shen Haixiong, President of China Media Group:', 'en')).toBe('Shen Haixiong');
    expect(lineSpeakerOf('Tokayev said:', 'en')).toBe('Tokayev');
  });

  it('reads a line that gives the title first', () => {
    expect(lineSpeakerOf('Министр торговли Серик Жумангарин:', 'ru')).toBe('Серик Жумангарин');
    expect(lineSpeakerOf('Foreign Minister Murat Nurtleu:', 'en')).toBe('Murat Nurtleu');
  });

  it('takes no label or phrase for a speaker line', () => {
    expect(lineSpeakerOf('Related Stories:', 'en')).toBe('none');
    expect(lineSpeakerOf('Note, however:', 'en')).toBe('none');
    expect(lineSpeakerOf('Contact Us, Privacy:', 'en')).toBe('none');
    expect(lineSpeakerOf('Раушан Кажибаева, директор Телерадиокомплекса.', 'ru')).toBe('none');
  });

  it('finds the quoted paragraphs after a speaker line', () => {
    const line = 'Раушан Кажибаева, директор:\n\n';
    const quoteOf = (after: string): string | undefined => {
      const body = line + after;
      const span = findQuoteAfter(body, line.indexOf('\n'));
      return span ? body.slice(span.start, span.end) : undefined;
    };
    expect(quoteOf('- Мы соседи.\n\nКитай развивается.')).toBe('- Мы соседи.');
    // Paragraphs opening with a dash go on with a quotation that opened with one.
    expect(quoteOf('- Мы соседи.\n\n- Мы друзья.\n\nКитай развивается.')).toBe('- Мы соседи.\n\n- Мы друзья.');
    // A quotation left open goes on into the next paragraph.
    expect(quoteOf('«Мы соседи.\n\nМы друзья».\n\nКитай развивается.')).toBe('«Мы соседи.\n\nМы друзья».');
    // Another speaker line ends it.
    expect(quoteOf('- Мы соседи.\n\n- Фу Хуа, директор:\n\n- Мы друзья.')).toBe('- Мы соседи.');
    expect(quoteOf('')).toBeUndefined();
  });
});
