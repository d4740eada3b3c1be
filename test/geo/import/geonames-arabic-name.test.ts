import { describe, expect, it } from 'vitest';
import { geonamesArabicName } from '../../../geo/import/geonames-arabic-name';
import { parseGeonamesTsv } from '../../../geo/import/geonames-tsv';

describe('geonamesArabicName', () => {
  it('ignores Latin transliterations GeoNames lists as Arabic', () => {
    expect(geonamesArabicName('Dūmā')).toBeNull();
    expect(geonamesArabicName('')).toBeNull();
  });

  it('strips bidi marks, vowel marks and stray commas', () => {
    expect(geonamesArabicName('طريف\u200E\u200E')).toBe('طريف');
    expect(geonamesArabicName('طَرَابُلُس')).toBe('طرابلس');
    expect(geonamesArabicName('باقة الغربية\u200E,')).toBe('باقة الغربية');
  });

  it('drops administrative prefixes and qualifiers but keeps مدينة', () => {
    expect(geonamesArabicName('محافظة مادبا')).toBe('مادبا');
    expect(geonamesArabicName('قضاء تلكيف')).toBe('تلكيف');
    expect(geonamesArabicName('الدويم (مدينة)')).toBe('الدويم');
    expect(geonamesArabicName('أزول، مقاطعة بوينس آيرس')).toBe('أزول');
    expect(geonamesArabicName('مدينة الكويت')).toBe('مدينة الكويت');
  });

  it("drops Libya's district word شعبية, Algeria's ولاية and Italy's مقاطعة", () => {
    expect(geonamesArabicName('شعبية سرت')).toBe('سرت');
    expect(geonamesArabicName('شعبية إجدابيا')).toBe('إجدابيا');
    expect(geonamesArabicName('ولاية الجلفة')).toBe('الجلفة');
    expect(geonamesArabicName('مقاطعة مانتوفا')).toBe('مانتوفا');
  });
});

describe('parseGeonamesTsv', () => {
  it('reads the columns geonames-dump prints', () => {
    const [city] = parseGeonamesTsv(
      '173576\tLatakia\tلاذقية\t35.531680000000001\t35.790109999999999\t340181\tSY\t02\tLatakia Governorate\n',
    );
    expect(city).toEqual({
      geonameid: 173576,
      nameEn: 'Latakia',
      nameAr: 'لاذقية',
      lat: 35.53168,
      lng: 35.79011,
      population: 340181,
      iso2: 'SY',
      admin1Code: '02',
      admin1Name: 'Latakia Governorate',
    });
  });

  it('refuses a line with a missing column', () => {
    expect(() => parseGeonamesTsv('1\tX\t\t1\t2\t3\tSY\t01\n')).toThrow(/columns/);
  });
});
