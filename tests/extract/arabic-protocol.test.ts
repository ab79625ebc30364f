// Arabic shapes of protocol copy (Gulf, Maghreb and Levant outlets) found in unseen wire news: lineage names
// shortened, portfolios joined by "و", names a title or a facility frames, companions in a delegation, and a
// place two countries share. Sentences written for this test; the people are invented.
import { describe, expect, it } from "vitest";
import { extract } from "./arabic-reader.ts";

const names = (text: string, country?: string) =>
  extract(text, country).persons.map((p) => `${p.name} ${p.country ?? "-"}`);

describe("Arabic: names and their edges", () => {
  it("'رئيس مجلس النواب الليبي عقيلة سالم': a spouse's word before a name is the given name", () => {
    expect(names("التقى رئيس مجلس النواب الليبي عقيلة سالم رئيس المجلس الأعلى للدولة محمد كريكش.")).toEqual(
      expect.arrayContaining(["عقيلة سالم LY"]),
    );
  });

  it("'X، عقيلة الرئيس القبرصي': before what it is said of, the spouse's word is still a title", () => {
    expect(names("وحضرت اللقاء ماريا لوكاس، عقيلة الرئيس القبرصي.")).toEqual(["ماريا لوكاس CY"]);
  });

  it("'مع سالم وكريكش': a known name, then 'و' on another known name, is two people", () => {
    const { pairs } = extract(
      "اجتمع رئيس مجلس النواب الليبي عقيلة سالم ورئيس المجلس الأعلى للدولة محمد كريكش. وعقد اللواء حسن الدباغ لقاءين منفصلين مع سالم وكريكش.",
    );
    expect(pairs("Meeting").sort()).toEqual([
      "حسن الدباغ + عقيلة سالم",
      "حسن الدباغ + محمد كريكش",
      "عقيلة سالم + محمد كريكش",
    ]);
  });

  it("'رئيس حكومة موحدة تشرف على …': a feminine adjective after its noun is no name", () => {
    expect(names("ودعا إلى اختيار رئيس حكومة موحدة تشرف على الانتخابات.")).toEqual([]);
  });

  it("'رئيس حكومة الوحدة الوطنية X تحفظه على …': the verb's object after the name ends it", () => {
    expect(names("أبدى رئيس حكومة الوحدة الوطنية عبد الرحيم الزواوي تحفظه على لقاء القاهرة.")).toEqual([
      "عبد الرحيم الزواوي -",
    ]);
  });

  it("a body in quotation marks inside a title ('لقوات \"القيادة العامة\" X')", () => {
    const { visitsTo } = extract(
      'وصل نائب القائد العام لقوات "القيادة العامة" كمال الفيتوري إلى القاهرة.',
      "EG",
    );
    expect(visitsTo).toEqual(["كمال الفيتوري > EG"]);
  });

  it("'خالد بن فاضل الإبراهيم': after the father's name, the article on a given name is the family name", () => {
    expect(names("وحضر اللقاء وزير الاقتصاد والتخطيط خالد بن فاضل الإبراهيم.", "SA")).toEqual([
      "خالد بن فاضل الإبراهيم -",
    ]);
  });

  it("'الرئيس الإندونيسي السابق أغوس ويداريانتو': 'و' on no word goes on a name a title announced", () => {
    expect(names("وافتتح المسجد بحضور الرئيس الإندونيسي السابق أغوس ويداريانتو.")).toEqual([
      "أغوس ويداريانتو ID",
    ]);
  });

  it("'مسجد الشيخ سالم الكبير', 'بن سلطان جامعة القاهرة': a facility's name is no person", () => {
    expect(names("وزار الوزير مسجد الشيخ سالم الكبير في مدينة سولو.", "ID")).toEqual([]);
    expect(names("وزار الشيخ سالم بن سلطان جامعة القاهرة.", "EG")).toEqual(["سالم بن سلطان -"]);
  });

  it("'الوزير الأول، السيد X، الوزير النيجيري': the title after a name set between commas is someone else's", () => {
    const { persons, pairs } = extract(
      "وصل وزير الخارجية النيجيري يوسف بابا إلى الجزائر أمس. ومن المنتظر أن يستقبل الوزير الأول، السيد أحمد بلعيد، الوزير النيجيري غدا.",
      "DZ",
    );
    expect(persons.map((p) => `${p.name} ${p.country ?? "-"}`).sort()).toEqual([
      "أحمد بلعيد DZ",
      "يوسف بابا NG",
    ]);
    // The reception is planned: the one he will receive is the Nigerian named before.
    expect(pairs("Meeting")).toEqual(["أحمد بلعيد + يوسف بابا"]);
  });
});

describe("Arabic: one person named long and short", () => {
  it("'الشيخ سعيد بن خليفة' after 'الشيخ سعيد بن خليفة آل سالم' is that person, not his son", () => {
    const { persons, pairs } = extract(
      "استقبل رئيس الدولة الشيخ سعيد بن خليفة آل سالم الرئيس الإندونيسي أغوس ويداريانتو. وكان في استقبال الضيف ولي العهد الشيخ راشد بن سعيد بن خليفة آل سالم. وأكد الشيخ سعيد بن خليفة أن العلاقات قوية.",
      "AE",
    );
    expect(persons.map((p) => p.name).sort()).toEqual([
      "أغوس ويداريانتو",
      "راشد بن سعيد بن خليفة آل سالم",
      "سعيد بن خليفة آل سالم",
    ]);
    expect(pairs("Meeting")).toContain("أغوس ويداريانتو + سعيد بن خليفة آل سالم");
  });
});

describe("Arabic: titles with their portfolios", () => {
  it.each([
    ["وحضر الاستقبال وزير المناجم والطاقة ألكسندري مورايس.", "ألكسندري مورايس -"],
    ["وحضر الاستقبال وزيرة التخطيط والميزانية سيموني كوستا.", "سيموني كوستا -"],
  ])("%s", (text, person) => {
    expect(names(text)).toEqual([person]);
  });

  it("'لقاء مع نظيره البرازيلي وزير الطاقة Y': the counterpart with a title of his own is the one met", () => {
    const { pairs } = extract(
      "عقد الأمير سالم بن فهد لقاء مع نظيره البرازيلي وزير الطاقة أحمد مورايس.",
      "SA",
    );
    expect(pairs("Meeting")).toEqual(["أحمد مورايس + سالم بن فهد"]);
  });

  it("'بنظيره السنغالي وزير الطاقة والمعادن، السيد X،': the name may stand between commas", () => {
    const { pairs } = extract(
      "التقى وزير الطاقة، السيد محمد ولد سالم، بنظيره السنغالي وزير الطاقة والنفط والمعادن، السيد عمر سليمان ندياي، أمس.",
      "MR",
    );
    expect(pairs("Meeting")).toEqual(["عمر سليمان ندياي + محمد ولد سالم"]);
  });
});

describe("Arabic: who travelled with whom", () => {
  const ARRIVAL =
    "بحث رئيس الدولة الشيخ سعيد بن خليفة مع الرئيس الإندونيسي أغوس ويداريانتو، الذي وصل إلى أبوظبي مساء الثلاثاء، سبل التعاون. ";

  it("'X، الذي يرافق الرئيس Y في زيارته': Y's visit, not a visit recalled in between", () => {
    const { visitsTo } = extract(
      ARRIVAL +
        "وتأتي الزيارة بعد عام على الزيارة التي قام بها الشيخ سعيد بن خليفة إلى جاكرتا. " +
        "كما التقت وزيرة الدولة مريم الكعبي وزير الاستثمار الإندونيسي بودي سانتوسو، الذي يرافق الرئيس ويداريانتو في زيارته.",
      "AE",
    );
    expect(visitsTo).toContain("بودي سانتوسو > AE");
    expect(visitsTo).not.toContain("بودي سانتوسو > ID");
  });

  it("'X، وY، ضمن الوفد المرافق للرئيس Z': both travelled with Z", () => {
    const { visitsTo } = extract(
      ARRIVAL +
        "وحضر المباحثات من الجانب الإندونيسي وزير الخارجية سوديرمان، ووزير الاستثمار بودي سانتوسو، ضمن الوفد المرافق للرئيس ويرانتو.",
      "AE",
    );
    expect(visitsTo.sort()).toEqual(["أغوس ويداريانتو > AE", "بودي سانتوسو > AE", "سوديرمان > AE"]);
  });
});

describe("Arabic: a place two countries name alike", () => {
  it.each([
    ["وصل وزير الخارجية التركي أوزان قايا إلى ليبيا في جولة ليبية شملت بنغازي وطرابلس.", "LY"],
    ["وصل وزير الخارجية التركي أوزان قايا إلى لبنان في جولة شملت صيدا وطرابلس.", "LB"],
  ])("%s", (text, country) => {
    const { patch } = extract(text, "TR");
    const tripoli = patch.entities.find((e) => e.type === "Place" && e.name.endsWith("طرابلس"));
    expect(tripoli?.country).toBe(country);
  });
});

describe("Arabic: light words", () => {
  it("'لقاءين منفصلين', 'حسن نية': a dual of a meeting noun and a phrase of good faith are no names", () => {
    expect(
      names('وعقد اللواء حسن الدباغ لقاءين منفصلين مع الطرفين اللذين أبديا "حسن نية" في الجلسة.', "EG"),
    ).toEqual(["حسن الدباغ -"]);
  });
});

describe("Arabic: the holder named after the body of the title, between commas", () => {
  it("'وزير الشؤون الخارجية لجمهورية نيجيريا الفيدرالية، X،': X is that minister, whatever his given name", () => {
    const { persons, visitsTo } = extract(
      "استقبل رئيس الجمهورية، السيد عبد المجيد بشيروف، اليوم الأحد، وزير الشؤون الخارجية لجمهورية نيجيريا الفيدرالية، كيشين مايتاما علكبروف، الذي يقوم بزيارة عمل إلى الجزائر.",
      "DZ",
    );
    expect(persons.map((p) => `${p.name} ${p.country}`)).toContain("كيشين مايتاما علكبروف NG");
    expect(visitsTo).toEqual(["كيشين مايتاما علكبروف > DZ"]);
  });
});

describe("Arabic: bylines", () => {
  it.each([
    ["كتب سامي عبد الرحيم", "سامي عبد الرحيم"],
    ["كتب - سامي عبد الرحيم", "سامي عبد الرحيم"],
    ["بقلم: منير بنعيسى", "منير بنعيسى"],
    ["الجزائر: أمين بلقاسمي", "أمين بلقاسمي"],
    ["القاهرة ــ هالة المنياوي", "هالة المنياوي"],
    ["بغداد - طوكيو: مهند الربيعي", "مهند الربيعي"],
  ])("'%s' names the writer", (line, writer) => {
    const { persons } = extract(`الرئيس يستقبل ضيفه\n\n${line}\n\nاستقبل الرئيس اليوم ضيفه.`);
    expect(persons.map((p) => p.name)).toContain(writer);
  });

  it.each(["القاهرة - أ ش أ", "الرياض - واس", "القاهرة - الخرطوم"])("'%s' names no one", (line) => {
    expect(extract(`${line}\n\nاستقبل الرئيس اليوم ضيفه.`).persons).toEqual([]);
  });

  it("'يوقع الوزيران مذكرة تفاهم': a memorandum after a dual title is no name", () => {
    expect(extract("ومن المقرر أن يوقع الوزيران مذكرة تفاهم بشأن المشاورات السياسية.").persons).toEqual([]);
  });
});

describe("Arabic: receptions and recalled visits of unseen wire copy", () => {
  it("'وزير أوروبا والشؤون الخارجية الفرنسي X': the holder named after the body takes its nationality", () => {
    expect(
      names(
        "استقبل ولي العهد الأمير سالم بن فهد، الثلاثاء، وزير أوروبا والشؤون الخارجية الفرنسي جان لوك موران.",
        "SA",
      ),
    ).toContain("جان لوك موران FR");
  });

  it("'المبعوث الشخصي للرئيس الفرنسي إلى لبنان X': the principal belongs to the envoy's title", () => {
    const { persons, visitsTo } = extract(
      "استقبل ولي العهد الأمير سالم بن فهد وزير الخارجية الفرنسي جان لوك موران، الذي وصل إلى المملكة مساء الاثنين. وجرى ذلك بحضور وزير الدولة مبعوث شؤون المناخ عادل الزهراني. ويرافق الوزير الفرنسي في زيارته المبعوث الشخصي للرئيس الفرنسي إلى لبنان بيير لافوريه، الذي حضر الاستقبال أيضاً.",
      "SA",
    );
    expect(visitsTo).toHaveLength(2);
    expect(visitsTo).toEqual(expect.arrayContaining(["بيير لافوريه > SA", "جان لوك موران > SA"]));
    expect(persons.find((p) => p.name === "عادل الزهراني")?.country ?? null).not.toBe("FR");
  });

  it("'زيارة الدولة التي أجراها X إلى المملكة، والتي التقى خلالها ولي العهد': X visited and met the crown prince", () => {
    const { visitsTo, pairs } = extract(
      "وتأتي الزيارة بعد عام على زيارة الدولة التي أجراها الرئيس الفرنسي إيمانويل دوران إلى المملكة، والتي التقى خلالها ولي العهد الأمير سالم بن فهد.",
      "SA",
    );
    expect(visitsTo).toEqual(["إيمانويل دوران > SA"]);
    expect(pairs("Meeting")).toEqual(["إيمانويل دوران + سالم بن فهد"]);
  });

  it("'وصل X إلى بغداد في زيارة رسمية، يرافقه Y': Y makes the visit of the same sentence", () => {
    const { visitsTo } = extract(
      "وصل وزير الخارجية التركي أوزان قايا إلى بغداد، صباح أمس، في زيارة رسمية هي الثانية له خلال أقل من عام، يرافقه وزير الطاقة والموارد الطبيعية ألب أرسلان دمير، وسط ترقب عراقي.",
      "IQ",
    );
    expect(visitsTo).toHaveLength(2);
    expect(visitsTo).toEqual(expect.arrayContaining(["أوزان قايا > IQ", "ألب أرسلان دمير > IQ"]));
  });

  it("'واستقبل X، الذي تتولى حكومته …، الوزير التركي': a relative clause after the subject is an aside", () => {
    const { pairs } = extract(
      "وصل وزير الخارجية التركي أوزان قايا إلى بغداد. واستقبل رئيس مجلس الوزراء محمد علي الحسني، الذي تتولى حكومته تصريف الأمور اليومية، الوزير التركي والوفد المرافق له.",
      "IQ",
    );
    expect(pairs("Meeting")).toEqual(["أوزان قايا + محمد علي الحسني"]);
  });

  it("'بغداد/ X': a byline after a slash", () => {
    expect(names("عنوان\n\nبغداد/ مهند الربيعي\n\nوصل الوزير اليوم.")).toEqual(["مهند الربيعي -"]);
  });
});
