import { describe, expect, it } from 'vitest';
import { findEvidenceProblems, parseDataset, SCHEMA_VERSION, type Dataset } from '../../../geo/contract';
import { withRoles } from '../../../geo/claims/mention-roles';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';
import { article, extractFrom } from './claims-of';

const text = 'وقال مسؤولون أمريكيون إن روسيا أرسلت دبابات إلى اللاذقية. ونفت روسيا ذلك.';

function dataset(): Dataset {
  const { claims, roles } = extractFrom(text);
  const { features, unresolved } = geoparse(text, 't', smallGazetteer());
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [article(text)],
    places: { type: 'FeatureCollection', features: withRoles(features, roles) },
    unresolved,
    claims,
  };
}

describe('the contract for claims', () => {
  it('accepts claims whose every span is the article text', () => {
    expect(parseDataset(dataset())).toMatchObject({ ok: true });
  });

  it('still accepts data made without claims', () => {
    const withoutClaims = dataset();
    delete withoutClaims.claims;
    expect(parseDataset(withoutClaims)).toMatchObject({ ok: true });
  });

  it('refuses a claimant that is not a verbatim slice', () => {
    const d = dataset();
    d.claims![0]!.claimant!.text = 'مسؤولون غربيون';
    expect(findEvidenceProblems(d)).toEqual([`claim t#1: claimant is not a verbatim slice`]);
  });

  it("refuses a place that is no mention of that place, and a from or to outside the claim's places", () => {
    const d = dataset();
    d.claims![0]!.places[0]!.start += 1;
    d.claims![0]!.to = 'tartus';
    expect(findEvidenceProblems(d)).toEqual([
      'claim t#1: place russia at 26 is no mention of that place',
      'claim t#1: from/to tartus is not among its places',
    ]);
  });

  it('refuses a clause outside its quote, and an answer to no claim', () => {
    const d = dataset();
    d.claims![1]!.respondsTo = 't#9';
    const clause = d.claims![0]!.clause;
    d.claims![0]!.clause = { ...clause, end: clause.end + 2, text: text.slice(clause.start, clause.end + 2) };
    expect(parseDataset(d)).toMatchObject({ ok: false });
    expect(findEvidenceProblems(d)).toContain('claim t#2: responds to unknown claim t#9');
  });
});
