// The shape of one language's boilerplate table. Tables are data; the modules that apply them hold
// the logic, so teaching the importer a new site's phrase means adding a line to a table.
//
// Conventions: `...Lines` entries are whole lines, compared in lower case without surrounding
// punctuation; patterns are tested on the trimmed line and carry no `g` flag. JavaScript's `\b` only
// knows ASCII letters, so Cyrillic patterns use `(?![\p{L}])` instead.

export interface BoilerplateTable {
  /** Site navigation, section names and "back to top" links, as whole lines. */
  navigationLines: readonly string[];
  navigationPatterns: readonly RegExp[];
  /** Words a language switcher is made of ("English", "中文", "Global Edition"). */
  languageSwitcherWords: readonly string[];
  /** First crumb of a breadcrumb trail ("Home" in "Home / World / Asia-Pacific"). */
  breadcrumbRoots: readonly string[];
  shareLines: readonly string[];
  sharePatterns: readonly RegExp[];
  newsletterPatterns: readonly RegExp[];
  /** Newsletter footers that name the publisher, in a `source` group. */
  newsletterPublisherPatterns: readonly RegExp[];
  /** Copyright, licence and media-registration lines. */
  copyrightPatterns: readonly RegExp[];
  /** Copyright lines that name the owner, in a `source` group. */
  copyrightOwnerPatterns: readonly RegExp[];
  /** Photo captions and credits. */
  captionPatterns: readonly RegExp[];
  /** Lines that announce a poll or its buttons. */
  pollPatterns: readonly RegExp[];
  /** Words addressing the reader: a closing question with one is a poll, not a line of the story. */
  readerAddressPatterns: readonly RegExp[];
  /** Advertisement labels, as whole lines ("Advertisement", "Реклама", "广告"). */
  advertisementLines: readonly string[];
  advertisementPatterns: readonly RegExp[];
  /** Cookie and consent notices: the site speaking of its own cookies, or a consent button. */
  cookiePatterns: readonly RegExp[];
  /** Headings over lists of links to other stories ("Related articles", "Most read", "Популярное"), whole lines. */
  relatedHeadingLines: readonly string[];
  relatedHeadingPatterns: readonly RegExp[];
  /** Headings that open the readers' comments ("3 Comments", "Leave a Reply", "Комментарии"). */
  commentHeadingPatterns: readonly RegExp[];
  /** Lines only a comment thread has ("Anna on May 3, 2019 at 4:47 pm said:", "Reply"). */
  commentLinePatterns: readonly RegExp[];
  /** Porn, casino and betting words; with a keyword-list shape they mark spam. */
  spamKeywords: readonly string[];
  /** Bylines, tested on the part before the first "|" or ", "; the name is in an `author` group. */
  bylinePatterns: readonly RegExp[];
  /**
   * The words the byline patterns open with, in lower case: a line holding none of them is not a byline,
   * which spares most lines the byline reader (it looks for a date in every line it reads).
   */
  bylineOpeners: readonly string[];
  /** Labels before a date on a dateline ("Updated:", "Опубликовано"). */
  dateLabels: readonly string[];
  /** Labels of an attribution line ("Source: https://…"). */
  sourceLabels: readonly string[];
}
