// Arabic news shapes met on real wire copy, tried on sentences written for this test (invented people).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { extract } from "./arabic-reader.ts";

describe("Arabic receptions told with a pronoun", () => {
  it("'واستقبله الرئيس X' after an arrival is a meeting of X with the one who arrived", () => {
    const { pairs } = extract(
      "وصل وزير الخارجية التونسي سامي البكوش إلى الجزائر اليوم في زيارة عمل. واستقبله الرئيس الجزائري عبد المجيد حمودة بقصر المرادية.",
    );
    expect(pairs("Meeting")).toEqual(["سامي البكوش + عبد المجيد حمودة"]);
  });

  it("a name ending in ta marbuta is no verb with a pronoun ('جمعة' is not 'جمع' + 'ه')", () => {
    const { pairs } = extract(
      "القاهرة - كتب: جمعة حسين. وصل وزير الخارجية التونسي سامي البكوش إلى القاهرة اليوم.",
    );
    expect(pairs("Meeting")).toEqual([]);
  });
});

describe("Arabic names as the news writes them", () => {
  it("keeps a frequent definite word as the family name after a compound given name", () => {
    const { names, pairs } = extract(
      "وصل رئيس المجلس عبد الرحيم الحق إلى أسمرة اليوم، وكان في استقباله الرئيس الإريتري سامي تسفاي.",
    );
    expect(names).toContain("عبد الرحيم الحق");
    expect(pairs("Meeting").concat(pairs("Visit")).join(" | ")).toContain("عبد الرحيم الحق");
  });

  it("reads a name set off by commas right after its title", () => {
    const { persons, pairs } = extract(
      "تلقى الرئيس المصري، حسن الشريف، اتصالا هاتفيا من نظيره الإيراني، مهدي كاظمي، تناول العلاقات.",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["حسن الشريف", "EG"],
      ["مهدي كاظمي", "IR"],
    ]);
    expect(pairs("Meeting")).toEqual(["حسن الشريف + مهدي كاظمي"]);
  });

  it("keeps a compound given name whole ('صلاح الدين', 'نصر الله')", () => {
    const { names } = extract("استقبل الوزير نظيره المغربي صلاح الدين الحسني، وحضر اللقاء نصر الله كريمي.");
    expect(names).toContain("صلاح الدين الحسني");
    expect(names).toContain("نصر الله كريمي");
  });

  it("takes a given name and a frequent family name when a title vouches for them", () => {
    const { persons } = extract("وحضر المباحثات عادل النجار وزير الدولة للشؤون الخارجية السعودي.");
    expect(persons.map((p) => [p.name, p.country])).toEqual([["عادل النجار", "SA"]]);
    // With nothing to vouch for it, the same shape is a phrase.
    expect(extract("وأكد أهمية حسن الجوار بين البلدين.").persons).toEqual([]);
  });

  it("never reads a word behind a preposition as a name", () => {
    const { names } = extract(
      "واستقبل الرئيس سمير بن علي للاطلاع على الأوضاع، اليوم، بقصر الضيافة، وزير الخارجية الليبي، فتحي المنصوري، الذي يؤدي زيارة إلى تونس.",
      "TN",
    );
    expect(names).toEqual(["سمير بن علي", "فتحي المنصوري"]);
  });
});

describe("Arabic meetings and visits across clauses", () => {
  it("gives a visit told in a relative clause to the person the clause hangs on", () => {
    const { pairs, visits } = extract(
      "استقبل الرئيس سمير بن علي وزير الخارجية الليبي، فتحي المنصوري، الذي يؤدي زيارة إلى تونس كمبعوث خاص.",
      "TN",
    );
    expect(pairs("Meeting")).toEqual(["سمير بن علي + فتحي المنصوري"]);
    expect(visits).toEqual(["فتحي المنصوري > country:TN"]);
  });

  it("gives 'الوزير الضيف' to the one who visits", () => {
    const { pairs } = extract(
      "وصل وزير الخارجية الألماني تافور كيشين إلى بيروت اليوم في زيارة رسمية. واستقبل رئيس مجلس النواب غيديون كاربوف الوزير الضيف في عين التينة.",
      "LB",
    );
    expect(pairs("Meeting")).toEqual(["تافور كيشين + غيديون كاربوف"]);
  });

  it("gives 'الضيفة' with a nationality to the woman who visits", () => {
    const { pairs } = extract(
      "أجرى الرئيس الصيني تافور كيشين محادثات مع الرئيسة التنزانية سامية كاربوف، التي تقوم بزيارة دولة إلى الصين. والتقى رئيس مجلس الدولة الصيني لي كوانتشو الضيفة التنزانية.",
      "CN",
    );
    expect(pairs("Meeting").sort()).toEqual(["تافور كيشين + سامية كاربوف", "سامية كاربوف + لي كوانتشو"]);
  });

  it("reads a title after 'وهو' as the one named before the comma, not as someone met", () => {
    const { pairs } = extract(
      "وعقد تافور كيشين، وهو أيضا عضو المكتب السياسي للحزب، جلسة مباحثات مع نظيره التنزاني غيديون كاربوف.",
      "CN",
    );
    expect(pairs("Meeting")).toEqual(["تافور كيشين + غيديون كاربوف"]);
  });

  it("reads an arrival at an airport no list places as a visit to where the article was filed", () => {
    const { visits } = extract(
      "الرباط 3 مايو 2025 (وكالة) - بدأت اليوم أعمال الاجتماع. وكان وزير الخارجية الجزائري تافور كيشين قد وصل إلى مطار نورين الدولي مساء أمس. ووصل وزير الداخلية المغربي غيديون كاربوف إلى مطار نورين الدولي.",
      "MA",
    );
    // To the dateline's city (Rabat), for the foreign minister only: the Moroccan one is at home.
    expect(visits.map((v) => v.replace(/place:\w+/, "place"))).toEqual(["تافور كيشين > place"]);
  });

  it("gives a visit told with a dual verb to both subjects joined by و before it", () => {
    const { visits } = extract(
      "وصل وزير الخارجية الجزائري تافور كيشين ووزير الخارجية التونسي غيديون كاربوف إلى القاهرة. وكان كيشين وكاربوف قد وصلا إلى المغرب مساء أمس.",
      "EG",
    );
    expect(visits.filter((v) => v.endsWith("country:MA")).sort()).toEqual([
      "تافور كيشين > country:MA",
      "غيديون كاربوف > country:MA",
    ]);
  });

  it("makes a summit between several leaders one meeting of them all, each with the country of their title", () => {
    const { persons, pairs } = extract(
      "عقدت في القاهرة قمة ثلاثية بين الرئيس سليم القاسمي، والملك عبد الله الثالث بن فهد عاهل المملكة الأردنية الهاشمية، وعادل عبد الرزاق رئيس وزراء الجمهورية العراقية.",
      "EG",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["سليم القاسمي", "EG"],
      ["عادل عبد الرزاق", "IQ"],
      ["عبد الله الثالث بن فهد", "JO"],
    ]);
    expect(pairs("Meeting")).toEqual(["سليم القاسمي + عادل عبد الرزاق + عبد الله الثالث بن فهد"]);
  });

  it("takes a summit named only as a venue for no meeting of its own", () => {
    const { pairs } = extract(
      "التقى الملك عبد الله الثالث بن فهد، على هامش أعمال القمة العربية المنعقدة في الرياض، الرئيس سليم القاسمي رئيس الجمهورية التونسية.",
      "JO",
    );
    expect(pairs("Meeting")).toEqual(["سليم القاسمي + عبد الله الثالث بن فهد"]);
  });

  it("leaves those who only attended out of the meeting, and reads the counterpart as the one who acts", () => {
    const { pairs } = extract(
      "استقبل وزير الخارجية التونسي منير بن صالح أمس وزير الخارجية الروسي سيرغي بافلوف، ونقل بافلوف تحيات الرئيس الروسي إيغور سيدوروف. من جهة ثانية، عقد الوزير منير بن صالح جلسة مباحثات مع نظيره الروسي، بحضور عادل النجار وزير الدولة.",
    );
    expect(pairs("Meeting")).toEqual(["سيرغي بافلوف + منير بن صالح"]);
  });
});

describe("Arabic meetings told in the first person", () => {
  it("gives a meeting said in a quotation ('التقيت X') to the one quoted", () => {
    const { pairs } = extract(
      'وقال وزير الخارجية الإيراني حسن كاظمي إن الزيارة كانت مفيدة. وتابع: "وصلت في الثامنة صباحا وفي التاسعة التقيت سالم الحارثي وزير الخارجية العماني".',
    );
    expect(pairs("Meeting")).toEqual(["حسن كاظمي + سالم الحارثي"]);
  });
});

describe("Arabic receptions and ranks", () => {
  it("reads 'وكان X في استقبال Y' as X receiving Y", () => {
    const { pairs } = extract(
      "وكان وزير الخارجية الفرنسي جان مارتان في استقبال المشير سالم العبيدي قائد الجيش الليبي.",
    );
    expect(pairs("Meeting")).toEqual(["جان مارتان + سالم العبيدي"]);
  });

  it("keeps a rank out of the titles and out of the outlet's country", () => {
    const { persons } = extract("والتقى الرئيس الفرنسي جان مارتان المشير سالم العبيدي في باريس.", "EG");
    const marshal = persons.find((p) => p.name === "سالم العبيدي");
    expect(marshal?.titles).toEqual([]);
    expect(marshal?.country).not.toBe("EG");
  });
});

describe("Arabic visits with company", () => {
  it("counts those who travel with the visitor as visitors too", () => {
    const { visits } = extract(
      "وكان الرئيس سليم القاسمي قد توجه إلى العاصمة الكينية نيروبي برفقة وفد رفيع المستوى ضم وزير الخارجية كمال الحسني.",
    );
    expect(visits.map((v) => v.split(" > ")[0]).sort()).toEqual(["سليم القاسمي", "كمال الحسني"]);
  });

  it("adds no companion when no word of company is there", () => {
    const { visits } = extract(
      "وكان الرئيس سليم القاسمي قد توجه إلى العاصمة الكينية نيروبي حيث التقى وزير الخارجية كمال الحسني.",
    );
    expect(visits.map((v) => v.split(" > ")[0])).toEqual(["سليم القاسمي"]);
  });
});

describe("Arabic long and foreign names after a title", () => {
  it("keeps a frequent word inside a name when unknown name words follow it", () => {
    const { persons, pairs } = extract(
      "التقى الرئيس الأمريكي، جون ميلر، اليوم، بنظيره البرازيلي، سيما دا كوستا، على هامش القمة. وأكد الرئيس البرازيلي لويس ماريو سيما دا كوستا أهمية العلاقات.",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["جون ميلر", "US"],
      ["لويس ماريو سيما دا كوستا", "BR"],
    ]);
    expect(pairs("Meeting")).toEqual(["جون ميلر + لويس ماريو سيما دا كوستا"]);
  });

  it("does not stretch a name over a frequent word that only ordinary words follow", () => {
    const { names } = extract("ورئيس مؤسسة الصناعات الدفاعية كمال أوزتورك، ومدير الدائرة فخر الدين يلدز.");
    expect(names).toEqual(["فخر الدين يلدز", "كمال أوزتورك"]);
  });

  it("takes no name from a frequent word after a title when the name does not go on", () => {
    expect(extract("وقال الوزير ستسهم في توسيع التعاون بين البلدين.").persons).toEqual([]);
  });

  it("reads a caretaker government's head with his title whole", () => {
    const { persons } = extract("وكان في استقباله رئيس حكومة تصريف الأعمال اللبناني سليم حداد.");
    expect(persons.map((p) => [p.name, p.country])).toEqual([["سليم حداد", "LB"]]);
  });

  it("reads a demonym as the third word of a name as a family name, naming no country", () => {
    const { persons, patch } = extract(
      "استقبل رئيس الوزراء العراقي محمد كاظم الليبي اليوم في بغداد وزير الخارجية الأردني سمير الخطيب.",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["سمير الخطيب", "JO"],
      ["محمد كاظم الليبي", "IQ"],
    ]);
    const countries = patch.entities.filter((e) => e.type === "Country").map((e) => e.country);
    expect(countries.sort()).toEqual(["IQ", "JO"]);
  });

  it("reads a visit verb after a preposition as the noun it is", () => {
    const { visits } = extract(
      "وقال وزير الخارجية البرازيلي كارلوس بيريرا إن الرئيس البرازيلي مستعد للمساعدة في حل الوضع المحيط بفنزويلا.",
    );
    expect(visits).toEqual([]);
  });
});

describe("Arabic spellings of one surname", () => {
  it("joins an ending written apart ('علكبر اوف') and merges it with the usual spelling", () => {
    const { persons } = extract(
      "استقبل الرئيس الأذربيجاني رستم علكبر اوف في باكو الوزير الإيراني مهدي كاظمي. وأكد علكبروف أهمية العلاقات.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["رستم علكبر اوف", "مهدي كاظمي"]);
    expect(persons.find((p) => p.name === "رستم علكبر اوف")?.aliases).toContain("علكبروف");
  });

  it("keeps a long name whole when a verb follows it", () => {
    const { names } = extract("بأن الرئيس البرازيلي لويس ماريو سيما دا كوستا أبدى استعداده للوساطة.");
    expect(names).toEqual(["لويس ماريو سيما دا كوستا"]);
  });
});

describe("Arabic countries as the gazetteer names them", () => {
  it("keeps no clitic on a country's name", () => {
    const { patch } = extract(
      "وصل وزير الخارجية كمال الحسني إلى يريفان بعد زيارته لأرمينيا، وَجمهورية أذربيجان. وأكد دعم بلاده لإيران.",
    );
    const aliases = Object.fromEntries(
      patch.entities.filter((e) => e.type === "Country").map((e) => [e.country, e.aliases]),
    );
    expect(aliases).toMatchObject({ AM: ["أرمينيا"], AZ: ["جمهورية أذربيجان"], IR: ["إيران"] });
  });
});

describe("Arabic people named again", () => {
  it("reads a title with a first name as the titled person named in full before", () => {
    const { persons } = extract(
      "استقبل خادم الحرمين الشريفين الملك مازن بن سعود الوزير الروسي سيرغي بافلوف. وأبدى الملك مازن تحياته للرئيس الروسي.",
      "GB",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["سيرغي بافلوف", "RU"],
      ["مازن بن سعود", "SA"],
    ]);
  });
});

describe("Arabic Maghreb wire shapes", () => {
  it("'بجمهورية مالي، X' names the minister of Mali, though 'مالي' alone is a common word", () => {
    const { persons } = extract(
      "الرباط - أجرى وزير الخارجية المغربي ناصر الحداد اليوم مباحثات مع وزير الشؤون الخارجية بجمهورية مالي، عبد الله كوليبالي، الذي يقوم بزيارة عمل إلى المملكة.",
      "MA",
    );
    expect(persons.map((p) => [p.name, p.country])).toContainEqual(["عبد الله كوليبالي", "ML"]);
  });

  it.each([
    ["حلا بالعاصمة", "a dual verb of arriving and 'the capital' with the preposition on it"],
    ["وصلا إلى العاصمة", "the capital after a separate preposition"],
  ])("'اللذين %s' is a visit of both to the outlet's country (%s)", (arrival) => {
    const { visitsTo } = extract(
      "الرباط - استقبل وزير الخارجية المغربي ناصر الحداد اليوم وزير خارجية النيجر باكاري سالم ووزير خارجية تشاد عمر كاكا، " +
        `اللذين ${arrival} مساء أمس.`,
      "MA",
    );
    expect(visitsTo.sort()).toEqual(["باكاري سالم > MA", "عمر كاكا > MA"]);
  });

  it("'نظيره المغربي' is not a member of the visiting delegation only presumed of the outlet's country", () => {
    const { persons } = extract(
      "الرباط - أجرى وزير الخارجية المغربي ناصر الحداد اليوم مباحثات مع وزير خارجية النيجر باكاري سالم، الذي يقوم بزيارة عمل إلى المملكة على رأس وفد يضم وزير المالية عمر كاكا. " +
        "ووجه سالم دعوة إلى نظيره المغربي لزيارة نيامي.",
      "MA",
    );
    expect(persons.map((p) => [p.name, p.country])).toContainEqual(["عمر كاكا", "NE"]);
  });
});

describe("Arabic counterparts and clause-final surnames", () => {
  it("'نظيره الصومالي' of a foreign minister is the Somali foreign minister, not the Somali president", () => {
    const { pairs } = extract(
      "القاهرة - استقبل الرئيس المصري كريم حمدي اليوم الرئيس الصومالي حسن عبدي نور، ويرافقه وزير الخارجية الصومالي عبد السلام فارح. " +
        "وكان وزير الخارجية المصري سامي البكوش قد عقد مساء أمس جلسة مباحثات مع نظيره الصومالي.",
      "EG",
    );
    expect(pairs("Meeting")).toContain("سامي البكوش + عبد السلام فارح");
    expect(pairs("Meeting")).not.toContain("حسن عبدي نور + سامي البكوش");
  });

  it("a third word a title announced that ends the clause and reads as a word only with a clitic is the surname", () => {
    const { persons } = extract(
      "تلقى الرئيس المصري كريم حمدي اتصالا هاتفيا من الرئيس الجيبوتي سعيد آدم جيله.",
      "EG",
    );
    expect(persons.map((p) => p.name)).toContain("سعيد آدم جيله");
  });

  it.each(["بمناسبة زيارتها الرسمية للبلاد", "في زيارة رسمية للبلاد"])(
    "'%s' is a visit to the outlet's country (the preposition took the article's alef)",
    (visit) => {
      const { visitsTo } = extract(
        `استقبل ولي العهد الشيخ ناصر الحمدان أمس وزيرة خارجية الفلبين ماريا سانتوس ${visit}.`,
        "KW",
      );
      expect(visitsTo).toEqual(["ماريا سانتوس > KW"]);
    },
  );

  it.each(["يؤكدان", "يبحثان", "يبحثون", "يترأسان"])(
    "a headline's verb in the dual or plural ('%s') is no part of the name before it",
    (verb) => {
      const { names } = extract(`حمدي وسامي محمود ${verb} تعزيز التعاون الثنائي`, "EG");
      expect(names.some((n) => n.includes(verb))).toBe(false);
    },
  );

  it("a surname shaped like such a verb but too short for one stays ('سامي يونان')", () => {
    const { names } = extract("التقى الرئيس كريم حمدي الوزير سامي يونان في القاهرة", "EG");
    expect(names).toContain("سامي يونان");
  });

  it("a surname that is also a demonym is the person after 'وكان', and stays a demonym after a title", () => {
    const { visitsTo, persons } = extract(
      "بغداد - استقبل رئيس الوزراء محمد جاسم السوداني وزير الخارجية الإيراني حامد كريمي. " +
        "وقال كريمي إن العلاقات متينة. وكان السوداني قد زار طهران في كانون الثاني الماضي. " +
        "والتقى الرئيس السوداني عمر حسن الطيب.",
      "IQ",
    );
    expect(visitsTo).toEqual(["محمد جاسم السوداني > IR"]);
    expect(persons.map((p) => [p.name, p.country])).toContainEqual(["عمر حسن الطيب", "SD"]);
  });

  it("'حيث التقى X، وأجرى مباحثات مع Y': the second verb is the visitor's too, not X's", () => {
    const { pairs } = extract(
      "بغداد - وكان رئيس الوزراء محمد جاسم الحمداني قد زار طهران في كانون الثاني الماضي، حيث التقى المرشد الإيراني حسن رضائي، وأجرى مباحثات مع الرئيس الإيراني كاظم نوري.",
      "IQ",
    );
    expect(pairs("Meeting").sort()).toEqual([
      "حسن رضائي + محمد جاسم الحمداني",
      "كاظم نوري + محمد جاسم الحمداني",
    ]);
  });

  it("'فيما ضم الوفد الصومالي X، وزير الخارجية': the member made the Somali visit, his name whole after 'عبد'", () => {
    const { visitsTo } = extract(
      "استقبل الرئيس المصري كريم حمدي اليوم الرئيس الصومالي نائل شيخ عبدي، الذي يزور مصر على رأس وفد رفيع المستوى. " +
        "وحضر اللقاء من الجانب المصري وزير الخارجية سامي عبد الحليم، فيما ضم الوفد الصومالي عبد السلام فارح، وزير الخارجية.",
      "EG",
    );
    expect(visitsTo.sort()).toEqual(["عبد السلام فارح > EG", "نائل شيخ عبدي > EG"]);
  });

  it("'ويرافق الوزيرة X، الذي اجتمع مع Y، بحضور Z': only X made the visit, not those X met or who attended", () => {
    const { visitsTo } = extract(
      "وصلت وزيرة خارجية الفلبين ماريا سانتوس إلى البلاد أمس. ويرافق الوزيرة في زيارتها وزير العمال هانز ريفيرا، " +
        "الذي اجتمع مع وزير الداخلية الشيخ ناصر الحمدان، بحضور وزيرة الشؤون الاجتماعية الدكتورة هند العتيبي.",
      "KW",
    );
    expect(visitsTo.sort()).toEqual(["ماريا سانتوس > KW", "هانز ريفيرا > KW"]);
  });

  it.each([
    "في مستهل زيارته إلى اليابان",
    "خلال زيارة رسمية إلى اليابان",
    "في مستهل زيارة رسمية يقوم بها إلى اليابان",
  ])("'أجرى X مباحثات مع نظيره الياباني Y، %s': X visits Japan, not Y", (visit) => {
    const { visitsTo } = extract(
      `أجرى وزير الخارجية العراقي سالم الحمداني أمس مباحثات مع نظيره الياباني كينجي ساتو، ${visit}.`,
      "IQ",
    );
    expect(visitsTo).toEqual(["سالم الحمداني > JP"]);
  });

  it("a title's dual verb after a nationality names nobody ('والرئيس الإندونيسي يترأسان')", () => {
    const { names } = extract("ولي العهد والرئيس الإندونيسي يترأسان الاجتماع الثاني لمجلس التنسيق", "SA");
    expect(names).toEqual([]);
  });

  it("'صباح غد' is tomorrow morning, not a person named after a title", () => {
    const patch = extractArticle(
      "ومن المرتقب أن يستقبل الوزير الأول، نبيل قاسمي، الضيف الإيطالي صباح غد الأربعاء.",
      { language: "ar", id: "t", sourceCountry: "DZ", publishedAt: "2025-11-18" },
    );
    expect(patch.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["نبيل قاسمي"]);
  });

  it.each(["بمطار الملك عبدالعزيز الدولي", "في جامعة الملك سعود"])(
    "'%s' names a place, not a king",
    (facility) => {
      const { names } = extract(
        `وكان الرئيس الإندونيسي بودي سانتوسو قد وصل إلى جدة مساء أمس، وكان في استقباله ${facility} الأمير نايف بن مرزوق.`,
        "SA",
      );
      expect(names).toEqual(["بودي سانتوسو", "نايف بن مرزوق"]);
    },
  );

  it("'لفخامته' (to His Excellency) after a title is nobody's name", () => {
    const { names } = extract("وحمّله ولي العهد تحيات خادم الحرمين الشريفين لفخامته.", "SA");
    expect(names).toEqual([]);
  });
});
