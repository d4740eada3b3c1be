import { describe, expect, it } from 'vitest';
import { stanceOf as readStance } from '../../../geo/claims/stance';
import { readText } from '../../../geo/text/reading';
import { claimOf, claimsOf } from './claims-of';

const stanceOf = (text: string) => claimOf(text).stance;

describe('stance', () => {
  it('reads a denial: "ونفت روسيا تعزيز وجودها العسكري في سوريا"', () => {
    const claim = claimOf('ونفت روسيا تعزيز وجودها العسكري في سوريا.');
    expect(claim.stance).toBe('denied');
    expect(claim.cue?.text).toBe('ونفت');
  });

  it('reads a denial that comes as a verdict at the end: "… ليس صحيحا"', () => {
    expect(stanceOf('وقال سميرنوف إن التأكيد على أن روسيا أرسلت قوات إلى سوريا ليس صحيحا.')).toBe('denied');
  });

  it('reads "no comment" on a report: "ولم تعلق موسكو على هذه التقارير"', () => {
    const text =
      'وقالت مصادر لبنانية لرويترز إن القوات الروسية بدأت تشارك في العمليات القتالية. ولم تعلق موسكو على هذه التقارير.';
    expect(claimsOf(text).at(-1)!.stance).toBe('no-comment');
  });

  it('reads a likelihood as speculative: "ما يرجح نيتها لبناء قاعدة"', () => {
    expect(stanceOf('وقال المتحدث إن روسيا ما يرجح نيتها لبناء قاعدة عسكرية هناك.')).toBe('speculative');
  });

  it('reads a belief as speculative: "يعتقد" and "believe"', () => {
    expect(stanceOf('ويعتقد مسؤولون أمريكيون أن موسكو ترسل قوات إلى سوريا.')).toBe('speculative');
    expect(stanceOf('Western diplomats believe Russia sent tanks to Latakia.')).toBe('speculative');
  });

  it('reads weapons on their way as planned: "في طريقها إلى سورية لكنها لم تصلها"', () => {
    const claim = claimOf('والأسلحة في طريقها إلى سورية لكنها لم تصلها حتى الآن.');
    expect(claim.stance).toBe('planned');
    expect(claim.cue?.text).toBe('في طريقها');
  });

  it('reads a future verb that says something of its subject as planned', () => {
    expect(stanceOf('وقال المسؤولان الغربيان إن القوات الروسية هي التي ستشغل نظام "إس.إيه22".')).toBe(
      'planned',
    );
  });

  it("reads a third party's confirmation of what another state did as a report", () => {
    expect(stanceOf('اكدت الرئاسة السورية الاربعاء ان ارسال قوات جوية روسية إلى سوريا تم بطلب منها.')).toBe(
      'reported',
    );
    expect(stanceOf('وتؤكد واشنطن أن روسيا أرسلت دبابات إلى اللاذقية.')).toBe('reported');
  });

  const cases: [string, string, string[]][] = [
    [
      "reads the acting party's own announcement or confirmation as confirmed",
      'confirmed',
      [
        'وأعلنت وزارة الدفاع الروسية أن قواتها انتشرت في اللاذقية.',
        'وقال مسؤولون أتراك إن الجيش التركي دفع بتعزيزات إلى الحدود.',
        "Mali's army announced that its troops had deployed to the north.",
        'The Kremlin confirmed that Assad had held talks with President Vladimir Putin.',
      ],
    ],
    [
      "reads an adversary's accusation as accused",
      'accused',
      [
        'واتهمت الولايات المتحدة موسكو بتعزيز وجودها العسكري في سوريا.',
        'Western allies accused Moscow of moving fighters to Libya.',
      ],
    ],
    [
      'reads orders, threats and expectations as planned',
      'planned',
      [
        'وهددت أنقرة بتوسيع عمليتها العسكرية.',
        'Shoigu ordered the troops to withdraw from the city.',
        'The vessels are expected to reach the port of Tartus.',
      ],
    ],
    [
      'reads "does not rule out" as a guess, not a denial',
      'speculative',
      ['وقال مسؤول أمريكي إن واشنطن لا تستبعد سحب قواتها من قاعدة.'],
    ],
  ];
  for (const [sentence, stance, texts] of cases)
    it(sentence, () => {
      for (const text of texts) expect(stanceOf(text), text).toBe(stance);
    });

  it('reads units the speaker calls its own as its own side: "its Black Sea Fleet", "أسطولها"', () => {
    for (const text of [
      'The Russian Defence Ministry said its Black Sea Fleet had fired missiles at targets near Latakia.',
      'وأعلنت وزارة الدفاع الروسية أن أسطولها في البحر الأسود أطلق صواريخ على أهداف قرب اللاذقية.',
      'وقالت وزارة الدفاع الروسية إن سفنها وصلت إلى طرطوس.',
      'The ministry said their jets had struck targets near Latakia.',
    ])
      expect(stanceOf(text), text).toBe('confirmed');
    // "its" after another state's forces is theirs: the first agent acts.
    expect(stanceOf('وقالت وزارة الدفاع الروسية إن القوات التركية نقلت دباباتها إلى الباب.')).toBe(
      'reported',
    );
  });

  it('reads the agent of a passive, not its subject, as the side that acts: "were intercepted by"', () => {
    const text = (speaker: string) =>
      `Two Russian aircraft were intercepted by Turkish F-16 fighters near Latakia, ${speaker} said.`;
    expect(stanceOf(text('the Turkish air force'))).toBe('confirmed');
    expect(stanceOf(text('the Russian defence ministry'))).toBe('reported');
    expect(
      stanceOf('وقالت وزارة الدفاع التركية إنه تم اعتراض طائرتين روسيتين من قبل مقاتلات تركية قرب اللاذقية.'),
    ).toBe('confirmed');
    // "by" after no form of "be" names no agent: the subject acts.
    expect(stanceOf('The Turkish ministry said Russian ships sailed by Tartus.')).toBe('reported');
  });

  it('reads a speaker that says it acted as its own side: "said it had struck", "أعلنت أنها قصفت"', () => {
    expect(stanceOf('The ministry said it had struck fuel depots near Latakia.')).toBe('confirmed');
    expect(stanceOf('وأعلنت الوزارة أنها قصفت مستودعات قرب اللاذقية.')).toBe('confirmed');
    // What they saw others do stays a report.
    expect(stanceOf('Monitors said they saw Russian jets land near Latakia.')).toBe('reported');
    expect(stanceOf('وقالت مصادر محلية إنها شاهدت طائرات روسية تهبط قرب اللاذقية.')).toBe('reported');
  });

  it('reads a service that reports what an unnamed unit did as its own side', () => {
    expect(stanceOf('The US Navy said a destroyer shot down three drones near Latakia.')).toBe('confirmed');
    expect(stanceOf('The US Navy said Russian jets flew near Latakia.')).toBe('reported');
  });

  it('reads a denial of an accusation as a denial', () => {
    expect(stanceOf('ونفت روسيا اتهامات بإرسال طائرات إلى ليبيا.')).toBe('denied');
  });

  it('reads "will continue" as ongoing, not planned', () => {
    expect(stanceOf('وقال لافروف إن بلاده ستواصل تزويد الأسد بالسلاح.')).toBe('confirmed');
    expect(stanceOf('Russia will continue to supply weapons to Syria, Lavrov said.')).toBe('confirmed');
  });

  it('does not make a stated buildup speculative for the possibility it raises', () => {
    expect(stanceOf('لكن تعزيزا عسكريا روسيا في قاعدة اللاذقية يثير احتمال القيام بعمليات جوية.')).toBe(
      'reported',
    );
  });

  it('takes the strongest cue: a denial of an intention is a denial', () => {
    expect(stanceOf('ونفى الكرملين وجود أي نية لبدء إنشاءات عسكرية روسية في سوريا.')).toBe('denied');
  });

  it('reads the English cues the same way', () => {
    expect(stanceOf('The Kremlin declined to comment on the deployment.')).toBe('no-comment');
    expect(stanceOf('The Russian Defence Ministry denied that S-300 systems had been sent to Syria.')).toBe(
      'denied',
    );
    expect(stanceOf('A third official said the S-300s were still on their way.')).toBe('planned');
  });
  it('reads "rejected the reports" as a denial', () => {
    expect(
      claimOf('The Russian embassy rejected the reports that Russian jets had landed in Libya.').stance,
    ).toBe('denied');
  });

  it('reads no future verb in a place name that begins like one: "أبحرتا من سيفاستوبول"', () => {
    const at = readText('وكانت الفرقاطتان أبحرتا من سيفاستوبول يوم الأحد');
    const place = at.tokens.findIndex((t) => t.text.startsWith('سيف'));
    expect(readStance(at, 0, at.tokens.length, 1).stance).toBe('planned');
    expect(readStance(at, 0, at.tokens.length, 1, (i) => i === place).stance).toBe('reported');
  });

  it('reads an order to withdraw as planned: "وأمر الرئيس قواته بالانسحاب"', () => {
    expect(claimOf('وأمر الرئيس الأمريكي قواته بالانسحاب من سوريا.').stance).toBe('planned');
  });
  it('reads a guess whose verb closes the sentence: "…, Western analysts believe"', () => {
    expect(stanceOf('Russian warships may be heading towards Tartus, Western analysts believe.')).toBe(
      'speculative',
    );
  });
  it('reads "it is likely" as speculative: "ويحتمل أن"', () => {
    expect(stanceOf('ويحتمل أن تدفع أنقرة بتعزيزات إلى الباب.')).toBe('speculative');
  });

  it("reads a UN mission's word on its own peacekeepers as confirmed, on others' forces as reported", () => {
    expect(
      stanceOf('UN peacekeepers withdrew from two positions near Latakia, a spokesman for the mission said.'),
    ).toBe('confirmed');
    expect(stanceOf('A UN spokesman said peacekeepers had been withdrawn from Latakia.')).toBe('confirmed');
    expect(stanceOf('وقالت بعثة الأمم المتحدة إن قوات حفظ السلام انسحبت من اللاذقية.')).toBe('confirmed');
    expect(stanceOf('وقالت بعثة الأمم المتحدة إن قوات تركية دخلت إلى اللاذقية.')).toBe('reported');
    // Monitors of no mission report what others' peacekeepers do.
    expect(stanceOf('Monitors said peacekeepers had withdrawn from Latakia.')).toBe('reported');
  });

  it('reads "had no information" and "neither confirmed nor denied" as no comment', () => {
    expect(
      stanceOf('The French Foreign Ministry said it had no information on the deployment of troops.'),
    ).toBe('no-comment');
    expect(stanceOf('وقالت وزارة الخارجية إنها لا تملك معلومات عن إرسال قوات.')).toBe('no-comment');
  });

  it('reads a rejection of a figure the article reported as a denial of that report', () => {
    const claims = claimsOf(
      'U.S. officials said Russian aircraft had flown 600 sorties. Moscow rejected the figure as propaganda.',
    );
    expect(claims.map((c) => [c.stance, c.activities])).toEqual([
      ['reported', ['air']],
      ['denied', ['air']],
    ]);
  });

  it('reads a refusal to allow as a denial: "لن تسمح", "will not allow"', () => {
    expect(stanceOf('وقال مسؤول إن عمان لن تسمح باستخدام قواعدها لشن هجمات.')).toBe('denied');
  });

  it('reads "are thought to", "is believed to" as speculative', () => {
    expect(stanceOf('Russian troops are thought to have entered Latakia.')).toBe('speculative');
    expect(stanceOf('Russian jets are believed to be based in Latakia.')).toBe('speculative');
  });

  it('reads a denial the same speaker adds after a comma as a claim of its own', () => {
    const claims = claimsOf(
      'وقال حزب الله إنه قصف مواقع في اللاذقية، ونفى أن تكون قواته قد انسحبت من طرطوس.',
    );
    expect(claims.map((c) => [c.stance, c.from])).toEqual([
      ['confirmed', null],
      ['denied', 'tartus'],
    ]);
  });

  it('reads a group that claims an attack as telling its own deed', () => {
    expect(stanceOf('The militia claimed the attack on Latakia in a statement.')).toBe('confirmed');
  });

  it('reads a speaker that says it did, by the pronoun its complementiser carries, as its own word', () => {
    expect(stanceOf('وقالت حركة حماس إنها قصفت موقعا عسكريا قرب غزة.')).toBe('confirmed');
    // The pronoun is the subject of the verb before the event: "إنها نقلت كتيبة".
    expect(stanceOf('وقالت وزارة الدفاع التركية إنها نقلت كتيبة إلى إدلب.')).toBe('confirmed');
    // What a speaker says it saw, or thinks, is another's deed.
    expect(stanceOf('وقالت وزارة الدفاع اليابانية إنها رصدت سفنا حربية صينية قرب أوكيناوا.')).toBe(
      'reported',
    );
    expect(stanceOf('وقالت واشنطن إنها تعتقد أن روسيا أرسلت طائرات إلى اللاذقية.')).toBe('speculative');
  });

  it('reads a warning that any such act will be answered as a threat, and a later consequence as none', () => {
    expect(stanceOf('وحذرت إيران من أن أي هجوم على منشآتها سيقابل برد حاسم.')).toBe('planned');
    expect(
      stanceOf('Moscow warned that any NATO troops deployed to Ukraine would be treated as targets.'),
    ).toBe('planned');
    expect(
      stanceOf(
        'وقال خبراء إن البحرية الروسية تعتمد على طرطوس لأن الموانئ الأخرى بعيدة، وإن أي إغلاق للمضيق سيجبرها على الالتفاف.',
      ),
    ).toBe('reported');
  });

  it('reads a unit "of its own" ("دورية تابعة لها") as the speaker\'s side', () => {
    expect(stanceOf('وقال متحدث باسم البعثة الأممية إن دورية تابعة لها تعرضت لإطلاق نار قرب طرطوس.')).toBe(
      'confirmed',
    );
  });

  it("reads another's silence after a claim as no comment on it, with its activities", () => {
    const claims = claimsOf(
      'وقالت تركيا إن قواتها قصفت مواقع قرب اللاذقية. ولم يصدر أي تعليق فوري من وزارة الدفاع السورية.',
    );
    expect(claims[1]).toMatchObject({ stance: 'no-comment', activities: claims[0]!.activities });
    expect(claims[1]!.claimant).toMatchObject({ text: 'وزارة الدفاع السورية', party: 'SY' });
    expect(claims[1]!.respondsTo).toBe(claims[0]!.id);
  });

  it('reads a second verb of saying after a denial as a statement of its own: "and said"', () => {
    const claims = claimsOf(
      "Turkey's defence ministry rejected the claim as baseless and said its forces had shot down a drone over Latakia.",
    );
    expect(claims.map((c) => c.stance)).toEqual(['denied', 'confirmed']);
    expect(claims[1]!.claimant?.party).toBe('TR');
  });

  it('reads an army telling what an armed group of no state did as its report, not its own word', () => {
    expect(claimOf('وقال الجيش السوري إن قوات الدعم السريع هاجمت مواقع في اللاذقية.').stance).toBe(
      'reported',
    );
    expect(claimOf('The Syrian army said the RSF attacked positions near Latakia.').stance).toBe('reported');
    expect(claimOf('وقال الجيش السوري إن قواته هاجمت مواقع في اللاذقية.').stance).toBe('confirmed');
  });

  it('reads an English modal after a long subject as planned: "the first battalion of a brigade would arrive"', () => {
    expect(
      stanceOf(
        "Jordan's defence minister said the first battalion of a Saudi armoured brigade would arrive in Amman next month.",
      ),
    ).toBe('planned');
  });

  it('reads "ولم يصدر X أي تعليق" as no comment from X, opened after "، فيما"', () => {
    const claims = claimsOf(
      'وأفاد سكان بأن مسلحين هاجموا موقعا للجيش قرب اللاذقية، فيما لم يصدر الجيش السوري أي تعليق.',
    );
    expect(claims.map((c) => c.stance)).toEqual(['reported', 'no-comment']);
    expect(claims[1]!.claimant).toMatchObject({ text: 'الجيش السوري', party: 'SY' });
  });

  it('reads no future in a past verb whose root begins with س, nor in a name after "مدينة"', () => {
    expect(claimOf('وقال الجيش السوري إن قواته سيطروا على قاعدة قرب اللاذقية.').stance).toBe('confirmed');
    expect(claimOf('وقالت مصادر سورية إن القوات الروسية هاجمت مواقع قرب مدينة سيتوي.').stance).toBe(
      'reported',
    );
    expect(claimOf('وقالت مصادر سورية إن القوات الروسية ستهاجم مواقع قرب اللاذقية.').stance).toBe('planned');
  });

  it('lets a service go on speaking as one after a participle: "…، مؤكدا أن الغارات استهدفت"', () => {
    const [denial, strikes] = claimsOf(
      'طرطوس (رويترز) - ونفى المتحدث باسم المجلس العسكري الحاكم استهداف المدنيين، مؤكدا أن الغارات استهدفت مواقع قرب اللاذقية.',
    );
    expect(denial!.stance).toBe('denied');
    expect(strikes!.stance).toBe('confirmed');
  });

  it('reads "no plans to" as ruling out: denied', () => {
    expect(stanceOf('The Russian navy said it had no plans to send warships to Tartus.')).toBe('denied');
  });

  it('reads what is expected as a guess, but an expected arrival as planned', () => {
    expect(stanceOf('Moscow is expected to send more troops to Latakia, US officials said.')).toBe(
      'speculative',
    );
    expect(stanceOf('ومن المتوقع أن ترسل روسيا قوات إلى اللاذقية.')).toBe('speculative');
    const arrival = claimOf('ويتوقع أن تصل السفن الروسية إلى طرطوس الجمعة.', '2015-09-15');
    expect(arrival.stance).toBe('planned');
    // The Friday to come, as an arrival expected is.
    expect(arrival.eventDate).toBe('2015-09-18');
    expect(stanceOf('The warships are expected to arrive in Tartus, the ministry said.')).toBe('planned');
  });

  it('reads a state that announces its own act as confirming it, whoever the act is addressed to', () => {
    expect(stanceOf('وأعلنت روسيا استدعاء سفيرها لدى تركيا وإغلاق مجالها الجوي أمام الطائرات التركية.')).toBe(
      'confirmed',
    );
  });

  it('reads a plan a force has, after it as its subject, whoever reports it: "The U.S. Navy plans to send"', () => {
    expect(stanceOf('The Russian Navy plans to send a destroyer to Tartus, officials said.')).toBe('planned');
    // A plan in a noun phrase is no verb of the subject.
    expect(
      stanceOf(
        'The Russian Navy deployed a destroyer to Tartus as part of planned exercises, officials said.',
      ),
    ).toBe('reported');
  });

  it('reads a refusal to comment with its subject between: "ورفضت وزارة الدفاع الروسية التعليق"', () => {
    const [report, silence] = claimsOf(
      'وقال مصدر إن روسيا أرسلت قوات إلى اللاذقية. ورفضت وزارة الدفاع الروسية التعليق على هذه التحركات.',
    );
    expect(report!.stance).toBe('reported');
    expect(silence).toMatchObject({ stance: 'no-comment', activities: report!.activities });
    expect(silence!.claimant?.party).toBe('RU');
    // A refusal of something else is no silence: "رفضت روسيا الاتهامات".
    expect(stanceOf('ورفضت روسيا الاتهامات بإرسال قوات إلى اللاذقية.')).not.toBe('no-comment');
  });

  it('reads a verb of acting negated right before it as a denial: "لم ترسل قوات", "has not sent"', () => {
    expect(stanceOf('وقالت روسيا إنها لم ترسل قوات إلى سوريا.')).toBe('denied');
    expect(stanceOf('Russia has not sent troops to Syria, the ministry said.')).toBe('denied');
    expect(stanceOf('وقالت روسيا إن قواتها لن تشارك في أي عمليات قتالية قرب اللاذقية.')).toBe('denied');
    // A plan not yet done, a condition contrary to fact and a negated verb of no act deny nothing.
    expect(stanceOf('وقال مسؤول إن التعزيزات لم تصل بعد إلى اللاذقية.')).toBe('planned');
    expect(
      stanceOf('وقال لافروف إن المسلحين كانوا سيدخلون اللاذقية لو لم ترسل روسيا قوات إلى سوريا.'),
    ).not.toBe('denied');
    expect(stanceOf('وقال مسؤولون إن روسيا أرسلت قوات إلى اللاذقية لكن الخطة لم تحظ بالتأييد.')).not.toBe(
      'denied',
    );
  });
});
