import { describe, expect, it } from 'vitest';
import { readText, tokenSpan } from '../../../geo/text/reading';
import { splitClauses } from '../../../geo/claims/clauses';

const clausesOf = (text: string, newSpeakerAt: string[] = []) => {
  const at = readText(text);
  const clauses = splitClauses(at, (i) => newSpeakerAt.includes(at.tokens[i]!.text));
  return clauses.map((c) => ({
    text: tokenSpan(at, c.firstToken, c.endToken).text,
    opening: c.opening,
    inQuote: c.inQuote,
  }));
};

describe('clauses', () => {
  it('cuts a sentence at "لكن" and at "ردا على"', () => {
    expect(clausesOf('نفت روسيا ذلك، لكنها تعهدت بالدعم. نفى لافروف، ردا على اتهامات واشنطن.')).toEqual([
      { text: 'نفت روسيا ذلك', opening: 'sentence', inQuote: false },
      { text: 'لكنها تعهدت بالدعم', opening: 'contrast', inQuote: false },
      { text: 'نفى لافروف', opening: 'sentence', inQuote: false },
      { text: 'ردا على اتهامات واشنطن', opening: 'response', inQuote: false },
    ]);
  });

  it('cuts at a two-word opener from its first word: "على الرغم من"', () => {
    expect(clausesOf('تعهد بوتين بالدعم على الرغم من المخاوف.').map((c) => c.text)).toEqual([
      'تعهد بوتين بالدعم',
      'على الرغم من المخاوف',
    ]);
  });

  it('cuts at a participle that opens a new statement by the same speaker', () => {
    expect(
      clausesOf('قال لافروف إن بلاده ستواصل، مشيراً إلى أن بلاده تجري تدريبات.').map((c) => c.opening),
    ).toEqual(['sentence', 'participle']);
  });

  it('cuts where the caller says a new speaker is named', () => {
    expect(clausesOf('سنظل مستعدين وقال كيري إن روسيا سعت.', ['وقال']).map((c) => c.text)).toEqual([
      'سنظل مستعدين',
      'وقال كيري إن روسيا سعت',
    ]);
  });

  it('says which clauses begin inside a quotation', () => {
    expect(
      clausesOf('ولفت إلى أن "البنتاغون أوقف التعاون، لكن هذا التعاون ينبغي استئنافه".').map(
        (c) => c.inQuote,
      ),
    ).toEqual([false, true]);
  });

  it('cuts English at "but" and "in response to"', () => {
    expect(
      clausesOf('Moscow denied it, but officials insisted. Kerry spoke in response to the report.').map(
        (c) => c.text,
      ),
    ).toEqual(['Moscow denied it', 'but officials insisted', 'Kerry spoke', 'in response to the report']);
  });

  it('skips a "read also" line, which is not part of the report', () => {
    expect(clausesOf('أرسلت روسيا دبابات.\nاقرأ أيضاً: غطاء روسي لمجازر الأسد')).toHaveLength(1);
  });
});
