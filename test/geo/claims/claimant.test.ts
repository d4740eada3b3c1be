import { describe, expect, it } from 'vitest';
import { claimOf, claimsOf } from './claims-of';

const claimantOf = (text: string) => claimOf(text).claimant;

describe('claimant', () => {
  it('reads unnamed officials by their nationality: "وقال مسؤولون أمريكيون إن"', () => {
    const claimant = claimantOf('وقال مسؤولون أمريكيون إن روسيا أرسلت دبابات إلى اللاذقية.');
    expect(claimant).toMatchObject({ id: 'us-officials', party: 'US', text: 'مسؤولون أمريكيون' });
  });

  it('reads a capital that speaks as its state: "وتتهم واشنطن روسيا"', () => {
    expect(claimantOf('وتتهم واشنطن روسيا بإرسال جنود إلى اللاذقية.')).toMatchObject({
      id: 'united-states',
      text: 'واشنطن',
    });
  });

  it('reads a subject named before its verb: "الولايات المتحدة تحذر روسيا"', () => {
    expect(claimantOf('الولايات المتحدة تحذر روسيا من استمرار الدعم العسكري للأسد')?.id).toBe(
      'united-states',
    );
  });

  it('keeps the speaker named before for a verb with no subject: "وأضاف"', () => {
    const claims = claimsOf('وقال لافروف إن التنسيق مطلوب. وأضاف أن بلاده ستواصل تزويد الأسد بالسلاح.');
    expect(claims.map((c) => c.claimant?.id)).toEqual(['lavrov', 'lavrov']);
  });

  it('keeps an agency that relays a source apart from it: "وقالت مصادر لبنانية لرويترز"', () => {
    const claim = claimOf('وقالت مصادر لبنانية لرويترز إن القوات الروسية بدأت تشارك في العمليات القتالية.');
    expect(claim.claimant?.id).toBe('lebanese-sources');
    expect(claim.via?.id).toBe('reuters');
  });

  it('reads the source an agency quotes: "ونقلت وكالة الإعلام الروسية عن …"', () => {
    const claim = claimOf('ونقلت وكالة الإعلام الروسية عن وزير الخارجية الروسي قوله إن روسيا سترسل قوات.');
    expect(claim.claimant?.id).toBe('russian-foreign-minister');
    expect(claim.via?.id).toBe('ria');
  });

  it('reads an office as the person the article names, and only then', () => {
    const named = 'قال الرئيس فلاديمير بوتين إن روسيا تدعم سوريا. ودعا الرئيس الروسي إلى تشكيل تحالف واسع.';
    expect(claimsOf(named).at(-1)!.claimant?.id).toBe('putin');
    expect(claimantOf('ودعا الرئيس الروسي إلى تشكيل تحالف واسع.')?.id).toBe('russian-president');
  });

  it('reads the spokesperson of an institution, and the surname named beside it later', () => {
    const text =
      'وقال المتحدث باسم البنتاغون جيف دايفيز إن روسيا نقلت دبابات إلى اللاذقية. وكرر دايفيز الدعوة إلى التنسيق.';
    expect(claimsOf(text).map((c) => c.claimant?.id)).toEqual([
      'pentagon-spokesperson',
      'pentagon-spokesperson',
    ]);
  });

  it('reads a source placed in a town as speaking for its country: "مصدر امني في اللاذقية"', () => {
    expect(claimantOf('ورحب مصدر امني في اللاذقية بالقرار الروسي وبالتنسيق مع موسكو.')?.id).toBe(
      'syrian-sources',
    );
  });

  it('reads "المصدر" as the last source of that kind', () => {
    const text = 'وقال المصدر الروسي إن شحنة سابقة من الأسلحة أرسلت. وقال المصدر إن هناك خطط لإرسال دبابات.';
    expect(claimsOf(text).map((c) => c.claimant?.id)).toEqual(['russian-sources', 'russian-sources']);
  });

  it('keeps out of the claim what a source is close to: "المقرب من سلاح البحرية"', () => {
    const claim = claimOf('وقال المصدر الروسي المقرب من سلاح البحرية إن هذه الشحنة من الدبابات ليست الأولى.');
    expect(claim.claimant?.text).toBe('المصدر الروسي المقرب');
    expect(claim.activities).toEqual(['ground']);
  });

  it('keeps an unknown source with its words and no id', () => {
    const claimant = claimantOf(
      'وقال رئيس الادارة الرئاسية الروسية سيرغي ايفانوف إن الاسد طلب المساعدة العسكرية.',
    );
    expect(claimant).toMatchObject({ id: null, name: null, party: 'RU' });
    expect(claimant?.text).toContain('سيرغي ايفانوف');
  });

  it('gives no claimant when the article speaks in its own voice', () => {
    expect(claimantOf('والأسلحة في طريقها إلى سورية.')).toBeNull();
  });

  it('reads English sources before or after what they say', () => {
    expect(claimantOf('Russia sent tanks to Latakia, U.S. officials said on Monday.')?.id).toBe(
      'us-officials',
    );
    expect(claimantOf('"These reports are not true," spokesman Dmitry Peskov told reporters.')?.id).toBe(
      'kremlin-spokesperson',
    );
    expect(claimantOf('Russia is sending S-300s to Syria, according to Western diplomats.')?.id).toBe(
      'western-diplomats',
    );
  });

  it('reads a source set off by an aside: "Two officials, speaking on condition of anonymity, said"', () => {
    const claimant = claimantOf(
      'Two officials, speaking on condition of anonymity, said tanks were flown to Latakia.',
    );
    expect(claimant?.text).toBe('officials');
  });

  it('takes no dateline for a speaker, and keeps the nationality of "مسؤولون أتراك"', () => {
    const { claimant } = claimOf('موسكو - قال مسؤولون أتراك إن الجيش التركي دفع بتعزيزات إلى الحدود.');
    expect(claimant).toMatchObject({ id: 'turkish-officials', party: 'TR', text: 'مسؤولون أتراك' });
  });

  it('reads navigation monitors as a source, and keeps the words of "ship spotters" whole', () => {
    expect(claimOf('عبرت سفينتان حربيتان قبالة طرطوس، بحسب مراقبين للملاحة.').claimant).toMatchObject({
      id: 'monitors',
      party: null,
      text: 'مراقبين للملاحة',
    });
    expect(
      claimOf('Two Russian frigates sailed past Tartus, according to ship spotters.').claimant?.text,
    ).toBe('ship spotters');
  });
  it('reads a possessive institution whole: "Russia\'s Defence Ministry said"', () => {
    const claimant = claimantOf("Russia's Defence Ministry said its troops had left Kherson.");
    expect(claimant).toMatchObject({ id: 'russian-defence-ministry', party: 'RU' });
  });

  it('reads a ministry named by its words and nationality: "وأعلنت وزارة الدفاع التركية"', () => {
    const claimant = claimantOf('وأعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع في شمال العراق.');
    expect(claimant).toMatchObject({ text: 'وزارة الدفاع التركية', party: 'TR' });
  });

  it('reads an English institution with its qualifiers: "The French Foreign Ministry said"', () => {
    const claimant = claimantOf('The French Foreign Ministry said Russian troops had arrived in Mali.');
    expect(claimant).toMatchObject({ text: 'French Foreign Ministry', party: 'FR' });
  });

  it('gives an unnamed spokesperson the state of their nationality: "A Ukrainian military spokeswoman"', () => {
    const claimant = claimantOf(
      'A Ukrainian military spokeswoman said Russian troops were shelling Kherson.',
    );
    expect(claimant).toMatchObject({ text: 'Ukrainian military spokeswoman', party: 'UA' });
  });

  it('reads a state news agency that relays no one as the claimant, for its state: "وذكرت وكالة الأناضول"', () => {
    const claimant = claimantOf('وذكرت وكالة الأناضول أن الجيش التركي قصف مواقع في شمال العراق.');
    expect(claimant).toMatchObject({ id: 'anadolu', party: 'TR' });
  });

  it('reads an agency followed by its nationality as the agency: "وذكرت وكالة تاس الروسية"', () => {
    const claimant = claimantOf('وذكرت وكالة تاس الروسية أن سفينة إنزال روسية عبرت البوسفور.');
    expect(claimant).toMatchObject({ id: 'tass', party: 'RU', text: 'وكالة تاس الروسية' });
  });

  it('ends a source at the agency it told: "وقال مصدر عسكري لوكالة سانا"', () => {
    const claim = claimOf('وقال مصدر عسكري لوكالة سانا إن الجيش السوري قصف مواقع في إدلب.');
    expect(claim.claimant?.text).toBe('مصدر عسكري');
    expect(claim.via?.id).toBe('sana');
  });

  it('reads a channel with whom it belongs to: "قالت قناة المسيرة التابعة للحوثيين"', () => {
    const claimant = claimantOf('قالت قناة المسيرة التابعة للحوثيين إن طائرات قصفت سوقا في زبيد.');
    expect(claimant).toMatchObject({
      id: 'houthi-media',
      party: null,
      text: 'قناة المسيرة التابعة للحوثيين',
    });
  });
  it('reads where an institution sits as part of its name: "The Russian embassy in Tripoli rejected"', () => {
    const claimant = claimantOf(
      'The Russian embassy in Tripoli rejected the reports that Russian jets had landed.',
    );
    expect(claimant).toMatchObject({ text: 'Russian embassy in Tripoli', party: 'RU' });
  });

  it('keeps the words of a spokesperson\'s side that also name an activity: "المتحدث باسم التحالف"', () => {
    const claim = claimOf('وقال المتحدث باسم التحالف العربي إن مقاتلات التحالف قصفت مواقع في صعدة.');
    expect(claim.claimant?.text).toBe('المتحدث باسم التحالف العربي');
    expect(claim.activities).not.toContain('diplomacy');
  });

  it('leaves the reports a source denies out of its name: "ونفت وزارة الدفاع التركية الأنباء"', () => {
    expect(claimantOf('ونفت وزارة الدفاع التركية الأنباء عن إرسال جنود إلى ليبيا.')?.text).toBe(
      'وزارة الدفاع التركية',
    );
  });
  it('reads Gulf and North African nationalities: "وقال مسؤولون قطريون"', () => {
    const claimant = claimantOf('وقال مسؤولون قطريون إن طائرات أمريكية هبطت في قاعدة العديد.');
    expect(claimant).toMatchObject({ id: 'qatari-officials', party: 'QA' });
  });

  it('reads an army named with its nationality as its state\'s voice: "وأعلن الجيش الأردني"', () => {
    expect(claimantOf('وأعلن الجيش الأردني أن طائراته قصفت مواقع في سوريا.')).toMatchObject({
      text: 'الجيش الأردني',
      party: 'JO',
    });
  });
  it('reads a service branch as its state\'s, with the words that name it: "وقالت البحرية الأمريكية"', () => {
    expect(claimantOf('وقالت البحرية الأمريكية إن مدمرة أسقطت طائرة مسيرة قرب اللاذقية.')).toMatchObject({
      id: 'us-navy',
      party: 'US',
      text: 'البحرية الأمريكية',
    });
    expect(claimantOf('وأعلنت القوات الجوية الروسية أن مقاتلاتها قصفت مواقع قرب اللاذقية.')).toMatchObject({
      id: 'russian-air-force',
      party: 'RU',
      text: 'القوات الجوية الروسية',
    });
    expect(claimantOf('وقال الجيش الإيراني إن وحداته وصلت إلى الحدود.')).toMatchObject({
      id: 'iranian-army',
      party: 'IR',
    });
  });

  it('reads an English service with its nationality or country: "the Russian Aerospace Forces", "Iran\'s navy"', () => {
    expect(
      claimantOf('The Russian Aerospace Forces said their jets had struck targets near Latakia.'),
    ).toMatchObject({ id: 'russian-aerospace-forces', party: 'RU', text: 'Russian Aerospace Forces' });
    expect(claimantOf("Iran's navy said two of its ships had docked in Latakia.")).toMatchObject({
      id: 'iranian-navy',
      party: 'IR',
    });
  });

  it('reads a named command as itself, its state with no nationality said: "Central Command", "سنتكوم"', () => {
    expect(claimantOf('Central Command said its forces struck a radar site near Latakia.')).toMatchObject({
      id: 'us-central-command',
      party: 'US',
      text: 'Central Command',
    });
    const claim = claimOf('وقالت القيادة المركزية الأمريكية (سنتكوم) إن قواتها دمرت صواريخ قرب اللاذقية.');
    expect(claim.claimant).toMatchObject({ id: 'us-central-command', party: 'US' });
    // "سنتكوم" names the command: it is no future verb.
    expect(claim.stance).toBe('confirmed');
  });

  it('reads a branch\'s spokesperson, and a branch with a name of its own: "الجيش الوطني الليبي"', () => {
    expect(claimantOf('وقال المتحدث باسم الجيش الإسرائيلي إن قواته قصفت مواقع في لبنان.')).toMatchObject({
      id: 'israeli-army-spokesperson',
      party: 'IL',
    });
    expect(claimantOf('وقال الجيش الوطني الليبي إن قواته تقدمت نحو طرابلس.')).toMatchObject({
      id: 'libyan-army',
      party: 'LY',
      text: 'الجيش الوطني الليبي',
    });
  });
  it('reads an English source said after a comma from the comma on: "near Latakia, residents said"', () => {
    expect(claimantOf('Russian jets struck a market near Latakia, residents said.')).toMatchObject({
      id: 'residents',
      text: 'residents',
    });
    const claim = claimOf('Iran might move fighters into Syria, sources said.');
    expect(claim.claimant).toMatchObject({ id: 'sources', text: 'sources' });
    expect(claim.places).toMatchObject([{ placeId: 'iran' }, { placeId: 'syria', role: 'site' }]);
    expect(claimantOf('Two ships docked in Tartus on Monday, a spokesman said.')?.text).toBe('spokesman');
  });
  it('gives an official agency\'s unnamed source the agency\'s state: "نقلت وكالة سانا عن مصدر عسكري"', () => {
    const claim = claimOf(
      'ونقلت وكالة سانا عن مصدر عسكري أن الدفاعات الجوية السورية أسقطت صاروخين فوق اللاذقية.',
    );
    expect(claim.claimant).toMatchObject({ text: 'مصدر عسكري', party: 'SY' });
    expect(claim.via?.id).toBe('sana');
    expect(claim.stance).toBe('confirmed');
    // An independent agency says nothing of its source's state.
    expect(claimOf('ونقلت وكالة رويترز عن مصدر عسكري أن طائرات قصفت اللاذقية.').claimant?.party).toBeNull();
  });

  it('reads where an envoy is sent as part of its name, not as its state: "المبعوث الأممي إلى سوريا"', () => {
    const claim = claimOf('وقال المبعوث الأممي إلى سوريا إن قوات روسية انتشرت في اللاذقية.');
    expect(claim.claimant).toMatchObject({ text: 'المبعوث الأممي إلى سوريا', party: null });
    expect(claim.places.find((p) => p.placeId === 'syria')?.role).not.toBe('site');
    const english = claimOf('A UN envoy to Syria said Russian troops had entered Latakia.');
    expect(english.claimant).toMatchObject({ party: null });
    expect(english.places.find((p) => p.placeId === 'syria')?.role).not.toBe('site');
  });

  it('reads a rights group or an observatory as a source of no state, with its nationality', () => {
    expect(claimantOf('وذكر مرصد سوري لحقوق الإنسان أن قوات تركية دخلت إلى اللاذقية.')).toMatchObject({
      party: null,
    });
    expect(claimantOf('وذكر مرصد سوري لحقوق الإنسان أن قوات تركية دخلت إلى اللاذقية.')?.text).toContain(
      'مرصد سوري',
    );
    expect(claimantOf('A Syrian watchdog said Turkish troops had entered Latakia.')).toMatchObject({
      text: 'Syrian watchdog',
      party: null,
    });
  });

  it('reads an English name in capitals that no lexicon knows, with the state of its nationality', () => {
    expect(
      claimantOf('The International Atomic Energy Agency said military vehicles had entered Latakia.'),
    ).toMatchObject({ id: null, text: 'International Atomic Energy Agency', party: null });
    expect(
      claimantOf('Rockets struck a base near Latakia on Monday, the Iraqi Security Media Cell said.'),
    ).toMatchObject({ text: 'Iraqi Security Media Cell', party: 'IQ' });
    // Known sources keep their entries.
    expect(claimantOf('The Russian Defence Ministry said its troops entered Latakia.')?.id).toBe(
      'russian-defence-ministry',
    );
  });

  it('reads an armed group as a source of no state: "وأعلن حزب الله", "Al-Shabaab claimed responsibility"', () => {
    expect(claimantOf('وأعلن حزب الله أنه استهدف موقعا عسكريا قرب اللاذقية.')).toMatchObject({
      id: 'hezbollah',
      party: null,
      text: 'حزب الله',
    });
    expect(claimantOf('Al-Shabaab claimed responsibility for the attack on the base.')).toMatchObject({
      id: 'al-shabaab',
      party: null,
    });
    expect(claimantOf('وتبنت حركة الشباب الهجوم على قاعدة عسكرية.')).toMatchObject({ id: 'al-shabaab' });
  });

  it('reads an unnamed militia of a country as speaking for no state: "An Iraqi militia said"', () => {
    expect(claimantOf('An Iraqi militia said its fighters had attacked a base.')).toMatchObject({
      party: null,
      text: 'Iraqi militia',
    });
  });

  it('reads the source of a statement "صادر عن": "وقال بيان صادر عن وزارة الدفاع التركية"', () => {
    expect(claimantOf('وقال بيان صادر عن وزارة الدفاع التركية إن قوات وصلت إلى اللاذقية.')).toMatchObject({
      party: 'TR',
      text: 'وزارة الدفاع التركية',
    });
  });

  it('reads state media with its nationality, and a service named by its capital', () => {
    expect(claimantOf('The warships docked in Tartus, Russian state media reported.')).toMatchObject({
      party: 'RU',
      text: 'Russian state media',
    });
    expect(claimantOf("Warships struck a landing ship near Latakia, Moscow's navy said.")).toMatchObject({
      party: 'RU',
    });
  });

  it('ends a source "according to" before where it sits, which is context: "ship spotters in Istanbul"', () => {
    const claim = claimOf('Russian warships sailed toward Syria, according to ship spotters in Moscow.');
    expect(claim.claimant).toMatchObject({ text: 'ship spotters', party: null });
    expect(claim.places.find((p) => p.placeId === 'moscow')?.role).toBe('context');
  });

  it('reads a name in capitals with a possessive country as that country\'s: "Iraq\'s Joint Operations Command"', () => {
    expect(claimantOf("Syria's Joint Operations Command said troops had moved to Latakia.")).toMatchObject({
      text: "Syria's Joint Operations Command",
      party: 'SY',
    });
  });

  it('reads the Arabic adjective of any country as speaking for it, not only the listed ones', () => {
    expect(claimantOf('وقالت وزارة الدفاع الكينية إن قواتها انتشرت في مقديشو.')).toMatchObject({
      text: 'وزارة الدفاع الكينية',
      party: 'KE',
    });
    expect(claimantOf('وقالت الحكومة الصومالية إن سفنا حربية تركية ستصل إلى طرطوس.')?.party).toBe('SO');
    // An adjective's ending is needed: the country's name alone is a place, and a short stem is no nationality.
    expect(claimantOf('وقالت مصادر مالية إن الجيش أرسل قوات إلى غاو.')?.party).not.toBe('ML');
  });

  it('ends a source before what it asks for: a word of sending, or the forces it calls its own', () => {
    expect(claimantOf('وطالب الرئيس التركي بإرسال قوات إلى إدلب.')?.text).toBe('الرئيس التركي');
    const claim = claimOf('وطالب الرئيس التركي قواته بالانسحاب من طرطوس.');
    expect([claim.claimant?.text, claim.from]).toEqual(['الرئيس التركي', 'tartus']);
  });

  it('reads a ruling military council by the country where it sits', () => {
    expect(claimantOf('وقال المجلس العسكري الحاكم في سوريا إن قواته انتشرت في طرطوس.')).toMatchObject({
      text: 'المجلس العسكري الحاكم في سوريا',
      party: 'SY',
    });
  });

  it("reads whose a service is by any country's possessive or English adjective, of one or two words", () => {
    expect(claimantOf("Oman's military said it had deployed troops to the border.")?.party).toBe('OM');
    expect(claimantOf('The Sri Lankan navy said two warships arrived in Latakia.')?.party).toBe('LK');
    expect(claimantOf('Guyanese officials said they had asked for military aid.')?.party).toBe('GY');
  });

  it("reads the source a newspaper quotes, which a paper of a country does not make its state's", () => {
    const claim = claimOf('وذكرت صحيفة جزائرية نقلا عن مصدر عسكري أن قوات نشرت طائرات في اللاذقية.');
    expect(claim.claimant).toMatchObject({ text: 'مصدر عسكري', party: null });
    expect(claim.via?.text).toBe('صحيفة جزائرية');
  });

  it('reads a bare definite noun as taking up the source named before that holds it: "وأضافت الهيئة"', () => {
    const claims = claimsOf(
      'وقالت هيئة الأركان في تركيا إن قواتها انتشرت في اللاذقية. وأضافت الهيئة أن جنودا وصلوا إلى طرطوس.',
    );
    expect(claims.map((c) => c.claimant?.text)).toEqual(['هيئة الأركان في تركيا', 'هيئة الأركان في تركيا']);
    const english = claimsOf(
      "Turkey's defence ministry said troops had moved to Latakia. The ministry said the units had reached Tartus.",
    );
    expect(english.map((c) => c.claimant?.party)).toEqual(['TR', 'TR']);
    // "الدبلوماسي الغربي" says more than a noun: a source of its own.
    const own = claimsOf(
      'وقال مسؤول إن قوات وصلت إلى طرطوس. وقال المسؤول الغربي إن جنودا انتشروا في اللاذقية.',
    );
    expect(own[1]!.claimant?.text).toBe('المسؤول الغربي');
  });

  it('reads any national capital that speaks as its government, but not where a foreign source sits', () => {
    expect(claimantOf('Algiers said it would send troops to the border.')).toMatchObject({
      id: 'algeria',
      party: 'DZ',
    });
    expect(claimantOf('The Russian embassy in Algiers said troops had arrived in Latakia.')?.party).toBe(
      'RU',
    );
  });

  it('ends a source before the forces of another state it accuses: "القوات السورية"', () => {
    expect(claimantOf('واتهمت وزارة الدفاع التركية القوات السورية بقصف مواقع في اللاذقية.')).toMatchObject({
      text: 'وزارة الدفاع التركية',
      party: 'TR',
    });
  });

  it('reads an armed front or movement as a group of no state: "جبهة البوليساريو"', () => {
    expect(claimantOf('وأعلنت جبهة البوليساريو أن وحداتها قصفت مواقع في اللاذقية.')).toMatchObject({
      text: 'جبهة البوليساريو',
      party: null,
    });
  });

  it('reads the source after "وفق ما أفاد به", "بحسب ما نقلت": what someone said', () => {
    expect(claimantOf('رست سفينة حربية في ميناء طرطوس، وفق ما أفاد به مسؤولون في الميناء.')).toMatchObject({
      text: 'مسؤولون',
    });
    expect(
      claimantOf('وطلبت حكومة الأردن من روسيا مساعدة عسكرية، بحسب ما نقلت وكالة الأنباء الأردنية الرسمية.'),
    ).toMatchObject({ text: 'وكالة الأنباء الأردنية الرسمية', party: 'JO' });
  });

  it('reads the body a source belongs to as its name: "مسؤول في الخارجية الأميركية", "in the army"', () => {
    expect(claimantOf('وقال مسؤول في الخارجية الأميركية إن مدمرة عبرت قرب طرطوس.')).toMatchObject({
      text: 'مسؤول في الخارجية الأميركية',
      party: 'US',
    });
    // Where a source sits is no body: "officials at the port" speak for no one named.
    expect(claimantOf('وقال مسؤولون في الميناء إن سفينة حربية رست في طرطوس.')?.party).toBeNull();
  });

  it('gives a spokesperson of a body named before its party: "المتحدث باسم القيادة"', () => {
    const claims = claimsOf(
      'وأعلنت قيادة القوات الروسية في سوريا نشر طائرات في اللاذقية. وقال المتحدث باسم القيادة إن الطائرات نفذت غارات.',
    );
    expect(claims[1]!.claimant).toMatchObject({ text: 'المتحدث باسم القيادة', party: 'RU' });
  });

  it('makes the adjective of a country of two words on its first word: "البوركينية"', () => {
    expect(claimantOf('وقالت وكالة الأنباء البوركينية إن جنودا روسا وصلوا إلى طرطوس.')?.party).toBe('BF');
  });

  it('gives a bare spokesperson, set off with a name, the party of the source named last', () => {
    const claims = claimsOf(
      "Russia's government has denied sending troops to Latakia. A spokeswoman, Anna Petrova, said on Wednesday that Moscow had only reinforced its base in Tartus.",
    );
    expect(claims[1]!.claimant).toMatchObject({ text: 'spokeswoman, Anna Petrova', party: 'RU' });
    expect(claims[1]!.stance).toBe('confirmed');
  });

  it('gives "the fleet\'s press service" the state the fleet was named with', () => {
    expect(
      claimantOf(
        "Russia's Black Sea Fleet began exercises with warships sailing from Tartus, the fleet's press service said.",
      )?.party,
    ).toBe('RU');
  });

  it('reads analysts and experts as speaking for no state: "a Russian military analyst"', () => {
    expect(
      claimantOf('A Russian military analyst said the naval drills near Tartus were probably a warning.')
        ?.party,
    ).toBeNull();
    expect(claimantOf('وتوقع خبراء عسكريون روس أن تتكرر المناورات البحرية قرب طرطوس.')).toMatchObject({
      text: 'خبراء عسكريون روس',
      party: null,
    });
  });

  it('gives a service named bare the country of the dateline, and a named army none', () => {
    const junta = claimOf(
      'طرطوس (رويترز) - ونفى المتحدث باسم المجلس العسكري الحاكم أي استهداف للمدنيين في غارات على اللاذقية.',
    );
    expect(junta.claimant?.party).toBe('SY');
    expect(
      claimOf('LATAKIA, June 3 (Reuters) - The army said its warplanes had struck targets near Tartus.')
        .claimant?.party,
    ).toBe('SY');
    // "جيش أراكان", "the Arakan Army": an army with a name of its own is an armed group of no state.
    expect(
      claimOf('طرطوس (رويترز) - قال جيش أراكان يوم الثلاثاء إن مقاتليه هاجموا قاعدة قرب اللاذقية.').claimant,
    ).toMatchObject({ text: 'جيش أراكان', party: null });
    // Without a dateline, a bare army is of no known state.
    expect(claimOf('وقال الجيش إن طائراته قصفت مواقع قرب اللاذقية.').claimant?.party).toBeNull();
  });

  it("reads a force of an institution as the institution, and an alliance's members' acts as its own", () => {
    const [patrols, battalion] = claimsOf(
      'وقالت قوة حلف شمال الأطلسي في سوريا إنها عززت دورياتها قرب اللاذقية، مشيرة إلى أن كتيبة تركية إضافية وصلت إلى طرطوس.',
    );
    expect(patrols!.claimant).toMatchObject({ id: 'nato', party: null });
    expect(patrols!.stance).toBe('confirmed');
    expect(battalion!.stance).toBe('confirmed');
    // A state outside the alliance acts on its own account.
    expect(claimOf('وقال حلف شمال الأطلسي إن قوات روسية وصلت إلى طرطوس.').stance).toBe('reported');
  });

  it("knows the European and African unions, the Philippines' adjective and a country named in a service", () => {
    expect(claimOf('ودعا الاتحاد الأوروبي إلى وقف الغارات على اللاذقية.').claimant?.id).toBe(
      'european-union',
    );
    expect(claimOf('The African Union said its troops had reached Latakia.').claimant?.id).toBe(
      'african-union',
    );
    expect(
      claimOf('Chinese ships fired water cannon at a boat near Latakia, the Philippine coast guard said.')
        .claimant?.party,
    ).toBe('PH');
    expect(
      claimOf(
        'A spokesman for the Syria Defence Force, Ali Hassan, said helicopters had struck targets near Latakia.',
      ).claimant?.party,
    ).toBe('SY');
  });

  it('reads a correspondent and a press office as sources: "وأفاد مراسل الصحيفة", "مكتب الإعلام في …"', () => {
    expect(claimantOf('وأفاد مراسل الصحيفة بأن رتلا عسكريا وصل إلى اللاذقية.')).toMatchObject({
      text: 'مراسل الصحيفة',
      party: null,
    });
    expect(claimantOf('ولم يعلق مكتب الإعلام في حزب العمال الكردستاني على الغارات.')).toMatchObject({
      id: 'pkk',
      text: 'مكتب الإعلام في حزب العمال الكردستاني',
    });
  });

  it('leaves the state a speaker addresses out of its name: "دعت الحكومة السورية موسكو إلى"', () => {
    expect(claimantOf('ودعت الحكومة السورية موسكو إلى إرسال قوات إلى اللاذقية.')).toMatchObject({
      text: 'الحكومة السورية',
      party: 'SY',
    });
  });

  it("gives a state's office named without its state the dateline's, but takes up one named before", () => {
    const [minister] = claimsOf(
      'MOSCOW - Troops have arrived in Latakia, Defence Minister Andrei Belousov said on Monday.',
    );
    expect(minister!.claimant).toMatchObject({ text: 'Defence Minister Andrei Belousov', party: 'RU' });
    const [, ministry] = claimsOf(
      "LONDON - Russia's defence ministry said jets had landed in Latakia. The ministry said the troops had reached Tartus.",
    );
    expect(ministry!.claimant).toMatchObject({ text: "Russia's defence ministry", party: 'RU' });
    // One who speaks from such an office, unnamed, is the dateline's too; a military source is not.
    const [official] = claimsOf(
      'MOSCOW - Russia plans to station a unit in Latakia, a defence ministry official said on Monday.',
    );
    expect(official!.claimant).toMatchObject({ text: 'defence ministry official', party: 'RU' });
    const [source] = claimsOf('MOSCOW - Troops have arrived in Latakia, a military source said on Monday.');
    expect(source!.claimant?.party).toBeNull();
  });

  it('reads where witnesses stand as part of their name, past "مدينة", and of no state', () => {
    const claim = claimOf('وذكر شهود عيان في مدينة اللاذقية أن طائرات حربية قصفت مواقع قرب الحدود.');
    expect(claim.claimant).toMatchObject({ text: 'شهود عيان في مدينة اللاذقية', party: null });
    expect(claim.places.filter((p) => p.role === 'site').map((p) => p.placeId)).not.toContain('latakia');
  });

  it('reads no speaker in "التابع" (affiliated), nor in an impersonal "ويتوقع أن"', () => {
    expect(
      claimOf('ومن المقرر أن يعقد مجلس الأمن التابع للأمم المتحدة اجتماعا طارئا في عمان.').claimant,
    ).toBeNull();
    const [, expected] = claimsOf(
      'وقال مراقبون إن السفن الروسية عبرت البسفور. ويتوقع أن تصل السفن خلال أربعة أيام إلى طرطوس.',
    );
    expect(expected!.claimant).toBeNull();
  });

  it('reads "circles" who expect as speculating sources: "وتتوقع أوساط أمنية"', () => {
    const claim = claimOf('وتتوقع أوساط أمنية تركية أن توسع أنقرة عملياتها البرية في سوريا.');
    expect(claim.claimant).toMatchObject({ text: 'أوساط أمنية تركية', party: 'TR' });
    expect(claim.stance).toBe('speculative');
    expect(claim.activities).toEqual(expect.arrayContaining(['ground', 'combat']));
  });

  it("reads a general staff's presidency and a state committee as offices of their state", () => {
    expect(
      claimantOf(
        'أعلنت رئاسة الأركان العامة للقوات المسلحة السورية، الخميس، أن مسلحين هاجموا موقعا قرب اللاذقية.',
      ),
    ).toMatchObject({ text: 'رئاسة الأركان العامة للقوات المسلحة السورية', party: 'SY' });
    expect(
      claimantOf(
        'أعلنت لجنة الأمن القومي في روسيا، في بيان السبت، أن جنودا روسا اشتبكوا مع مسلحين قرب اللاذقية.',
      ),
    ).toMatchObject({ text: 'لجنة الأمن القومي في روسيا', party: 'RU' });
  });

  it('reads an office named without its state as the one the clause just named with it: "The Russian Navy … a Navy spokesman"', () => {
    expect(
      claimantOf('DAMASCUS — The Russian Navy sent a destroyer to Tartus, a Navy spokesman said.'),
    ).toMatchObject({
      party: 'RU',
    });
    // With no state's navy named before, it takes no state from the clause.
    expect(claimantOf('A destroyer sailed to Tartus, a Navy spokesman said.')).toMatchObject({ party: null });
  });
});
