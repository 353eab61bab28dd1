import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { show } from './attribution-cases';

/** Speaker and content of each German attribution found in `text`. */
function found(text: string): [string, string][] {
  return extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(text, a.content)]);
}

describe('German interviews and transcripts', () => {
  it('reads a verb next to `ich` as the first person’s indicative, not as Konjunktiv going on with the last speaker', () => {
    expect(found('Die Lage sei ernst, sagte der Minister. Das finde ich übertrieben.')).toEqual([['Minister', 'Die Lage sei ernst']]);
    expect(found('Die Lage sei ernst, sagte der Minister. Ich habe das schon oft gehört.')).toEqual([['Minister', 'Die Lage sei ernst']]);
    expect(found('Die Lage sei ernst, sagte der Minister. Er habe alles versucht.')).toEqual([
      ['Minister', 'Die Lage sei ernst'],
      ['Minister', 'Er habe alles versucht'],
    ]);
  });
});
