import type { Lang } from './types';

/** Frequent function words that tell German from English, bounded by letters of any script (`für`, `Bäder`). */
const GERMAN = /(?<![\p{L}\p{N}])(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dass|ein|eine|einen|sagte|wurde|wurden|werden|sei|seien|hat|haben|sind|auch|von|zu|den|dem|des|im|am|laut|nach|wir|sie|er|es|ich|bei|aus|über)(?![\p{L}\p{N}])/gu;
/** Letters only German writes: a tie-breaker for short texts. */
const GERMAN_LETTERS = /[äöüß]/g;
const ENGLISH = /(?<![\p{L}\p{N}])(?:the|and|is|not|with|that|of|to|a|an|said|was|for|on|it|he|she|they|by|from)(?![\p{L}\p{N}])/gu;

/** Picks German or English by counting function words in the first 20,000 characters. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 20000).toLowerCase();
  const de = (sample.match(GERMAN)?.length ?? 0) + 0.5 * Math.min(4, sample.match(GERMAN_LETTERS)?.length ?? 0);
  const en = sample.match(ENGLISH)?.length ?? 0;
  return de > en ? 'de' : 'en';
}
