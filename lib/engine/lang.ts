import type { Lang } from './types';

/** Frequent function words that tell German from English, bounded by letters of any script (`für`, `Bäder`). */
const GERMAN = /(?<![\p{L}\p{N}])(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dass|ein|eine|sagte|wurde|auch|von|zu|den|dem|im)(?![\p{L}\p{N}])/gu;
const ENGLISH = /(?<![\p{L}\p{N}])(?:the|and|is|not|with|that|of|to|a|an|said|was|for|on|it|he|she|they|by|from)(?![\p{L}\p{N}])/gu;

/** Picks German or English by counting function words in the first 20,000 characters. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 20000).toLowerCase();
  const de = sample.match(GERMAN)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return de > en ? 'de' : 'en';
}
