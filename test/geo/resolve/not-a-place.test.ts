import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();
const parse = (text: string) => geoparse(text, 'a1', gazetteer);
const ids = (text: string) => parse(text).features.map((f) => f.properties.id);
const reasons = (text: string) => parse(text).unresolved.map((u) => [u.text, u.reason]);

describe('names that are not places where they stand', () => {
  it('reads a town before a lower-case natural feature as the feature: "the Latakia mountains"', () => {
    expect(ids('Troops moved into the Latakia mountains from Syria.')).toEqual(['syria']);
    expect(reasons('Troops moved into the Latakia mountains from Syria.')).toEqual([
      ['Latakia', 'names the mountains of that name, not the town ("Latakia mountains")'],
    ]);
    expect(ids('Troops moved into Latakia from the mountains.')).toEqual(['latakia']);
  });

  it('reads a name after a title and a nationality as a person', () => {
    expect(reasons('قال الرئيس الروسي فلاديمير')).toEqual([]);
    expect(reasons('وصل وزير الخارجية البريطاني فيليب هاموند')).toEqual([
      ['هاموند', 'read as part of a person\'s name (after "فيليب")'],
    ]);
  });

  it('reads an English place name beside a capitalised non-place word as a person', () => {
    expect(ids('Analyst Jordan Hayes said Jordan was worried.')).toEqual(['jordan']);
    expect(ids('In Moscow, Putin spoke; London-based analysts agreed.')).toEqual(['moscow', 'london']);
  });

  it('reads a feminine name after an indefinite word, or a definite one after a definite word, as an adjective', () => {
    expect(ids('تؤكد مصادر سورية')).toEqual([]);
    expect(ids('قالت وزارة الخارجية السعودية')).toEqual([]);
    expect(ids('تضم تركيا والسعودية')).toEqual(['turkey', 'saudi-arabia']);
    expect(ids('وصل إلى السعودية')).toEqual(['saudi-arabia']);
  });

  it('reads "US troops", "US-led" and "Iran-backed" as modifiers, "in the US on Monday" as a place', () => {
    expect(ids('US troops and the US-led coalition met Iran-backed militias.')).toEqual([]);
    expect(ids('He was in the US on Monday.')).toEqual(['united-states']);
  });

  it("reads a name right after a vessel word, or quoted after one, as a ship's name", () => {
    expect(ids('عبرت سفينتا الإنزال "نيكولاي فيلتشينكوف" و"لبنان" مضيق البوسفور')).toEqual(['bosphorus']);
    expect(ids('the landing ship Tartus sailed')).toEqual([]);
    expect(ids('ترابط سفن روسية قبالة اللاذقية')).toEqual(['latakia']);
  });

  it('reads a place inside the name of a force or an operation as part of that name', () => {
    const { features, unresolved } = parse('تقدمت قوات سوريا الديمقراطية بعد عملية "درع الفرات" في سوريا');
    expect(features.map((f) => f.properties.id)).toEqual(['syria']);
    expect(unresolved.map((u) => u.text)).toEqual(['سوريا', 'الفرات']);
    expect(unresolved[0]!.reason).toMatch(/armed force/);
  });

  it('leaves out places named only on a "read also" line, and says so', () => {
    const { features, unresolved } = parse('وصل الجنود إلى اللاذقية.\nاقرأ أيضاً: قصف في طرطوس');
    expect(features.map((f) => f.properties.id)).toEqual(['latakia']);
    expect(unresolved.map((u) => [u.text, u.reason])).toEqual([
      ['طرطوس', expect.stringMatching(/read also/)],
    ]);
  });
});

describe('more names that are not places', () => {
  it('reads the surname of a newsmaker as a person even with a particle-like first letter', () => {
    expect(ids('قال بايدن إن لبنان')).toEqual(['lebanon']);
  });

  it('reads "the US" before a verb as a place, before "troops" as a modifier', () => {
    expect(ids('Jordan and the US back rebel groups.')).toEqual(['jordan', 'united-states']);
    expect(ids('US troops left.')).toEqual([]);
  });

  it('reads "U.S." before a lower-case noun as a modifier, its full stop ending no sentence', () => {
    expect(ids('A U.S. destroyer docked.')).toEqual([]);
    expect(ids('The U.S.-led coalition struck.')).toEqual([]);
    expect(ids('Officials in the U.S. said so.')).toEqual(['united-states']);
    expect(ids('Sanctions were lifted by the U.S. Turkey objected.')).toEqual(['united-states', 'turkey']);
  });

  it('reads an abbreviated country before a noun by its ending, or after "a", as a modifier', () => {
    expect(ids('The SDF fought with US backing before the US deployment.')).toEqual([]);
    expect(ids('He met a US delegation.')).toEqual([]);
    expect(ids('The US never agreed.')).toEqual(['united-states']);
    expect(ids('Russia and the US back rival sides.')).toEqual(['russia', 'united-states']);
  });

  it('does not take quoted words after a plural word for ships as a ship name', () => {
    expect(ids('منع السفن "المرتبطة بلبنان" من العبور')).toEqual(['lebanon']);
  });
});

describe('English neighbours of a place name', () => {
  it('does not take a nationality adjective before a place for a given name', () => {
    expect(ids('Russian ships docked at the Syrian port of Tartus.')).toEqual(['tartus-naval-facility']);
  });
});
