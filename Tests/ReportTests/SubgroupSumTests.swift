import Storage
import Testing

@testable import Report

/// Subgroups that cannot overlap adding up to more than their total (second review C4): the
/// brief's caution and `tipdb check`'s `parts-above-total` name the same sums, by one rule
/// (`SubgroupSums`).
@Suite("parts above their total")
struct SubgroupSumTests {
    /// Detected victims in Italy, 2019, from one source: `(key, value, sex, age group)`, with
    /// optional bounds and a form.
    private func scratch(_ figures: [(String, Double?, String, String)], extra: (ScratchDatabase) throws -> Void = { _ in }) throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("a", publisher: "Office central", published: "2021")
        for (key, value, sex, age) in figures {
            try scratch.figure(key, measure: "detected-trafficking-victims", value: value, place: "ITA", period: ("2019", "2019"),
                               source: "a", method: "detected", sex: sex, ageGroup: age)
        }
        try extra(scratch)
        return scratch
    }

    /// The figures each caution about a sum names (its parts, then its total), and check's rows.
    private func named(_ scratch: ScratchDatabase) throws -> (brief: [[String]], check: [String]) {
        let brief = try scratch.brief().comparability.warnings.filter { $0.kind == "subgroups" && $0.text.contains(" add up to ") }
        let check = try Audit(db: scratch.db).run().first { $0.check == "parts-above-total" }?.rows ?? []
        return (brief.map(\.figures), check)
    }

    @Test("female 3 and male 3 above a total of 5: one caution, worded for a reader, and check's row")
    func sexes() throws {
        let scratch = try scratch([("all", 5, "total", "total"), ("women", 3, "female", "total"), ("men", 3, "male", "total")])
        let warnings = try scratch.brief().comparability.warnings.filter { $0.kind == "subgroups" }
        #expect(warnings.map(\.text) == [
            "Detected victims of trafficking in Italy, 2019, Office central 2021 [1]: the subgroups female (3) and male (3) add up "
                + "to 6, more than the total they are part of (5). All are kept as published, but subgroups that cannot overlap "
                + "cannot add up to more than their whole: one of them counts something else or is wrong. Say so when citing any of them.",
        ])
        #expect(warnings.map(\.figures) == [["women", "men", "all"]])
        #expect(warnings.map(\.citations) == [[1]])
        #expect(try named(scratch).check == ["women (3) + men (3) = 6 > all (5)"])
    }

    @Test("parts that add up to their total or less, or of which one alone is above it (named as subgroup-above-total), give no sum")
    func noExcess() throws {
        #expect(try named(try scratch([("all", 6, "total", "total"), ("women", 3, "female", "total"), ("men", 3, "male", "total")])) == ([], []))
        let one = try scratch([("all", 5, "total", "total"), ("women", 2, "female", "total"), ("men", 6, "male", "total")])
        #expect(try named(one) == ([], []))
        #expect(try Audit(db: one.db).run().first { $0.check == "subgroup-above-total" }?.rows == ["men (6) > all (5)"])
    }

    @Test("a censored part and a range add their low end; a censored total is its largest number (<5 as 4)")
    func censoredAndRanges() throws {
        // women <5 (1 for certain) + men 4: 5, not above 5; + men 5: 6, above 5 (named, as check lists it).
        func censoredPart(men: Double) throws -> ScratchDatabase {
            try scratch([("all", 5, "total", "total"), ("men", men, "male", "total")]) { scratch in
                try scratch.figure("women", measure: "detected-trafficking-victims", value: nil, place: "ITA", period: ("2019", "2019"),
                                   source: "a", method: "detected", sex: "female", low: 1, high: 4, censored: true)
            }
        }
        #expect(try named(try censoredPart(men: 4)) == ([], []))
        #expect(try named(try censoredPart(men: 5)).check == ["women (<5, counted as 1) + men (5) = 6 > all (5)"])
        // women 4 (range 2 to 6) + men 3: at least 5, not above 5; with men 4, at least 6.
        func ranged(men: Double) throws -> ScratchDatabase {
            try scratch([("all", 5, "total", "total"), ("men", men, "male", "total")]) { scratch in
                try scratch.figure("women", measure: "detected-trafficking-victims", value: 4, place: "ITA", period: ("2019", "2019"),
                                   source: "a", method: "detected", sex: "female", low: 2, high: 6)
            }
        }
        #expect(try named(try ranged(men: 3)) == ([], []))
        let above = try ranged(men: 4)
        #expect(try named(above).check == ["women (4, counted as 2) + men (4) = 6 > all (5)"])
        let text = try above.brief().comparability.warnings.first { $0.text.contains(" add up to ") }?.text ?? ""
        #expect(text.contains("the subgroups female (4; 2 to 6) and male (4) add up to 6 at the low ends of their ranges, more than the total they are part of (5)."), "\(text)")
        // A censored total <5 counts as 4: female 4 + male 3 = 7 > 4 (each part alone is not above 4).
        let censoredTotal = try scratch([("women", 4, "female", "total"), ("men", 3, "male", "total")]) { scratch in
            try scratch.figure("all", measure: "detected-trafficking-victims", value: nil, place: "ITA", period: ("2019", "2019"),
                               source: "a", method: "detected", low: 1, high: 4, censored: true)
        }
        #expect(try named(censoredTotal).check == ["women (4) + men (3) = 7 > all (<5)"])
    }

    @Test("girls and boys above all children; age groups that do not overlap above everyone; overlapping ones are not added")
    func ages() throws {
        let children = try scratch([
            ("all", 100, "total", "total"), ("children", 30, "total", "children"),
            ("girls", 20, "female", "children"), ("boys", 15, "male", "children"),
        ])
        #expect(try named(children).brief == [["girls", "boys", "children"]])
        #expect(try named(children).check == ["girls (20) + boys (15) = 35 > children (30)"])
        // 0-4 and 5-17 within children; children, adults and age unknown within everyone.
        let bands = try scratch([
            ("all", 100, "total", "total"), ("children", 30, "total", "children"), ("young", 20, "total", "0-4"),
            ("older", 15, "total", "5-17"), ("adults", 60, "total", "adults"), ("unknown", 15, "total", "unknown"),
        ])
        // By the key of the total, as check sorts its rows.
        #expect(try named(bands).check == [
            "young (20) + older (15) + adults (60) + unknown (15) = 110 > all (100)",
            "young (20) + older (15) = 35 > children (30)",
        ])
        let found = try named(bands)
        // The brief, in reading order of the total (age group children before total).
        #expect(found.brief == [["young", "older", "children"], ["young", "older", "adults", "unknown", "all"]])
        // 0-9 and 5-17 overlap: the heavier one alone is added, not both.
        let overlapping = try scratch([("children", 30, "total", "children"), ("a", 20, "total", "0-9"), ("b", 15, "total", "5-17")])
        #expect(try named(overlapping) == ([], []))
    }

    @Test("forms of exploitation are not added (one person may be counted under several), nor breakdowns")
    func formsAndBreakdowns() throws {
        let scratch = try scratch([("all", 10, "total", "total")]) { scratch in
            for (key, form) in [("sexual", "sexual-exploitation"), ("labour", "forced-labour")] {
                try scratch.figure(key, measure: "detected-trafficking-victims", value: 6, place: "ITA", period: ("2019", "2019"),
                                   source: "a", method: "detected", form: form)
            }
            for (key, category) in [("nationals", "Nationals"), ("foreigners", "Foreigners")] {
                try scratch.figure(key, measure: "detected-trafficking-victims", value: 6, place: "ITA", period: ("2019", "2019"),
                                   source: "a", method: "detected")
                try scratch.db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES (?, 'citizenship', ?)", [key, category])
            }
        }
        #expect(try named(scratch) == ([], []))
    }

    @Test("shares do not add up, and another source's total is not compared")
    func sharesAndSources() throws {
        let shares = try ScratchDatabase()
        try shares.source("a", published: "2021")
        try shares.source("b", published: "2021")
        for (key, value, sex, unit, source) in [
            ("share-all", 50.0, "total", "percent", "a"), ("share-women", 40, "female", "percent", "a"), ("share-men", 30, "male", "percent", "a"),
            ("b-all", 5, "total", "persons", "b"), ("women", 3, "female", "persons", "a"), ("men", 3, "male", "persons", "a"),
        ] {
            try shares.figure(key, measure: "detected-trafficking-victims", value: value, unit: unit, place: "ITA", period: ("2019", "2019"),
                              source: source, method: "detected", sex: sex)
        }
        #expect(try named(shares) == ([], []))
    }
}
