// Claim detection: sentence splitting and check-worthiness scoring, in plain TypeScript, no network.
export { CLAIM_THRESHOLD, isCheckworthy } from './checkworthy';
export { detectClaims } from './detect-claims';
export { analyzeSentence, explainScore, scoreSentence } from './score-sentence';
export type { SentenceAnalysis, SentenceScore } from './score-sentence';
export { splitSentenceTexts, splitSentences } from './split-sentences';
