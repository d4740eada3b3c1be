import { describe, expect, it } from 'vitest';
import { withRoles } from '../../../geo/claims/mention-roles';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';

describe('withRoles', () => {
  const text = 'وأرسلت روسيا دبابات إلى اللاذقية.';
  const { features } = geoparse(text, 't', smallGazetteer());

  it("puts each mention's role on it, and context where no clause gave one", () => {
    const latakia = features.find((f) => f.properties.id === 'latakia')!;
    const start = latakia.properties.mentions[0]!.start;
    const annotated = withRoles(features, [
      { articleId: 't', placeId: 'latakia', start, end: start + 8, role: 'site' },
    ]);
    const role = (id: string) => annotated.find((f) => f.properties.id === id)!.properties.mentions[0]!.role;
    expect(role('latakia')).toBe('site');
    expect(role('russia')).toBe('context');
  });

  it("leaves the geoparser's features as they were", () => {
    withRoles(features, []);
    expect(features.every((f) => f.properties.mentions.every((m) => m.role === undefined))).toBe(true);
  });
});
