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
  /** Porn, casino and betting words; with a keyword-list shape they mark spam. */
  spamKeywords: readonly string[];
  /** Bylines, tested on the part before the first "|" or ", "; the name is in an `author` group. */
  bylinePatterns: readonly RegExp[];
  /** Labels before a date on a dateline ("Updated:", "Опубликовано"). */
  dateLabels: readonly string[];
  /** Labels of an attribution line ("Source: https://…"). */
  sourceLabels: readonly string[];
}
