import { describe, expect, it } from 'vitest';
import { claimOf, extractFrom } from './claims-of';

const rolesIn = (text: string) => Object.fromEntries(claimOf(text).places.map((p) => [p.placeId, p.role]));

describe('roles', () => {
  it('makes a place after "في" in a clause about troops a site, and the states that act actors', () => {
    expect(rolesIn('وتتهم واشنطن روسيا بإرسال جنود إلى اللاذقية.')).toEqual({
      washington: 'actor',
      russia: 'actor',
      latakia: 'site',
    });
  });

  it('makes a military facility a site', () => {
    expect(rolesIn('وقال مسؤولون إن روسيا تبني قاعدة جوية متقدمة في اللاذقية.')['hmeimim-air-base']).toBe(
      'site',
    );
  });

  it('makes the town of a summit, or of a visit, its venue', () => {
    expect(rolesIn('وتحدث بوتين في قمة أمنية في تركيا عن إرسال دبابات.').turkey).toBe('venue');
    expect(rolesIn('ووصل كيري إلى لندن لإجراء محادثات.').london).toBe('venue');
  });

  it('keeps a place that talks are about as context, not their venue', () => {
    expect(rolesIn('ووصل كيري إلى لندن لإجراء محادثات بشأن الصراع في سورية.')).toEqual({
      london: 'venue',
      syria: 'context',
    });
  });

  it('makes the Pentagon where two ministers meet a venue, and the Pentagon that speaks an actor', () => {
    expect(rolesIn('والتقى كيري وزير الدفاع في البنتاغون.').pentagon).toBe('venue');
    expect(rolesIn('وأوقف البنتاغون المناقشات مع موسكو.').pentagon).toBe('actor');
  });

  it('gives places joined by "and" one role: "في كل من سوريا والعراق"', () => {
    const roles = rolesIn('والتحالف يشن غارات جوية في كل من سوريا والعراق.');
    expect(roles.syria).toBe('site');
  });

  it('puts a role on every mention of the article, claims or not', () => {
    const { roles } = extractFrom('أسوأ مما هو في سوريا. وأرسلت روسيا دبابات إلى اللاذقية.');
    expect(roles.map((r) => [r.placeId, r.role])).toEqual([
      ['syria', 'context'],
      ['russia', 'actor'],
      ['latakia', 'site'],
    ]);
  });
  it('makes the place a drone is shot down over its site, and a place flown over no site', () => {
    expect(rolesIn('وقالت وزارة الدفاع الروسية إن دفاعاتها أسقطت طائرتين مسيرتين فوق اللاذقية.')).toEqual({
      latakia: 'site',
    });
    expect(rolesIn('The army said it shot down a drone over Latakia.')).toEqual({ latakia: 'site' });
    expect(rolesIn('Russian jets flew over Iran on their way to Syria.')).toMatchObject({ iran: 'actor' });
  });

  it('makes the place an interception happened over its site, as for a shoot-down', () => {
    expect(rolesIn('The ministry said its fighters intercepted two drones over Latakia.')).toEqual({
      latakia: 'site',
    });
    expect(rolesIn('وقالت الوزارة إن مقاتلاتها اعترضت طائرتين فوق اللاذقية.')).toEqual({ latakia: 'site' });
  });

  it('makes the place off whose coast ships sail or drill a site: "off the coast of", "قبالة سواحل"', () => {
    expect(rolesIn('Russian warships held drills off the coast of Latakia.')).toMatchObject({
      latakia: 'site',
    });
    expect(rolesIn('وأجرت سفن حربية روسية مناورات قبالة سواحل طرطوس.')).toMatchObject({ tartus: 'site' });
  });

  it('makes the town a verb of striking takes as object its site, after the verb or after its subject', () => {
    expect(rolesIn('وقال الجيش إن طائراته قصفت اللاذقية.').latakia).toBe('site');
    expect(rolesIn('وهاجمت الميليشيات مدينة طرطوس.').tartus).toBe('site');
    expect(rolesIn('Russian forces shelled Latakia overnight, officials said.').latakia).toBe('site');
  });

  it('makes the place after "on / على" after a word of combat its site', () => {
    expect(rolesIn('وشنت الطائرات غارات على طرطوس.').tartus).toBe('site');
    expect(rolesIn('Officials said there had been an attack on Tartus.').tartus).toBe('site');
  });

  it('keeps a state after a verb of striking its subject, not a site: "قصفت روسيا اللاذقية"', () => {
    expect(rolesIn('قصفت روسيا اللاذقية.')).toEqual({ russia: 'actor', latakia: 'site' });
  });

  it('does not reach past a preposition from a verb of striking: "attacked positions from Latakia"', () => {
    expect(rolesIn('Officials said the rebels attacked positions from Latakia.').latakia).toBe('context');
  });

  it('makes the town a force would retake its site: "استعادة مدينة طرطوس"', () => {
    expect(rolesIn('ويرجح محللون أن يسعى الجيش إلى استعادة مدينة طرطوس.').tartus).toBe('site');
  });

  it('reads the place "around" which forces exercise as a site, and talks "about" it as a topic', () => {
    expect(rolesIn('بدأت القوات الروسية مناورات حول طرطوس.').tartus).toBe('site');
    expect(rolesIn('بدأت القوات الروسية مناورات في محيط جزيرة طرطوس.').tartus).toBe('site');
    expect(rolesIn('وأجرى لافروف محادثات حول سوريا مع نظيره.').syria).toBe('context');
  });

  it('reads the neighbour of "the border with" as a landmark, neither a partner nor where it happens', () => {
    expect(rolesIn('وقال سكان إن مسلحين هاجموا موقعا للجيش قرب الحدود مع سوريا.').syria).toBe('context');
    expect(rolesIn('Residents said gunmen attacked an army post near the border with Syria.').syria).toBe(
      'context',
    );
    expect(rolesIn('ونسقت روسيا مع سوريا نشر قواتها.').syria).toBe('actor');
  });

  it('reads "in eastern X" as in X: a part of a place before its name is no subject', () => {
    expect(rolesIn('Russian troops advanced in eastern Syria on Monday, the ministry said.').syria).toBe(
      'site',
    );
    expect(rolesIn('Russian jets struck targets in northern Syria, officials said.').syria).toBe('site');
  });

  it('makes a wider place that says where a narrower one lies context: "Incirlik in southern Turkey"', () => {
    expect(rolesIn('Strike aircraft fly from Incirlik in southern Turkey, the ministry said.')).toMatchObject(
      {
        'incirlik-air-base': 'site',
        turkey: 'context',
      },
    );
    expect(rolesIn('وقال مسؤولون إن روسيا عززت قواتها في قاعدة حميميم في سوريا.')).toMatchObject({
      'hmeimim-air-base': 'site',
      syria: 'context',
    });
    // A wider place first says nothing of where a narrower one lies: both are where it happens.
    expect(rolesIn('وقال مسؤولون إن روسيا عززت قواتها في سوريا وفي قاعدة حميميم.')).toMatchObject({
      'hmeimim-air-base': 'site',
      syria: 'site',
    });
  });
});
