// Month names per language, as data for the date reader. Keys are lower case.

/** Whole words (English and Russian, with common abbreviations and Russian genitive forms). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  // English
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
  // Russian: genitive as in "3 сентября 2025", nominative, abbreviations
  января: 1, январь: 1, янв: 1,
  февраля: 2, февраль: 2, фев: 2,
  марта: 3, март: 3, мар: 3,
  апреля: 4, апрель: 4, апр: 4,
  мая: 5, май: 5,
  июня: 6, июнь: 6, июн: 6,
  июля: 7, июль: 7, июл: 7,
  августа: 8, август: 8, авг: 8,
  сентября: 9, сентябрь: 9, сент: 9, сен: 9,
  октября: 10, октябрь: 10, окт: 10,
  ноября: 11, ноябрь: 11, ноя: 11,
  декабря: 12, декабрь: 12, дек: 12,
};

/** Kazakh month stems: the word takes case endings ("қыркүйегі", "қазанда"), so these match as prefixes. */
export const KAZAKH_MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['қаңтар', 1],
  ['ақпан', 2],
  ['наурыз', 3],
  ['сәуір', 4],
  ['мамыр', 5],
  ['маусым', 6],
  ['шілде', 7],
  ['тамыз', 8],
  ['қыркүйе', 9],
  ['қазан', 10],
  ['қараша', 11],
  ['желтоқсан', 12],
];
