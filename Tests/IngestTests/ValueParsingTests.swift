import Ingest
import Storage
import Testing

@Suite("Value parsing: numbers, periods and terms")
struct ValueParsingTests {
    @Test("accepted number forms", arguments: [
        ("2450000", 2_450_000.0, nil as String?),
        ("2,450,000", 2_450_000, nil),
        ("2.45 million", 2_450_000, nil),
        ("12.3 million", 12_300_000, nil),
        ("150 billion", 150_000_000_000, nil),
        ("1.4e6", 1_400_000, nil),
        ("2.4m", 2_400_000, nil),
        ("150bn", 150_000_000_000, nil),
        ("-11", -11, nil),
        ("5.4", 5.4, nil),
        ("12%", 12, "percent"),
        ("US$236 billion", 236_000_000_000, "USD"),
        ("$32 billion", 32_000_000_000, "USD"),
        (" 41 ", 41, nil),
        ("10,000", 10_000, nil),
        ("-US$5 billion", -5_000_000_000, "USD"),
        ("\u{2212}US$5 bn", -5_000_000_000, "USD"),
        ("US$-5 billion", -5_000_000_000, "USD"),
        ("+25%", 25, "percent"),
        ("+5", 5, nil),
        ("1 234 567", 1_234_567, nil),
        ("1\u{A0}234\u{A0}567", 1_234_567, nil),
        ("1\u{202F}234\u{202F}567", 1_234_567, nil),
        ("3 000", 3_000, nil),
        ("1 234.5", 1_234.5, nil),
        ("\u{2212}1 234", -1_234, nil),
        ("2 450 million", 2_450_000_000, nil),
        ("236 billion USD", 236_000_000_000, "USD"),
        ("236 billion usd", 236_000_000_000, "USD"),
        ("236bn USD", 236_000_000_000, "USD"),
        ("236 billion US$", 236_000_000_000, "USD"),
        ("2 million US dollars", 2_000_000, "USD"),
        ("USD 236 billion", 236_000_000_000, "USD"),
        ("US$ 1 234", 1_234, "USD"),
        // A dollar sign before or after the number is a US dollar, as a trailing USD is.
        ("$150 billion", 150_000_000_000, "USD"),
        ("US$ 150 billion", 150_000_000_000, "USD"),
        ("us$150", 150, "USD"),
        ("150 billion $", 150_000_000_000, "USD"),
    ])
    func numbers(text: String, expected: Double, unit: String?) throws {
        let parsed = try NumberParser.parse(text)
        #expect(parsed.value == expected)
        #expect(parsed.impliedUnit == unit)
        #expect(!parsed.isCensored)
    }

    @Test("a number with a multiplier word is the decimal it says, not a binary product: 8.2 million is 8,200,000 exactly")
    func exactMultiples() throws {
        var wrong: [String] = []
        for hundredths in 1...9_999 {
            let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) million"
            if try NumberParser.parse(text).value != Double(hundredths * 10_000) { wrong.append(text) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, e.g. \(wrong.prefix(3))")
        #expect(try NumberParser.parse("US$8.2 billion").value == 8_200_000_000)
        #expect(try NumberParser.parse("1.4e2 thousand").value == 140_000)
        #expect(try NumberParser.parse("0.3 k").value == 300)
        #expect(NumberParser.scaled(1e300, byPowerOfTen: 9) == .infinity)  // out of range: refused by parse
        #expect(NumberParser.scaled(8.2, byPowerOfTen: 3) == 8_200)
        #expect(try NumberParser.parse("1.00000000000001 million").value == 1_000_000.00000001)
        #expect(throws: NumberParser.Failure.self) { try NumberParser.parse("1.0000000000000001111 million") }  // 20 digits: not kept
        #expect(throws: NumberParser.Failure.self) { try NumberParser.parse("1e300 billion") }
    }

    @Test("censored counts keep their bound and never become 0 or k", arguments: [("<5", 4.0), ("< 11", 10.0), ("<2", 1.0)])
    func censored(text: String, bound: Double) throws {
        let parsed = try NumberParser.parse(text)
        #expect(parsed.value == nil)
        #expect(parsed.censoredBelow == bound)
        #expect(parsed.isCensored)
    }

    @Test("typographic spaces and minus signs read as what they look like; a censored count may group its digits", arguments: [
        ("2.45\u{A0}million", 2_450_000.0 as Double?, nil as Double?),
        ("2.45\u{202F}million", 2_450_000.0, nil),
        ("\u{2212}5", -5.0, nil),
        ("<1,000", nil, 999.0),
        ("<1 000", nil, 999.0),
        ("<1\u{A0}000", nil, 999.0),
        ("< 5", nil, 4.0),
    ] as [(String, Double?, Double?)])
    func typographicForms(text: String, value: Double?, censoredBelow: Double?) throws {
        let parsed = try NumberParser.parse(text)
        #expect(parsed.value == value && parsed.censoredBelow == censoredBelow)
    }

    @Test("rejected number forms say what was wrong", arguments: [
        ("about 2 million", "\"about 2 million\" is a rounded number: expected 2 million in value, with the wording kept in quote"),
        ("US$5%", "\"US$5%\" is written both in US dollars and in percent; expected one of them"),
        ("+-5", "\"+-5\" has two signs; expected one, as in -5 or +5"),
        ("--5", "\"--5\" has two signs; expected one, as in -5 or +5"),
        ("-+5", "\"-+5\" has two signs; expected one, as in -5 or +5"),
        ("2.4 zillion", "\"2.4 zillion\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"),
        ("NaN", "\"NaN\" marks a missing number, not a number; expected the cell empty"),
        ("Infinity", "\"Infinity\" is not a number"),
        ("inf", "\"inf\" is not a number"),
        ("1e999", "\"1e999\" is out of range (too large or too small to store)"),
        ("1e-400", "\"1e-400\" is out of range (too large or too small to store)"),
        ("2,45,000", "\"2,45,000\" groups its digits by lakh and crore, as Indian statistics write them; expected 245000 or groups of three digits, such as 245,000"),
        ("1,00,000", "\"1,00,000\" groups its digits by lakh and crore, as Indian statistics write them; expected 100000 or groups of three digits, such as 100,000"),
        ("-12,34,56,789", "\"-12,34,56,789\" groups its digits by lakh and crore, as Indian statistics write them; expected -123456789 or groups of three digits, such as -123,456,789"),
        ("2.4 lakh", "\"2.4 lakh\" counts in lakh, as South Asian statistics write numbers (a lakh is 100,000); expected 240000 or 240,000"),
        ("1.2 crore", "\"1.2 crore\" counts in crore, as South Asian statistics write numbers (a crore is 10,000,000); expected 12000000 or 12,000,000"),
        ("3 Lakhs", "\"3 Lakhs\" counts in lakhs, as South Asian statistics write numbers (a lakh is 100,000); expected 300000 or 300,000"),
        ("1,00,00", "\"1,00,00\" has misplaced thousands separators"),
        ("1,000,00", "\"1,000,00\" has misplaced thousands separators"),
        ("2,5", "\"2,5\" writes the decimal mark as a comma, as Portuguese, Spanish, French and German tables do; expected 2.5 (a point is the decimal mark)"),
        ("0,250,000", "\"0,250,000\" has misplaced thousands separators"),
        ("<1", "\"<1\" is not a censored count"),
        ("<x", "\"<x\" is not a censored count"),
        ("", "empty value; expected a number"),
        ("0x10", "\"0x10\" is not a number"),
        ("1.2.3", "\"1.2.3\" is not a number"),
    ])
    func rejectedNumbers(text: String, message: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test("refused number forms, each with its exact message", arguments: [
        ("2.1-2.7 million", "\"2.1-2.7 million\" is a range; expected its bounds in low and high, each with its scale word (2.1 million and 2.7 million), and value left empty (or the central estimate in value, when the source publishes one)"),
        ("2.1\u{2013}2.7 million", "\"2.1\u{2013}2.7 million\" is a range; expected its bounds in low and high, each with its scale word (2.1 million and 2.7 million), and value left empty (or the central estimate in value, when the source publishes one)"),
        ("2.1 - 2.7 million", "\"2.1 - 2.7 million\" is a range; expected its bounds in low and high, each with its scale word (2.1 million and 2.7 million), and value left empty (or the central estimate in value, when the source publishes one)"),
        ("2 to 3 million", "\"2 to 3 million\" is a range; expected its bounds in low and high, each with its scale word (2 million and 3 million), and value left empty (or the central estimate in value, when the source publishes one)"),
        ("US$2-3 billion", "\"US$2-3 billion\" is a range; expected its bounds in low and high, each with its scale word (US$2 billion and 3 billion), and value left empty (or the central estimate in value, when the source publishes one)"),
        ("100,000-300,000", "\"100,000-300,000\" is a range; expected its bounds in low and high, and value left empty (or the central estimate in value, when the source publishes one)"),
        ("10 000 - 13 000", "\"10 000 - 13 000\" is a range; expected its bounds in low and high, and value left empty (or the central estimate in value, when the source publishes one)"),
        ("50,000+", "\"50,000+\" is a lower bound (50,000 or more); expected one number in value (the value as published), and 50,000 in low when the source calls it a minimum"),
        ("2.5 million+", "\"2.5 million+\" is a lower bound (2.5 million or more); expected one number in value (the value as published), and 2.5 million in low when the source calls it a minimum"),
        // A minimum goes in value and again in low (README, Values), as the Fixtures store "at least 1.4 million".
        ("at least 1.4 million", "\"at least 1.4 million\" is a minimum (1.4 million or more); expected 1.4 million in value (the number as published) and again in low, which marks it a minimum"),
        ("At least US$150 billion", "\"At least US$150 billion\" is a minimum (US$150 billion or more); expected US$150 billion in value (the number as published) and again in low, which marks it a minimum"),
        (">10000", "\">10000\" is a minimum (more than 10000); expected 10000 in value (the number as published) and again in low, which marks it a minimum"),
        ("> 10,000", "\"> 10,000\" is a minimum (more than 10,000); expected 10,000 in value (the number as published) and again in low, which marks it a minimum"),
        (">=5", "\">=5\" is a minimum (5 or more); expected 5 in value (the number as published) and again in low, which marks it a minimum"),
        ("\u{2265}10,000", "\"\u{2265}10,000\" is a minimum (10,000 or more); expected 10,000 in value (the number as published) and again in low, which marks it a minimum"),
        ("more than 40 million", "\"more than 40 million\" is a minimum (more than 40 million); expected 40 million in value (the number as published) and again in low, which marks it a minimum"),
        ("over 10,000", "\"over 10,000\" is a minimum (more than 10,000); expected 10,000 in value (the number as published) and again in low, which marks it a minimum"),
        ("1 23 456", "\"1 23 456\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout"),
        ("1\u{A0}2345", "\"1\u{A0}2345\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout"),
        ("1,234 567", "\"1,234 567\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout"),
        ("US$236 billion USD", "\"US$236 billion USD\" names its currency twice; expected it once, as in US$236 billion or 236 billion USD"),
        ("\u{2212}\u{2212}5", "\"\u{2212}\u{2212}5\" has two signs; expected one, as in -5 or +5"),
        ("236 billion EUR", "\"236 billion EUR\" is in euros (EUR); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes"),
        ("<99999999999999999999999", "\"<99999999999999999999999\" is a censored count too large to store exactly; expected \"<k\" with k at most 2^53 (9007199254740992)"),
        ("<1 00", "\"<1 00\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout"),
        // A decimal comma after a leading 0 was read as a thousands separator: 0,500 per 1,000 stored as 500.
        ("0,500", "\"0,500\" has a decimal comma (no thousands separator follows a leading 0); expected a point as the decimal mark, such as 0.500"),
        ("0,050", "\"0,050\" has a decimal comma (no thousands separator follows a leading 0); expected a point as the decimal mark, such as 0.050"),
        ("-0,5", "\"-0,5\" has a decimal comma (no thousands separator follows a leading 0); expected a point as the decimal mark, such as -0.5"),
        ("US$0,750 billion", "\"US$0,750 billion\" has a decimal comma (no thousands separator follows a leading 0); expected a point as the decimal mark, such as 0.750"),
        ("0,250 million", "\"0,250 million\" has a decimal comma (no thousands separator follows a leading 0); expected a point as the decimal mark, such as 0.250"),
        ("0 500", "\"0 500\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout"),
        ("1e-5x", "\"1e-5x\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"),
    ])
    func refusedNumberMessages(text: String, message: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message == message)
    }

    @Test("another currency or per mille is refused with what to write instead", arguments: [
        ("€150", "euros (€)"),
        ("150 €", "euros (€)"),
        ("150€", "euros (€)"),
        ("-€5", "euros (€)"),
        ("£2.3 million", "pounds sterling (£)"),
        ("¥5 billion", "yen or yuan (¥)"),
        ("₹1,000 crore", "Indian rupees (₹)"),
        ("EUR 150", "euros (EUR)"),
        ("5 chf", "Swiss francs (CHF)"),
        ("A$5 billion", "Australian dollars (A$)"),
        ("5 billion CA$", "Canadian dollars (CA$)"),
        ("R$ 3 million", "Brazilian reais (R$)"),
        ("€2.1-2.7 million", "euros (€)"),
    ])
    func foreignCurrency(text: String, currency: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message == "\"\(text)\" is in \(currency); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes")
    }

    @Test("per mille, per ten thousand and unnamed currencies: each message says what to write", arguments: [
        ("3.2‰", "\"3.2‰\" is per mille (‰), which tipdb does not write in a value; expected the number alone with unit per-1000 (value 3.2, unit per-1000)"),
        ("3.2 ‰", "\"3.2 ‰\" is per mille (‰), which tipdb does not write in a value; expected the number alone with unit per-1000 (value 3.2, unit per-1000)"),
        ("0.5‱", "\"0.5‱\" is per ten thousand (‱), a unit tipdb does not have; expected the rate per 100,000 (ten times the number) with unit per-100000"),
        ("₿5", "\"₿5\" is in a currency other than the US dollar (₿); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes"),
    ])
    func otherSigns(text: String, message: String) {
        let error = #expect(throws: NumberParser.Failure.self) { try NumberParser.parse(text) }
        #expect(error?.message == message)
    }

    @Test("accepted periods", arguments: [
        ("2016", "2016", "2016"),
        ("1995-2004", "1995", "2004"),
        ("1995–2004", "1995", "2004"),
        ("2002/2011", "2002", "2011"),
        ("2019-06", "2019-06", "2019-06"),
        ("2019-06-30", "2019-06-30", "2019-06-30"),
        ("2019-01-01/2019-06-30", "2019-01-01", "2019-06-30"),
        ("2020-02-29", "2020-02-29", "2020-02-29"),
        ("2000-02-29", "2000-02-29", "2000-02-29"),
        // An end less precise than the start and containing it is written at the start's precision,
        // so that the schema's text comparison period_start <= period_end holds.
        ("2019-12/2019", "2019-12", "2019-12"),
        ("2019-06/2019", "2019-06", "2019-12"),
        ("2019-06-15/2019", "2019-06-15", "2019-12-31"),
        ("2019-06-30/2019-06", "2019-06-30", "2019-06-30"),
        ("2020-02-10/2020-02", "2020-02-10", "2020-02-29"),
        ("2019/2019-06", "2019", "2019-06"),
        ("2018-06/2019", "2018-06", "2019"),
    ])
    func periods(text: String, start: String, end: String) throws {
        #expect(try PeriodParser.parse(text) == Period(start: start, end: end))
    }

    @Test("rejected periods", arguments: [
        ("2004-1995", "period \"2004-1995\" starts after it ends"),
        ("2019-13", "month 13 in \"2019-13\" does not exist"),
        ("2016-17", "\"2016-17\" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month as the source gives them, such as 2016-04/2017-03 (April to March), or 2016-2017 for the two calendar years"),
        ("2019-13", "month 13 in \"2019-13\" does not exist; expected 01 to 12"),
        ("2017-16", "month 16 in \"2017-16\" does not exist; expected 01 to 12; for the years 2016 to 2017 write 2016-2017"),
        ("1999-00", "\"1999-00\" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month as the source gives them, such as 1999-04/2000-03"),
        ("2019/20", "\"2019/20\" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month as the source gives them, such as 2019-04/2020-03"),
        ("FY2019/20", "\"FY2019/20\" reads as a financial or school year"),
        ("FY 2019-2020", "\"FY 2019-2020\" reads as a financial or school year"),
        ("fy2012\u{2013}13", "\"fy2012\u{2013}13\" reads as a financial or school year"),
        // Also a valid span of two calendar years, but reports write a financial year so (was stored as 24 months).
        ("2019/2020", "\"2019/2020\" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month as the source gives them, such as 2019-04/2020-03 (April to March), or 2019-2020 for the two calendar years"),
        ("FY2019", "\"FY2019\" names a financial year by one year, which ends in 2019 in some countries (2018-10/2019-09 in the United States) and starts in it in others (2019-04/2020-03 in India); expected its first and last month as the source gives them"),
        ("fy 2019", "\"fy 2019\" names a financial year by one year"),
        ("FY2019/21", "\"FY2019/21\" is not a period"),
        ("2019/21", "\"2019/21\" is not a period"),
        ("2019-07/2019-06", "period \"2019-07/2019-06\" starts after it ends"),
        ("2019-02-30", "day 30 in \"2019-02-30\" does not exist in that month; expected 01 to 28"),
        ("1900-02-29", "day 29 in \"1900-02-29\" does not exist in that month; expected 01 to 28"),
        ("19", "\"19\" is not a period"),
        ("last year", "\"last year\" is not a period"),
        ("1066", "year 1066 in \"1066\" is out of range"),
        ("2019-6", "\"2019-6\" is not a period"),
    ])
    func rejectedPeriods(text: String, message: String) {
        let error = #expect(throws: PeriodParser.Failure.self) { try PeriodParser.parse(text) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test("an age group is one of a documented set, each band stored one way", arguments: [
        ("", "total"), ("Total", "total"), ("all ages", "total"), ("children", "children"), ("Minors", "children"),
        ("adult", "adults"), ("Unknown", "unknown"),
        ("under 18", "children"), ("Under 18 years", "children"), ("under 18 years old", "children"), ("<18", "children"),
        ("0-17", "children"), ("0-17 years", "children"), ("0 to 17 years", "children"),
        ("18+", "adults"), ("18 and over", "adults"), ("18 years or over", "adults"), ("18 years and over", "adults"),
        ("0+", "total"), ("0-120", "total"), ("0 and over", "total"), ("18-120", "adults"), ("65-120", "65+"), ("65 to 120 years", "65+"),
        ("under 5 years", "0-4"), ("under 5", "0-4"), ("18-24 years", "18-24"), ("15-24", "15-24"), ("18 – 20", "18-20"),
        ("18--20", "18-20"), ("0 - 8", "0-8"), ("09--17", "9-17"), ("over 65", "65+"), ("65 years and over", "65+"),
        ("65 or older", "65+"), ("99+", "99+"),
        // The spellings an Our World in Data title's band is read with too (AgeGroup.Spellings).
        ("over 18", "adults"), ("above 65", "65+"), ("18 or more", "adults"), ("65 and more", "65+"), ("below 18", "children"),
        ("younger than 5", "0-4"), ("less than 5 years of age", "0-4"), ("under 18 years of age", "children"),
    ])
    func ageGroupsAccepted(text: String, stored: String) throws {
        #expect(try Terms.ageGroup(text) == stored, "\(text)")
        #expect(AgeGroup.isStored(stored), "\(stored) is what tipdb check accepts")
    }

    @Test("anything else is refused, naming the value and the accepted forms", arguments: [
        "abc", "17-", "-17", "5-", "1-2-3", "18 - ", "age 18-20", "teenagers", "children (0-17)", "18--", "under 0", "over",
        "older persons", "18-20-", "1e2+",
    ])
    func ageGroupsRefused(text: String) {
        let error = #expect(throws: Terms.Failure.self) { try Terms.ageGroup(text) }
        #expect(error?.message == "\"\(text)\" is not an age group; expected total, children, adults, unknown, or an age band in whole years: 18-20 (also 18 to 20, 18-20 years), 65+ (also 65 and over, 65 or older, over 65), under 5 (stored as 0-4); 0-17 and under 18 are children, 18+ adults, 0+ total")
    }

    @Test("an age band Excel turned into a date is named as such, with the band it probably was", arguments: [
        ("Sep-17", "9-17"), ("17-Sep", "9-17"), ("5-Sep", "5-9"), ("sep-17", "9-17"), ("May-14", "5-14"), ("14-May", "5-14"),
    ])
    func excelDatedAgeBand(text: String, band: String) {
        let error = #expect(throws: Terms.Failure.self) { try Terms.ageGroup(text) }
        #expect(error?.message == "\"\(text)\" looks like an age band Excel turned into a date (\(band)?); expected an age group such as \(band): format the column as Text before typing")
    }

    @Test("a band above 120 years or written backwards says so")
    func ageGroupsOutOfOrder() {
        let old = #expect(throws: Terms.Failure.self) { try Terms.ageGroup("18-200") }
        #expect(old?.message == "age band \"18-200\" names an age above 120; expected ages from 0 to 120")
        let backwards = #expect(throws: Terms.Failure.self) { try Terms.ageGroup("20 - 18 years") }
        #expect(backwards?.message == "age band \"20 - 18 years\" runs backwards; expected the younger age first, such as 18-20")
    }

    @Test("stored age groups that ingest would not store as they are fail tipdb check's rule", arguments: [
        "0-17", "18+", "under 18 years", "abc", "09-17", "Children", " 18-20",
    ])
    func ageGroupsNotStored(stored: String) {
        #expect(!AgeGroup.isStored(stored))
    }

    @Test("sex words that carry an age give it; a band on the other side of 18 does not fit them")
    func sexWordsCarryAge() {
        for word in ["girls", "Boys", "girl"] { #expect(Terms.ageGroup(impliedBySex: word) == "children", "\(word)") }
        for word in ["women", "Men", "woman"] { #expect(Terms.ageGroup(impliedBySex: word) == "adults", "\(word)") }
        for word in ["female", "women and girls", "total", ""] { #expect(Terms.ageGroup(impliedBySex: word) == nil, "\(word)") }
        for band in ["children", "9-17", "0-8", "15-24", "total", "unknown"] { #expect(Terms.ageGroup(band, fits: "children"), "\(band)") }
        for band in ["adults", "18-20", "65+", "18-24"] { #expect(!Terms.ageGroup(band, fits: "children"), "\(band)") }
        for band in ["adults", "18-20", "65+", "15-49", "total"] { #expect(Terms.ageGroup(band, fits: "adults"), "\(band)") }
        for band in ["children", "0-4", "9-17"] { #expect(!Terms.ageGroup(band, fits: "adults"), "\(band)") }
    }

    @Test("terms are normalised")
    func terms() throws {
        #expect(try Terms.sex("Women and girls") == "female")
        #expect(try Terms.sex("") == "total")
        #expect(try Terms.ageGroup("0 to 17 years") == "children")
        #expect(try Terms.ageGroup("18 years or over") == "adults")
        // One band, one way of writing it (CTDC writes 18--20 and 09--17; ingest of CTDC stores 18-20, 9-17).
        for band in ["18--20", "18 - 20", "18 – 20", "18 to 20", "18-20 years", "  18   to 20 Years ", "018-20", "18\u{2010}20", "18-20yrs"] {
            #expect(try Terms.ageGroup(band) == "18-20", "\(band)")
        }
        for band in ["65+", "65 +", "65 and over", "65 years and older", "65 or over", "65+ years", "65 and above", "65 and over years"] {
            #expect(try Terms.ageGroup(band) == "65+", "\(band)")
        }
        // A band that is a word's is the word, however written (GLOTIP writes 0 to 17 years).
        for band in ["0-17", "0 - 17", "0--17", "0 to 17", "0 to 17 years", "under 18"] {
            #expect(try Terms.ageGroup(band) == "children", "\(band)")
        }
        for band in ["18+", "18 +", "18 and over", "18 or over", "18 years or over", "18 years and over"] {
            #expect(try Terms.ageGroup(band) == "adults", "\(band)")
        }
        // Not bands: refused (ageGroupsRefused), never kept as written nor guessed at.
        for text in ["-5-3", "18-", "Older  persons"] { #expect(throws: Terms.Failure.self) { try Terms.ageGroup(text) } }
        let forms = try FormVocabularyTests.forms.get()
        #expect(Terms.form("Sexual exploitation", among: forms) == "sexual-exploitation")
        #expect(Terms.form("Total", among: forms) == nil)
        #expect(try Terms.ciLevel("95%") == 0.95)
        #expect(try Terms.ciLevel("0.9") == 0.9)
        #expect(try Terms.ciLevel("99.9") == 0.999)
        #expect(try Terms.ciLevel("50") == 0.5)
        // A level under 50 % is a slip (1, 1.5, 0.95%) or a significance level (0.05), never a confidence level.
        for slip in ["1", "1.0", "1.5", "0.95%", "0.05", "100", "100%"] {
            let error = #expect(throws: Terms.Failure.self) { try Terms.ciLevel(slip) }
            #expect(error?.message == "confidence level \"\(slip)\" is out of range; expected at least 50 and less than 100 percent, such as 95, 95% or 0.95 (not a significance level such as 0.05)")
        }
        let backwards = #expect(throws: Terms.Failure.self) { try Terms.ageGroup("20-18") }
        #expect(backwards?.message == "age band \"20-18\" runs backwards; expected the younger age first, such as 18-20")
        #expect(try Terms.ageGroup("18-20") == "18-20")
        #expect(throws: Terms.Failure.self) { try Terms.ageGroup("20 - 18") }
        #expect(try Terms.sourceKind("post-weblog") == "blog-post")
        #expect(try Terms.sourceKind("article-journal") == "journal-article")
        // CSL's `article` is a preprint or working paper, not a journal's: a report (a user-review, session 39).
        #expect(try Terms.sourceKind("article", csl: true) == "report")
        #expect(try Terms.sourceKind("article") == "journal-article")
        #expect(throws: Terms.Failure.self) { try Terms.sex("unknown") }
        #expect(throws: Terms.Failure.self) { try Terms.ciLevel("150") }
        let method = #expect(throws: Terms.Failure.self) { try Terms.figureMethod("estimate") }
        #expect(method?.message.contains("did you mean \"estimated\"?") == true)
    }
}
