import { describe, expect, it } from 'vitest';
import { claimOf, claimsOf } from './claims-of';

const fromTo = (text: string) => {
  const { from, to } = claimOf(text);
  return [from, to];
};

describe('movement', () => {
  it('reads the sender and where it sends to: Russia → Latakia', () => {
    expect(fromTo('وتتهم واشنطن روسيا بإرسال عتاد وجنود إلى اللاذقية.')).toEqual(['russia', 'latakia']);
  });

  it('reads a claimant that says it sent something as the sender: Moscow → Syria', () => {
    expect(fromTo('وتقول موسكو إنها أرسلت معدات عسكرية إلى سوريا.')).toEqual(['moscow', 'syria']);
  });

  it('reads an origin after "من": weapons obtained from Russia', () => {
    expect(fromTo('وقال مصدر عسكري سوري إن الجيش بدأ استخدام أسلحة جوية حصل عليها من روسيا.')).toEqual([
      'russia',
      null,
    ]);
  });

  it('does not take the accuser for the sender', () => {
    expect(fromTo('ردا على اتهامات الولايات المتحدة بنشر معدات وجنود في اللاذقية.')).toEqual([
      null,
      'latakia',
    ]);
  });

  it('crosses a strait rather than reaching it, unless the text says "to" it', () => {
    expect(fromTo('وعبرت سفن روسية مضيق البسفور محملة بالدبابات.')).toEqual([null, null]);
    expect(fromTo('وأبحرت سفن روسية إلى البحر المتوسط.')).toEqual([null, 'mediterranean-sea']);
  });

  it("gives a minister's trip no movement: London is its venue", () => {
    expect(fromTo('ووصل كيري إلى لندن لإجراء محادثات.')).toEqual([null, null]);
  });

  it('reads English origins: "from Tehran", "left"', () => {
    expect(fromTo('Iranian fighters arrived in Latakia by air from Tehran, Lebanese sources said.')).toEqual([
      null,
      'latakia',
    ]);
    expect(fromTo('Russian troops moved from Moscow to Latakia.')).toEqual(['moscow', 'latakia']);
  });

  it('reads where a word of arriving lands: "landed at", "انتشرت في"', () => {
    expect(
      fromTo('Russian transport aircraft have landed at Latakia at least six times, flight trackers said.'),
    ).toEqual([null, 'latakia']);
    expect(fromTo('وقالت مصادر إن وحدات روسية انتشرت في مدينة طرطوس.')[1]).toBe('tartus');
  });

  it('reads a destination past "the east bank of the" and an origin left: Moscow → Tartus', () => {
    expect(
      fromTo(
        'The ministry said its troops had completed their withdrawal from Moscow to the east bank of the Tartus.',
      ),
    ).toEqual(['moscow', 'tartus']);
  });
});

describe('sites', () => {
  const sites = (text: string) =>
    claimOf(text)
      .places.filter((p) => p.role === 'site')
      .map((p) => p.placeId);

  it('takes no place flown over, nor where a speaker spoke, for a site', () => {
    expect(
      sites('Four bombers arrived at Latakia after flying over Iran and Turkey, a source said.'),
    ).toEqual(['latakia']);
    expect(
      sites('A spokesman said in Moscow that the jets had been sent to replace older aircraft.'),
    ).toEqual([]);
  });
  it('takes the place after "من" past a word of direction as the origin: "بالانسحاب من شمال سوريا"', () => {
    const claim = claimOf('وأمر الرئيس الأمريكي قواته بالانسحاب من شمال سوريا.');
    expect([claim.from, claim.to]).toEqual(['syria', null]);
  });

  it('reads "باتجاه" as towards: "انسحبت وحدات الجيش من طرطوس باتجاه اللاذقية"', () => {
    const claim = claimOf('وقال مسؤولون إن وحدات الجيش انسحبت من طرطوس باتجاه اللاذقية.');
    expect([claim.from, claim.to]).toEqual(['tartus', 'latakia']);
  });
  it('takes no state of a dateline in parentheses as the sender: "اللاذقية (سوريا) -"', () => {
    const claim = claimOf('اللاذقية (سوريا) - قال مسؤولون إن القوات الروسية نقلت جنودا إلى طرطوس.');
    expect([claim.from, claim.to]).toEqual([null, 'tartus']);
  });
  it('reads where a convoy goes and where it comes from: "رتل … دخل إلى", "a convoy entered … from"', () => {
    expect(fromTo('وقال المرصد السوري إن رتلا عسكريا تركيا دخل إلى الباب.')).toEqual(['turkey', 'al-bab']);
    expect(fromTo('Residents said a military convoy entered Al-Bab from Turkey.')).toEqual([
      'turkey',
      'al-bab',
    ]);
    expect(fromTo('وقالت مصادر إن قافلة عسكرية أمريكية عبرت من العراق إلى سوريا.')[1]).toBe('syria');
  });
  it('reads the state that may send as the origin of a guess: "قد تنشر روسيا", "Turkey could deploy"', () => {
    expect(fromTo('وقال مسؤولون إن روسيا قد تنشر قوات في سوريا.')).toEqual(['russia', 'syria']);
    expect(fromTo('ويعتقد دبلوماسيون أن الجزائر قد تبعث بقوات إلى لبنان.')).toEqual(['algeria', 'lebanon']);
    expect(fromTo('ويحتمل أن تدفع تركيا بتعزيزات إلى اللاذقية.')).toEqual(['turkey', 'latakia']);
    expect(fromTo('Turkey could deploy troops in Syria, analysts said.')).toEqual(['turkey', 'syria']);
    expect(fromTo('Iran might move fighters into Syria, sources said.')).toEqual(['iran', 'syria']);
  });

  it('reads a future verb of sending as sending: "سترسل", "ستنشر"', () => {
    expect(fromTo('وقالت مصادر إن روسيا سترسل قوات إلى سوريا.')).toEqual(['russia', 'syria']);
    expect(fromTo('وقال مسؤولون إن تركيا ستنشر جنودا في سوريا.')).toEqual(['turkey', 'syria']);
  });
  it('takes no origin from a state that moves or withdraws its own forces, but one that sends them', () => {
    expect(fromTo('ورجح مصدر أن تنقل واشنطن جزءا من جنودها إلى اللاذقية.')).toEqual([null, 'latakia']);
    expect(fromTo('Officials said Turkey may move its troops to Latakia.')).toEqual([null, 'latakia']);
    expect(fromTo('Officials said Turkey may send its troops to Latakia.')).toEqual(['turkey', 'latakia']);
    // What it moves things to is no force it moves.
    expect(fromTo('Russia has begun moving tanks to its air base near Latakia.')[0]).toBe('russia');
  });

  it('reads an origin past a noun of place and "near / in": "from two bases near", "من قاعدتها في"', () => {
    expect(fromTo('UN peacekeepers withdrew from two bases near Latakia, a spokesman said.')).toEqual([
      'latakia',
      null,
    ]);
    expect(fromTo('وقالت الأمم المتحدة إن قوات حفظ السلام انسحبت من قاعدتها في اللاذقية إلى طرطوس.')).toEqual(
      ['latakia', 'tartus'],
    );
    expect(fromTo('Israeli forces pulled back to positions south of Latakia, officials said.')).toEqual([
      null,
      'latakia',
    ]);
  });

  it('reads a state whose denial or threat governs a verb of sending as the sender', () => {
    expect(fromTo('Iran has denied supplying drones to Russia.')).toEqual(['iran', 'russia']);
    expect(fromTo('ونفت تركيا إرسال قوات إلى سوريا.')).toEqual(['turkey', 'syria']);
    expect(fromTo('وهددت تركيا بإرسال قوات إلى اللاذقية.')).toEqual(['turkey', 'latakia']);
    // A state that reports what others sent sends nothing.
    expect(fromTo('Iran said Russian troops were sent to Latakia.')).toEqual([null, 'latakia']);
  });

  it('reads plural verbs of sending and moving: "دفعوا", "انسحبوا"', () => {
    expect(fromTo('وقال مسؤولون إن المقاتلين دفعوا بتعزيزات إلى اللاذقية.')).toEqual([null, 'latakia']);
    expect(fromTo('وقالت مصادر إن المقاتلين انسحبوا من اللاذقية.')).toEqual(['latakia', null]);
  });

  it('reads "to" past nationalities and possessives: "to the Syrian port of", "to its air base near"', () => {
    expect(
      fromTo('Russian ships sailed through the Bosphorus on their way to the Syrian port of Tartus.')[1],
    ).toBe('tartus-naval-facility');
    expect(fromTo('Russia has begun moving tanks to its air base near Latakia.')[1]).toBe('hmeimim-air-base');
  });

  it('takes a site for a destination only after a word of arriving or deploying', () => {
    // Ships that sail from a port and stopped in another go to neither.
    expect(fromTo('وأبحرت السفن الروسية من طرطوس بعد أن توقفت يومين في اللاذقية.')).toEqual(['tartus', null]);
    expect(
      fromTo('Officials said Russian jets would keep flying over Syria, from bases such as Latakia.')[1],
    ).toBe(null);
    expect(fromTo('وقال مسؤولون إن روسيا تبني قاعدة في اللاذقية ووصول عشرات الجنود.')[1]).not.toBe(null);
  });

  it('reads a destination past plural nouns of place: "entered several villages north of"', () => {
    expect(fromTo('Officials said their forces had entered several villages north of Latakia.')[1]).toBe(
      'latakia',
    );
    expect(fromTo('وقالت مصادر إن القوات دخلت إلى قرى شمال اللاذقية.')[1]).toBe('latakia');
  });

  it('reads ل after a noun of place as "of", not "to": "الانسحاب من الحدود الشمالية لسوريا"', () => {
    expect(fromTo('وكان الرئيس الأمريكي قد أمر قواته بالانسحاب من الحدود الشمالية لسوريا.')).toEqual([
      'syria',
      null,
    ]);
    expect(fromTo('وقالت موسكو إنها أرسلت جنودا للاذقية.')).toEqual(['moscow', 'latakia']);
  });

  it('reads the town an Arabic verb of entering takes as object as the destination: "دخلت مدينة طرطوس"', () => {
    expect(fromTo('وقالت مصادر إن قوات روسية دخلت مدينة طرطوس.')).toEqual([null, 'tartus']);
  });

  it('reads "في كل من" as no "from": forces deployed in each of the towns go there', () => {
    expect(fromTo('وانتشرت قوات روسية في كل من اللاذقية وطرطوس.')).toEqual([null, 'latakia']);
  });

  it('reads a deployment of troops to a country as a movement there', () => {
    expect(fromTo("Turkey's parliament authorised the deployment of troops to Syria.")).toEqual([
      'turkey',
      'syria',
    ]);
  });

  it('reads "out of" after a word of moving as "from": "pulled out of Kherson"', () => {
    const claim = claimOf('Syrian officials said Russian troops pulled out of Tartus on Friday.');
    expect([claim.from, claim.to]).toEqual(['tartus', null]);
    expect(claim.places.find((p) => p.placeId === 'tartus')?.role).toBe('site');
  });

  it('takes the place after a verb of leaving past nouns of place as the origin: "غادروا القاعدة الجوية في طرطوس"', () => {
    const claim = claimOf('وقالت الوزارة إن آخر جنودها غادروا القاعدة الجوية في طرطوس متجهين إلى اللاذقية.');
    expect([claim.from, claim.to]).toEqual(['tartus', 'latakia']);
  });

  it('reads a speaker that says it will send as the sender: "said it would send … to"', () => {
    expect(fromTo("Turkey's defence ministry said it would send a frigate to Tartus.")).toEqual([
      'turkey',
      'tartus',
    ]);
  });

  it('reads no origin in a dateline, with a date before its dash: "ALGIERS, June 11 -"', () => {
    expect(fromTo('ALGIERS, June 11 - Troops moved to a base near Latakia, officials said.')[0]).not.toBe(
      'algiers',
    );
  });

  it('reads no movement in what a state asks for, but one where it weighs a request', () => {
    expect(fromTo('وطلبت حكومة الأردن من روسيا مساعدة عسكرية لمواجهة الجماعات المسلحة.')).toEqual([
      null,
      null,
    ]);
    expect(fromTo('Jordan asked Russia for troops to guard the border near Latakia.')).toEqual([null, null]);
    expect(fromTo('قال متحدث باسم الكرملين إن روسيا ستبحث أي طلب من سورية لإرسال قوات.')[0]).toBe('russia');
  });

  it('reads no origin in the state that withdraws: "is expected to pull them back toward"', () => {
    expect(
      fromTo('Jordan, which has troops in Syria, is expected to pull some of them back toward Amman.'),
    ).toEqual([null, 'amman']);
  });

  it('reads where forces will deploy as their destination: "ستنتشر في"', () => {
    expect(fromTo('وقال الوزير إن قوات روسية ستنتشر في اللاذقية.')[1]).toBe('latakia');
  });

  it('reads the place after "إقليم" or "state" as governed, and the one after a word of bordering as none', () => {
    expect(fromTo('وقال مسؤولون إن الجيش نقل وحدات من محافظة اللاذقية إلى إقليم طرطوس.')).toEqual([
      'latakia-governorate',
      'tartus',
    ]);
    expect(fromTo('وقال مسؤولون إن الجيش نقل وحدات من اللاذقية إلى الإقليم المحاذي لتركيا.')).toEqual([
      'latakia',
      null,
    ]);
  });

  it('reads the state accused of arming as where the arms come from: "اتهمت … تركيا بتسليح"', () => {
    expect(fromTo('واتهمت سوريا تركيا بتسليح مجموعات مسلحة قرب اللاذقية.')[0]).toBe('turkey');
    expect(fromTo("Syria's government accused Turkey of arming groups near Latakia.")[0]).toBe('turkey');
  });

  it('reads an origin past "two points in the eastern … region", as past "two positions"', () => {
    expect(
      fromTo('Russian troops pulled back from two points in the eastern Latakia region, officials said.'),
    ).toEqual(['latakia', null]);
  });

  it('reads where a state deployed its forces as their destination: "نشرت … في"', () => {
    expect(fromTo('وقال مسؤولون إن روسيا نشرت طائرات حربية إضافية في قاعدة حميميم.')).toEqual([
      'russia',
      'hmeimim-air-base',
    ]);
  });

  it('reads no destination in what an agency published: "صورة نشرتها الوكالة"', () => {
    const claims = claimsOf('صورة نشرتها الوكالة السورية لطائرة روسية تقل مساعدات إنسانية في اللاذقية.');
    expect(claims.map((c) => c.to)).not.toContain('latakia');
  });

  it('reads no origin for forces a state moves within its borders: "Syria deployed troops to Latakia"', () => {
    expect(fromTo('Syria deployed more troops to Latakia, the army said.')).toEqual([null, 'latakia']);
    expect(fromTo('وقالت دمشق إنها نشرت قوات إضافية في اللاذقية.')).toEqual([null, 'latakia']);
    // Sent abroad, they leave from the state that sends them.
    expect(fromTo('Russia deployed more troops to Latakia, officials said.')).toEqual(['russia', 'latakia']);
  });

  it('reads "station … in" as a deployment to where it stations them, and a unit as ground forces', () => {
    const claim = claimOf(
      'Russia plans to station an electronic warfare unit in Latakia by March, officials said.',
    );
    expect(claim).toMatchObject({ from: 'russia', to: 'latakia', stance: 'planned', activities: ['ground'] });
  });

  it('reads where withdrawn forces are as their origin: "ستسحب قواتها المنتشرة في سوريا"', () => {
    expect(fromTo('قالت روسيا إنها ستسحب قواتها المنتشرة في سوريا.')).toEqual(['syria', null]);
    expect(fromTo('Russia said it would withdraw its remaining troops in Syria within weeks.')).toEqual([
      'syria',
      null,
    ]);
    // Forces sent "in" a place are deployed there.
    expect(fromTo('قالت روسيا إنها ستنشر قواتها في سوريا.')).toEqual(['russia', 'syria']);
  });

  it('reads a destination past "the waters (located) south of": "إلى المياه الواقعة جنوب سوريا"', () => {
    expect(fromTo('قالت روسيا إن فرقاطة غادرت طرطوس متجهة إلى المياه الواقعة جنوب سوريا.')).toEqual([
      'tartus',
      'syria',
    ]);
    expect(fromTo('Russia said a frigate left Tartus heading to the waters off Syria.')).toEqual([
      'tartus',
      'syria',
    ]);
  });
});
