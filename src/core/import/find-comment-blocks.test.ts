import { describe, expect, it } from 'vitest';
import { isCommentHeading, isCommentLine } from './find-comment-blocks';

describe('isCommentHeading', () => {
  it.each([
    '3 Comments', 'Comments (12)', '34 responses to “Anthony Lynn: We needed to win this game”', 'Leave a Reply',
    'Join the conversation', 'Comments are closed.', 'You must be logged in to post a comment.', 'Комментарии (5)',
    '12 комментариев', 'Оставить комментарий', 'Пікірлер', '网友评论', '5条评论',
  ])('"%s" opens the comments', (line) => {
    expect(isCommentHeading(line)).toBe(true);
  });

  it.each(['Comments from the minister were not available.', 'Reply to the ministry', 'Комментарий министерства был краток.'])(
    '"%s" is text',
    (line) => {
      expect(isCommentHeading(line)).toBe(false);
    },
  );
});

describe('isCommentLine', () => {
  it.each(['thelastchargersfan says:', 'Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:', 'Reply', '3 hours ago', 'Ответить', '回复'])(
    '"%s" is a comment thread line',
    (line) => {
      expect(isCommentLine(line)).toBe(true);
    },
  );

  it.each(['The minister says:', 'Reply hazy, try again later.'])('"%s" is not', (line) => {
    // A speaker line in a story ends with "says:" too; the heading before it decides, not this line alone.
    expect(isCommentLine(line)).toBe(line === 'The minister says:');
  });
});
