import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/model';
import { findSpeaker } from './find-speaker';
import { analyzeSentence } from './score-sentence';

function speakerOf(sentence: string, language: LanguageCode = 'en'): string | null {
  const mention = findSpeaker(sentence, language, analyzeSentence(sentence, language).features);
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

  it('takes the source named after "according to"', () => {
    expect(speakerOf('Since the end of 2015, according to Assel Tulegenova, the number of centers is growing.')).toBe('Assel Tulegenova');
    expect(speakerOf("According to China's General Administration of Customs, trade grew 6.8 percent.")).toBe(
      "China's General Administration of Customs",
    );
    expect(speakerOf('According to preliminary queries of travel operators, tourists will come.')).toBe('none');
  });

  it('finds Russian and Kazakh speakers', () => {
    expect(
      speakerOf('На Форуме директор Телерадиокомплекса Президента Казахстана Раушан Кажибаева отметила актуальность проекта.', 'ru'),
    ).toBe('Раушан Кажибаева');
    expect(speakerOf('По словам Ивана Петрова, объём вырос на 5%.', 'ru')).toBe('Ивана Петрова');
    expect(speakerOf('Тауар айналымы 10 пайызға өсті, — деді Қасым-Жомарт Тоқаев.', 'kk')).toBe('Қасым-Жомарт Тоқаев');
  });

  it('reports a pronoun to be resolved from context, and nothing when nobody is named', () => {
    expect(speakerOf('“Cooperation is experiencing a real renaissance today,” she said.')).toBe('pronoun');
    expect(speakerOf('The China Cultural Center in Astana was inaugurated in July last year.')).toBe('none');
  });
});
