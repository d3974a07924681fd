// English boilerplate: what news sites in English put around an article.
import type { BoilerplateTable } from './boilerplate-table';

export const ENGLISH: BoilerplateTable = {
  navigationLines: [
    'home', 'top', 'back to top', 'back to the top', 'to top', 'go to top', 'scroll to top', 'menu',
    'main menu', 'search', 'sections', 'skip to content', 'skip to main content', 'most viewed',
    'most read', 'most popular', 'popular', 'trending', 'trending now', 'latest', 'latest news',
    'top stories', 'related', 'related news', 'related articles', 'related stories', 'you may also like',
    'recommended', 'read more', 'read also', 'see also', 'more', 'more news', 'next', 'previous',
    'next article', 'previous article', 'advertisement', 'tags', 'topics', 'comments', 'login', 'log in',
    'sign in', 'register', 'contact us', 'about us', 'privacy policy', 'terms of use', 'terms of service',
    'news', 'world', 'business', 'politics', 'economy', 'society', 'culture', 'sports', 'sport',
    'opinion', 'lifestyle', 'travel', 'tech', 'technology', 'science', 'health', 'education', 'video',
    'videos', 'photos', 'multimedia', 'china', 'asia', 'asia-pacific', 'europe', 'americas', 'africa',
    'middle east', 'kazakhstan', 'central asia', 'regions', 'nation', 'international',
  ],
  navigationPatterns: [
    /^most (viewed|read|popular|shared|commented)\b.{0,30}$/iu,
    /^(read|see) (also|more)\s*[:：]/iu,
    /^(previous|next) (article|story|post|page)\b/iu,
    /^tags?\s*[:：]/iu,
  ],
  languageSwitcherWords: [
    'global edition', 'edition', 'english', 'russian', 'kazakh', 'chinese', 'asia', 'europe', 'africa',
    'americas', 'us', 'uk', 'français', 'francais', 'fran?ais', 'español', 'espanol', 'deutsch',
    'italiano', 'português', 'türkçe', "o'zbekcha", 'العربية', '日本語', '한국어',
  ],
  breadcrumbRoots: ['home', 'main'],
  shareLines: [
    'share', 'share this', 'share this article', 'share this story', 'share on', 'tweet', 'facebook',
    'twitter', 'x', 'telegram', 'whatsapp', 'wechat', 'weibo', 'linkedin', 'email', 'e-mail', 'print',
    'copy link', 'copy url', 'follow us', 'vk', 'instagram', 'youtube', 'tiktok', 'reddit', 'pinterest',
  ],
  sharePatterns: [
    /^share(\s*[-–—:|/]\s*[\p{L}\p{N} .+]{1,30}|\s+(on|via|to|with)\s+.{1,30})$/iu,
    /^follow us( on .{1,40})?$/iu,
  ],
  newsletterPatterns: [
    /^get .{1,80}? (stories|news|updates|headlines|newsletter)\b.{0,40}(sent|delivered)\b/iu,
    /\b(sent|delivered) directly to (you|your inbox)\b/iu,
    /^(subscribe|sign up)\b.{0,120}\b(newsletter|channel|updates|inbox|telegram|our)\b/iu,
    /\b(sign up|subscribe) (for|to) our (newsletter|channel|mailing list|telegram|youtube)/iu,
    /^subscribe$/iu,
  ],
  newsletterPublisherPatterns: [/^get (?<source>.{2,60}?) (stories|news|updates|headlines) (sent|delivered)\b/iu],
  copyrightPatterns: [
    /^(copyright|©|\(c\))/iu,
    /\bcopyright\s*(©|\(c\)|\d{4})/iu,
    /©\s*\d{4}/u,
    /\ball rights reserved\b/iu,
    /^licen[cs]e\b.{0,80}\d{3,}/iu,
    /\blicen[cs]e (number|no\.?)\s*[:：]?\s*\d/iu,
    /^registration (number|no\.?|certificate)\b/iu,
    /\bregistration number\s*[:：]?\s*\d/iu,
  ],
  copyrightOwnerPatterns: [
    /\bbelongs to (?<source>[^.;]{2,80}?)\s*(\.|;|$)/iu,
    /©\s*(\d{4}(\s*[-–]\s*\d{0,4})?\s*)?(?<source>\p{L}[^.|,;]{1,60}?)\s*(\.|,|\||;|$|all rights)/iu,
  ],
  captionPatterns: [
    /\b(photo|image|picture|video) ?(credit|courtesy)s?\s*[:：].{1,80}$/iu,
    /^(photo|image|picture|file photo|pictured|caption)\s*[:：/]/iu,
    /\((photo|image|file photo)\b[^)]{0,60}\)$/iu,
    /\bphoto by \p{Lu}[^.]{0,60}$/u,
    /(^|[.!?)]\s+)(photo|image|picture)s?\s*[:：/]\s*[^.]{1,60}$/iu,
  ],
  pollPatterns: [/^(poll|vote|survey|quiz)\s*[:：]/iu, /^(vote|vote now|view results|show results|cast your vote)$/iu],
  readerAddressPatterns: [/\b(you|your|yours)\b/iu],
  spamKeywords: [
    'porn', 'porno', 'xxx', 'sex video', 'sex videos', 'nude', 'escort', 'casino', 'online casino',
    'betting', 'bet365', '1xbet', 'poker', 'slots', 'jackpot', 'viagra', 'cialis', 'onlyfans', 'hentai',
  ],
  bylinePatterns: [
    /^(?:By|BY|by)\s+(?<author>\p{Lu}[\p{L}.'’ -]{1,60}?)(?:\s+in\s+\p{Lu}[\p{L} ]{1,30})?\s*$/u,
    /^(?:author|written by|reporter|text by|story by|words by)\s*[:：]?\s*(?<author>\p{Lu}[\p{L}.'’ -]{1,60}?)\s*$/iu,
  ],
  dateLabels: ['last updated', 'first published', 'updated', 'published', 'posted', 'modified', 'date'],
  sourceLabels: ['source', 'original', 'originally published at', 'url', 'link'],
};
