import { describe, expect, it } from 'vitest';
import { claimOf, claimsOf } from './claims-of';

const kindsOf = (text: string) => claimOf(text).activities;

describe('activities', () => {
  it('gives a clause every kind it speaks of', () => {
    const claim = claimOf(
      'وتؤكد واشنطن ارسال موسكو تعزيزات عسكرية الى سوريا تتضمن طائرات حربية وانظمة دفاع جوي ودبابات واسلحة حديثة.',
    );
    expect(claim.activities).toEqual(['air', 'ground', 'air-defence', 'weapons', 'presence']);
  });

  it("names the equipment with its catalogue entry and the article's words", () => {
    const claim = claimOf('وقال مسؤولون إن روسيا أرسلت دبابات ونظام "إس.إيه22" إلى سوريا.');
    expect(claim.equipment.map((e) => [e.id, e.text])).toEqual([
      ['tank', 'دبابات'],
      ['sa-22', 'إس.إيه22'],
    ]);
    expect(claim.equipment[1]!.name).toEqual({ ar: 'إس إيه-22 (بانتسير)', en: 'SA-22 (Pantsir-S1)' });
  });

  it('lets a model named beside its kind replace it: two cargo planes "of the type An-124"', () => {
    const claim = claimOf(
      'وقال مسؤولون إن وصول طائرتي شحن عملاقتين من نوع أنطونوف -124 كوندور يشير إلى بناء قاعدة.',
    );
    expect(claim.equipment.map((e) => e.id)).toEqual(['an-124']);
  });

  it('reads equipment that is sent as a weapons delivery, and cargo planes as no shipment', () => {
    expect(
      claimOf('وقال مسؤولون إن موسكو في طريق لإرسال نظام صاروخي متقدم مضاد للطائرات إلى سورية.').activities,
    ).toEqual(['air-defence', 'weapons']);
    expect(claimOf('وقال مسؤولون إن طائرتي شحن وصلتا إلى اللاذقية.').activities).toEqual(['air']);
  });

  it('reads exercises at sea as naval', () => {
    expect(claimOf('وقال لافروف إن بلاده تجري تدريبات عسكرية في البحر المتوسط.').activities).toEqual([
      'naval',
    ]);
  });

  it('reads marines as ground forces, not the navy', () => {
    expect(claimOf('وقال مسؤولون إن قوات من مشاة البحرية نقلت إلى اللاذقية.').activities).toEqual(['ground']);
  });

  it('finds no activity in "support" alone or in the fight against terrorism', () => {
    expect(claimsOf('ورفض الانتقادات الموجهة لدعم موسكو للسلطات السورية في مكافحة الإرهاب.')).toEqual([]);
  });

  it('reads a call for a coalition and a summit as diplomacy', () => {
    expect(claimOf('وجدد بوتين في قمة دوشانبي دعوته إلى تشكيل ائتلاف واسع.').activities).toEqual([
      'diplomacy',
    ]);
  });

  it('reads English the same way', () => {
    const claim = claimOf('Russian warplanes struck targets near Latakia and two T-90 tanks were flown in.');
    expect(claim.activities).toEqual(['air', 'ground', 'combat']);
    expect(claim.equipment.map((e) => e.id)).toEqual(['warplane', 't-90']);
  });
  it('reads convoys and columns as troops on the move: "رتل", "أرتال", "قافلة عسكرية", "convoy"', () => {
    for (const text of [
      'وقال المرصد السوري إن رتلا عسكريا تركيا دخل إلى الباب.',
      'وأفادت مصادر محلية بوصول أرتال روسية إلى اللاذقية.',
      'وقالت مصادر إن قافلة عسكرية أمريكية عبرت إلى سوريا.',
      'Residents said a military convoy entered Al-Bab from Turkey.',
    ])
      expect(claimOf(text).activities, text).toEqual(['ground']);
  });

  it('reads peacekeepers and instructors as troops: "قوات حفظ السلام", "peacekeepers"', () => {
    expect(claimOf('وأعلنت الأمم المتحدة أن قوات حفظ السلام انسحبت من مواقعها.').activities).toEqual([
      'ground',
    ]);
    expect(claimOf('UN peacekeepers withdrew from two positions near Latakia.').activities).toEqual([
      'ground',
    ]);
    expect(claimOf('Russian instructors arrived in Latakia, officials said.').activities).toEqual(['ground']);
  });

  it('reads the word of troops right after an aircraft model as that aircraft: "Su-35 fighters"', () => {
    const claim = claimOf('Russian Su-35 fighters landed at Hmeimim, the ministry said.');
    expect(claim.activities).toEqual(['air']);
    expect(claim.equipment.map((e) => e.id)).toEqual(['warplane']);
    // A model before a noun of its family is that noun's modifier: "F-15 jets" are jets.
    expect(claimOf('Two F-15 jets landed at Hmeimim.').equipment.map((e) => e.id)).toEqual(['aircraft']);
    // Fighters with no aircraft before them are men.
    expect(kindsOf('Rebel fighters entered Latakia, the ministry said.')).toContain('ground');
  });

  it('reads shooting down as combat: "أسقطت", "أسقط", "shot down"', () => {
    expect(claimOf('وقالت وزارة الدفاع الروسية إن دفاعاتها أسقطت طائرتين مسيرتين.').activities).toContain(
      'combat',
    );
    expect(claimOf('وأسقط الحوثيون طائرة أمريكية مسيرة.').activities).toEqual(['air', 'combat']);
    expect(claimOf('The army said it shot down a drone.').activities).toEqual(['air', 'combat']);
  });

  it("gives a service that tells what its side did its own kind: the air force's strikes are air", () => {
    expect(claimOf('وأعلنت القوات الجوية الروسية أنها نفذت ضربات قرب اللاذقية.').activities).toEqual([
      'air',
      'combat',
    ]);
    expect(claimOf('The Russian navy said it had struck targets near Latakia.').activities).toEqual([
      'naval',
      'combat',
    ]);
    // A service that reports another's action lends it no kind.
    expect(claimOf('The Russian navy said Turkish troops had entered Latakia.').activities).toEqual([
      'ground',
    ]);
  });

  it('names vehicles and warships in their plural and indefinite forms: "vehicles", "سفنا حربية"', () => {
    expect(claimOf('A Turkish convoy of 30 vehicles entered Latakia.').equipment.map((e) => e.id)).toEqual([
      'military-vehicle',
    ]);
    expect(claimOf('وقالت مصادر إن سفنا حربية روسية أبحرت من طرطوس.').equipment.map((e) => e.id)).toEqual([
      'warship',
    ]);
  });

  it('reads English units (battalions, units, contingents) as ground forces, and an aircraft carrier as a warship', () => {
    expect(claimOf('The army said it had moved two battalions to Latakia.').activities).toEqual(['ground']);
    expect(claimOf('The army announced that it had deployed units to Tartus.').activities).toEqual([
      'ground',
    ]);
    const carrier = claimOf('وقالت مصادر إن حاملة طائرات أمريكية عبرت المضيق.');
    expect([carrier.activities, carrier.equipment.map((e) => e.id)]).toEqual([['naval'], ['warship']]);
  });

  it('reads no arms supplied in a strike that sends nothing: "قصف ثكنة بالصواريخ"', () => {
    expect(kindsOf('وقال الجيش إنه قصف مواقع قرب طرطوس بالصواريخ.')).not.toContain('weapons');
    expect(kindsOf('The navy said a destroyer shot down two missiles near Latakia.')).not.toContain(
      'weapons',
    );
    // Arms sent are still a delivery.
    expect(kindsOf('وقالت مصادر إن روسيا أرسلت صواريخ إلى طرطوس.')).toContain('weapons');
  });

  it('reads patrols and gunfire, but not live fire or a request for comment', () => {
    expect(kindsOf('وقالت البعثة إن دورية تعرضت لإطلاق نار قرب طرطوس.')).toEqual(
      expect.arrayContaining(['ground', 'combat']),
    );
    expect(kindsOf('وأجرت البحرية مناورات بالذخيرة الحية قرب طرطوس.')).not.toContain('weapons');
    expect(kindsOf('ولم ترد وزارة الدفاع على طلب للتعليق على نقل القوات إلى طرطوس.')).not.toContain(
      'diplomacy',
    );
  });

  it('reads a launch verb beside a projectile as combat, either order, and neither alone', () => {
    expect(kindsOf('وقالت سيول إن كوريا الشمالية أطلقت صاروخين باليستيين باتجاه البحر.')).toContain('combat');
    expect(kindsOf('وقالت طوكيو إن الصاروخين سقطا في البحر بعد إطلاق القوات لهما.')).toContain('combat');
    expect(kindsOf('Officials said the militia fired two rockets at the base.')).toContain('combat');
    // Launching an initiative, releasing prisoners: no projectile, no combat.
    expect(kindsOf('وأطلقت الحكومة مبادرة للحوار مع القوات المعارضة.')).not.toContain('combat');
    expect(kindsOf('وأطلق الجيش سراح عشرة جنود.')).not.toContain('combat');
  });

  it('reads a warship sent as a deployment, and one handed over as arms supplied', () => {
    expect(kindsOf('وأعلنت تركيا أنها سترسل سفينة حربية إلى طرطوس.')).toEqual(['naval']);
    expect(kindsOf('وقالت تركيا إنها سلمت سفينة حربية إلى الجزائر.')).toEqual(['naval', 'weapons']);
    expect(kindsOf('وقالت تركيا إنها سترسل دبابات إلى الجزائر.')).toEqual(['ground', 'weapons']);
  });

  it('reads a threat of retaliation as combat threatened, and a reply alone as none', () => {
    expect(kindsOf('وتوعدت دمشق عبر وكالة سانا بالرد على نشر جنود في اللاذقية.')).toContain('combat');
    expect(kindsOf('Turkey vowed to retaliate if troops crossed into Latakia.')).toContain('combat');
    expect(kindsOf('وقال الوزير في رده على أسئلة الصحفيين إن جنودا وصلوا إلى طرطوس.')).not.toContain(
      'combat',
    );
  });

  it('reads nouns in the indefinite accusative: "أرسلت سفنا", "وجودا عسكريا"', () => {
    expect(kindsOf('وقالت روسيا إنها أرسلت سفنا إلى طرطوس.')).toContain('naval');
    expect(kindsOf('وقالت واشنطن إن جنودها غادروا سوريا منهين وجودا عسكريا استمر عقدا.')).toContain(
      'presence',
    );
    expect(kindsOf('وقالت روسيا إنها نشرت منظومات صواريخ في اللاذقية.')).toContain('air-defence');
  });

  it('reads adjectives joined after a force as forces of their own: "القوات البرية والبحرية والجوية"', () => {
    expect(kindsOf('وقالت روسيا إن القوات البرية والبحرية والجوية شاركت في مناورات قرب طرطوس.')).toEqual(
      expect.arrayContaining(['ground', 'naval', 'air']),
    );
  });

  it('reads aircraft sent as deployed, and drones sent to another state as arms supplied', () => {
    expect(kindsOf('وقالت روسيا إنها أرسلت طائرات حربية إلى اللاذقية.')).not.toContain('weapons');
    expect(kindsOf('ورجح مسؤول أمريكي أن تكون إيران قد أرسلت طائرات مسيرة إلى روسيا.')).toContain('weapons');
  });

  it('reads clashes, arming and a base of the army, and a named militia as no buildup', () => {
    expect(kindsOf('وقال مسؤولون سوريون إن اشتباكا وقع قرب اللاذقية.')).toEqual(['combat']);
    expect(kindsOf('واتهمت دمشق أنقرة بتسليح مجموعات قرب اللاذقية.')).toEqual(['weapons']);
    const raid = kindsOf('وقال مسؤولون سوريون إن مسلحين هاجموا قاعدة للجيش قرب اللاذقية.');
    expect(raid).toEqual(['ground', 'presence', 'combat']);
    expect(kindsOf('وقال مسؤول في الحشد الشعبي إن قوات من الحشد الشعبي انتقلت إلى اللاذقية.')).toEqual([
      'ground',
    ]);
    expect(kindsOf('The ministry said insurgents had fled towards Latakia.')).toEqual(['ground']);
    expect(kindsOf('Moscow said the drills in Latakia were held under a new defence pact.')).toContain(
      'diplomacy',
    );
  });

  it('reads goods that are no arms as no weapons delivery, whatever equipment the clause names', () => {
    expect(
      kindsOf(
        'The Syrian navy said its crew had delivered food and fuel to the marines on a warship off Latakia.',
      ),
    ).not.toContain('weapons');
    expect(
      kindsOf('The Syrian navy said it had delivered missiles to the marines on a warship off Latakia.'),
    ).toContain('weapons');
  });

  it('reads an army that moves as ground forces, not one that speaks, owns or moves its aircraft', () => {
    expect(claimOf('وقال مسؤول إن الجيش السوري سينتشر في اللاذقية.').activities).toEqual(['ground']);
    expect(claimOf('The army withdrew from Latakia, officials said.').activities).toEqual(['ground']);
    expect(claimOf('وقال مسؤول إن الجيش السوري نشر طائرات مسيرة في اللاذقية.').activities).toEqual(['air']);
    expect(claimOf('وقال الجيش السوري إن طائرات روسية وصلت إلى اللاذقية.').activities).toEqual(['air']);
  });

  it('reads units of a named service as that service, not ground forces: "وحدات الدفاع الجوي"', () => {
    expect(kindsOf('وقالت وزارة الدفاع إن وحدات الدفاع الجوي أسقطت طائرة مسيرة فوق اللاذقية.')).not.toContain(
      'ground',
    );
    expect(kindsOf('وقال مسؤول إن وحدات بحرية روسية وصلت إلى طرطوس.')).toEqual(['naval']);
  });

  it('reads a clash as combat, as its noun is: "اشتبكوا مع", "clashed with"', () => {
    expect(kindsOf('وقال مسؤولون إن جنودا روسا اشتبكوا مع مسلحين قرب اللاذقية.')).toContain('combat');
    expect(kindsOf('Officials said Russian troops clashed with gunmen near Latakia.')).toContain('combat');
  });

  it('reads forces flown or airlifted as moved by air: "soldiers had been flown to Latakia"', () => {
    expect(claimOf('Syria said 1,500 soldiers had been flown from Damascus to Latakia.').activities).toEqual([
      'air',
      'ground',
    ]);
    expect(claimOf('Russia said it airlifted troops to Latakia.').activities).toEqual(['air', 'ground']);
  });
});
