import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';

// Loaded once, outside any test's time limit.
const gazetteer = defaultGazetteer();
const parse = (text: string) => geoparse(text, 'a1', gazetteer);
const ids = (text: string) => parse(text).features.map((f) => f.properties.id);
const why = (text: string, words: string) => parse(text).unresolved.find((u) => u.text === words)?.reason;

describe('a place before an English institution word', () => {
  it('keeps the place whose court, department or mayor acts', () => {
    expect(ids('He appealed to the Ohio Supreme Court on Monday.')).toEqual(['ohio-state']);
    expect(ids('A spokeswoman for the Texas Department of Health said so.')).toEqual(['texas-state']);
    expect(ids('Dublin Mayor Jane Doe spoke.')).toEqual(['dublin']);
  });

  it('lists a place that ends a longer name ("Mocimboa da Praia") as unresolved, with that reason', () => {
    const text = 'Rwandan troops retook the town of Mocimboa da Praia in northern Mozambique.';
    // GeoNames' "Mocímboa" is the town of Mocímboa da Praia (its point is on the coast): it is named.
    expect(ids(text)).toEqual(['mocimboa', 'mozambique']);
    expect(why(text, 'Praia')).toMatch(/longer name \("Mocimboa da Praia"\)/);
    expect(ids('Cape Verde said the ship reached Praia on Monday.')).toContain('praia');
  });

  it('lists a place inside the name of an organisation or a newspaper as unresolved, with that reason', () => {
    expect(ids('She studied at Auckland University last year.')).toEqual([]);
    expect(why('She studied at Auckland University last year.', 'Auckland')).toMatch(/organisation/);
    expect(why('The Washington Post reported it.', 'Washington')).toMatch(/newspaper/);
  });

  it('keeps a county before the words of its offices, a state before its party members, a compass word before a state', () => {
    expect(ids('Inmates at the Pulaski County Jail were moved.')).toEqual(['pulaski-county-ar']);
    expect(ids('An Ohio Republican objected on Tuesday.')).toEqual(['ohio-state']);
    expect(ids('Schools across Northeast Ohio closed early.')).toEqual(['ohio-state']);
    expect(ids('Texas Gov. Jane Doe and Ohio Sen. John Roe met.')).toEqual(['texas-state', 'ohio-state']);
  });

  it("reads capitalised words in a headline in title case as no person's name", () => {
    expect(ids('Mayor Hopeful Joins Crowded Sochi Race')).toEqual(['sochi']);
    expect(why('The analyst Jordan Hayes said so.', 'Jordan')).toMatch(/person/);
  });

  it("still reads a place before an ordinary capitalised word as part of a person's name", () => {
    expect(why('Analyst Jordan Hayes said so.', 'Jordan')).toMatch(/person/);
  });
});

describe('a name opening a sentence before a verb of saying', () => {
  it('is a person named by surname, unless a country or a large town speaks for its government', () => {
    expect(ids('Kerry said the talks would resume. Kerry told reporters in Geneva.')).toEqual(['geneva']);
    expect(why('Kerry said the talks would resume.', 'Kerry')).toMatch(/opening a sentence before "said"/);
    expect(ids('Moscow said the claims were false. Jordan said it would close the border.')).toEqual([
      'moscow',
      'jordan',
    ]);
  });
});

describe('a surname read again', () => {
  it('reads a town named earlier as a surname as that person again', () => {
    const text = 'Senator Scott Walker spoke on Monday. Later Walker said he would stay.';
    expect(ids(text)).toEqual([]);
    expect(parse(text).unresolved.map((u) => u.reason)).toEqual([
      expect.stringMatching(/person's name \(beside "Walker"\)/),
      expect.stringMatching(/person's name \(beside "Scott"\)/),
      'a person\'s name read earlier in the article ("Walker")',
    ]);
  });

  it('does not carry a name read before another word ("Santa Ana Unified") to its later mentions', () => {
    expect(
      ids('The Santa Ana Unified School District met. Parents in Santa Ana, California, agreed.'),
    ).toEqual(['santa-ana', 'california-state']);
  });

  it('takes no bare name for the person when the article writes it after a place preposition too', () => {
    const text = 'Mayor Hopeful Joins Crowded Sochi Race. The vote in Sochi is in May. Sochi expects guests.';
    expect(parse(text).unresolved).toEqual([]);
  });

  it('never takes a country for a surname named earlier', () => {
    expect(ids('Analyst Jordan Hayes said Jordan was worried.')).toEqual(['jordan']);
  });
});

describe('Arabic words of the news that name towns elsewhere', () => {
  it('does not read the coronavirus as Corona, California, nor floods as Seoul', () => {
    expect(ids('انتشر فيروس كورونا بعد أن جرفت سيول الأمطار المنازل')).toEqual([]);
    expect(why('انتشر فيروس كورونا', 'كورونا')).toMatch(/common word/);
  });

  it('still reads Seoul after a preposition in an article on Korea', () => {
    expect(ids('وصل الوزير إلى سيول عاصمة كوريا الجنوبية')).toEqual(['seoul', 'south-korea']);
  });

  it('does not read "was surprised" as Fuji, nor "a day" as Yuma', () => {
    expect(ids('وفوجئ السكان بعد يوما من القصف في أمريكا')).toEqual(['united-states']);
  });
});

describe('words that begin like a place', () => {
  it('does not split a nisba off a country ("النمساوية" is Austrian, not Austria)', () => {
    expect(ids('قالت الحكومة النمساوية')).toEqual([]);
  });

  it('does not find small towns at the head of a longer word', () => {
    expect(ids('التبادل التجاري مع دول الكوميسا')).toEqual([]);
  });

  it('still splits two well-known names run together', () => {
    expect(ids('زار واشنطنروسيا')).toEqual(['washington', 'russia']);
  });
});

describe('places inside account names and web addresses', () => {
  it('lists a place inside an account name or an address as unresolved, and keeps the one in the text', () => {
    const { features, unresolved } = parse(
      'RT @KUWAIT_MOH: أمطار غزيرة على الكويت https://example.org/Kuwait',
    );
    expect(features.map((f) => f.properties.id)).toEqual(['kuwait']);
    expect(unresolved.map((u) => [u.text, u.reason])).toEqual([
      ['KUWAIT', 'inside an account name, not a place the text names'],
      ['Kuwait', 'inside a web address, not a place the text names'],
    ]);
  });
});

describe('a place before a capitalised word', () => {
  it('keeps a place that is no given name before an institution of its own', () => {
    expect(ids('The Fresno Animal Shelter took the dogs.')).toEqual(['fresno']);
    expect(ids('A Laredo Environmental Services crew came.')).toEqual(['laredo']);
  });

  it("reads a place that is also a given name as a person's before a capitalised word", () => {
    expect(ids('Tyler Smith said so.')).toEqual([]);
    expect(why('Tyler Smith said so.', 'Tyler')).toMatch(/person's name/);
  });

  it('lists a place before a command or a group as part of its name', () => {
    expect(why('the US Africa Command said.', 'Africa')).toMatch(/organisation/);
    expect(why('talks under the OSCE Minsk Group resumed', 'Minsk')).toMatch(/organisation/);
  });
});

describe('places the gazetteer lacked, and names written otherwise', () => {
  it('knows the Sea of Japan, the Canary Islands, Kashmir and its Line of Control', () => {
    expect(ids('Destroyers sailed into the Sea of Japan.')).toEqual(['sea-of-japan']);
    expect(ids('عبرت سفن بحر اليابان')).toEqual(['sea-of-japan']);
    expect(ids('A frigate was sent to the Canary Islands.')).toEqual(['canary-islands']);
    expect(ids('أرسلت فرقاطة إلى جزر الكناري')).toEqual(['canary-islands']);
    expect(ids('Shelling across the Line of Control in Kashmir.')).toEqual(['line-of-control', 'kashmir']);
    expect(ids('قصف عبر خط المراقبة في كشمير')).toEqual(['line-of-control', 'kashmir']);
  });

  it('names Busan بوسان, and reads the spellings news uses for Kalbajar, Ganja and Pyongyang', () => {
    expect(ids('رست سفينة في بوسان')).toEqual(['busan-metropolitan-city']);
    expect(ids('انسحبت القوات من كلبجار ثم من كلبجر')).toEqual(['kalbajar-district']);
    expect(ids('وصلت الشحنة إلى مطار غانجا')).toEqual(['ganja']);
    expect(ids('أطلق صاروخ من بيونغ يانغ')).toEqual(['pyongyang']);
  });

  it('reads a division word in lower case after the name, accents or not', () => {
    expect(ids('Troops massed in Bolivar state.')).toEqual(['bolivar-state']);
    expect(ids('Troops massed in Bolívar State.')).toEqual(['bolivar-state']);
  });

  it("does not read a country's adjective as a division of that name", () => {
    expect(ids('Somali troops crossed into Kenya.')).toEqual(['kenya']);
  });
});

describe('an English town after a preposition of place', () => {
  it('takes a smaller town after "in", "near" or "outside", without its state', () => {
    expect(ids('A water main broke in Kennebunk on Monday.')).toEqual(['kennebunk']);
    expect(ids('The school will open in Rolling Meadows next fall.')).toEqual(['rolling-meadows']);
  });

  it('still needs support for a bare small town, one named like a word, or one a country shares', () => {
    expect(ids('Kennebunk was quiet.')).toEqual([]);
    expect(ids('In Hope the rain stopped.')).toEqual([]);
    expect(ids('Flights resumed in Poland.')).toEqual(['poland']);
  });
});

describe('football clubs named after their city', () => {
  it("lists the city inside a club's name as unresolved, and keeps the city named alone", () => {
    expect(ids('فاز ريال مدريد على مانشستر يونايتد في مدريد')).toEqual(['madrid']);
    expect(why('فاز ريال مدريد على مانشستر يونايتد في مدريد', 'مانشستر')).toMatch(/football club/);
    expect(ids('Bayern Munich beat Werder Bremen in Munich.')).toEqual(['munich']);
  });
});

describe('places inside topic hashtags', () => {
  it('lists a place joined to other words in a hashtag as unresolved, and keeps a hashtag of one name', () => {
    const { features, unresolved } = parse('غارات جديدة #قصف_حلب #دمشق #دير_الزور #حمص_الآن');
    expect(features.map((f) => f.properties.id)).toEqual(['damascus', 'deir-ez-zor']);
    expect(unresolved.map((u) => [u.text, u.reason])).toEqual([
      ['حلب', "inside a topic's hashtag with other words, not a place the text names"],
      ['حمص', "inside a topic's hashtag with other words, not a place the text names"],
    ]);
  });
});

describe('a town named with its division or country', () => {
  it('takes the namesake in the division or the country named after the comma', () => {
    expect(ids('He moved to Springfield, Illinois.')).toEqual(['springfield-us-illinois', 'illinois-state']);
    expect(ids('Clashes broke out in Tripoli, Lebanon.')).toEqual(['tripoli-lb', 'lebanon']);
  });

  it('reads what a capital is the capital of as no town: "the capital of Greenland"', () => {
    expect(ids('Troops arrived in Nuuk, the capital of Greenland.')).toContain('greenland');
    expect(ids('Troops arrived in Nuuk, the capital of Greenland.')).not.toContain('greenland-us');
    expect(ids('وصلت القوات إلى نوك عاصمة جرينلاند.')).toContain('greenland');
  });

  it('keeps the usual choice without a comma between the names', () => {
    expect(ids('Clashes broke out in Tripoli and in Lebanon.')[0]).not.toBe('tripoli-lb');
  });

  it("counts a country among the article's countries though small foreign towns share its name", () => {
    // Mali, a town of China known by its English name alone: the article still names Mali.
    expect(ids("Mali's army said its troops had deployed to Timbuktu.")).toEqual(['mali', 'timbuktu']);
  });

  it("counts a division's country among the article's countries, so its small towns are found", () => {
    expect(ids('He lives in Paris, Texas.')).toEqual(['paris-us', 'texas-state']);
  });
});

describe('names of countries and waters as news writes them', () => {
  it('reads the Democratic Republic of Congo without its article, and "Congo" with context', () => {
    expect(ids('Troops crossed into the Democratic Republic of Congo on Monday.')).toEqual([
      'democratic-republic-of-the-congo',
    ]);
    expect(ids("Congo's army said its troops had repelled an assault near Goma.")).toContain(
      'democratic-republic-of-the-congo',
    );
  });

  it('reads a gulf named after a country as the gulf, not the country and another gulf', () => {
    expect(ids('A patrol boat entered Estonian waters in the Gulf of Finland.')).toEqual(['gulf-of-finland']);
    expect(ids('وعبرت سفن حربية بحيرة تنغانيقا.')).toEqual(['lake-tanganyika']);
  });
});
