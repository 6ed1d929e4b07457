import Foundation
@testable import Ingest
import Storage
import Testing

@Suite("Datasets: derived aggregates under disclosure control")
struct DatasetsDeriveTests {
    /// One kind of person in a made-up Synthetic Dataset file, repeated `times`.
    struct People {
        var times: Int
        var year = "2019"
        var country = "USA"
        var citizenship = "MEX"
        var gender = "Woman"
        var forms: Set<String> = []
    }

    static let header = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,isSexualExploit,isOtherExploit,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs"

    /// Loads the people as dataset `name` and returns the harness.
    func load(_ people: [People], name: String = "cases") throws -> IngestHarness {
        let h = try IngestHarness()
        var text = Self.header + "\n"
        for group in people {
            let flags = ["forced-labour", "sexual", "other"].map { group.forms.contains($0) ? "1" : "" }
            let line = [group.year, group.gender, "", group.citizenship, group.country, ""] + flags + Array(repeating: "", count: 8)
            text += String(repeating: line.joined(separator: ",") + "\n", count: group.times)
        }
        let report = try h.ingest([try h.write("\(name).csv", text)], IngestOptions(format: .ctdc, dataset: name))
        #expect(report.errors.isEmpty, "\(report.errors)")
        return h
    }

    private func derive(_ h: IngestHarness, _ dimensions: [CaseDimension], minCell: Int = 11, name: String = "cases") throws -> DerivationReport {
        try CaseDerivation(db: h.db, options: DeriveOptions(dataset: name, dimensions: dimensions, minCell: minCell)).run()
    }

    private func value(_ h: IngestHarness, _ key: String) throws -> Figure {
        try #require(try h.db.figure(key: key), "\(key)")
    }

    @Test("counts by country and year with every margin; a category not recorded is its own cell")
    func knownAnswers() throws {
        let h = try load([
            People(times: 3), People(times: 2, year: "2020"), People(times: 4, country: "PHL"),
            People(times: 2, country: ""),
        ])
        let report = try derive(h, [.year, .country], minCell: 2)
        #expect(report.people == 11 && report.suppressed == 0 && report.protected == 0)
        let expected: [String: Double] = [
            "cases-v1/count": 11, "cases-v1/count/country:USA": 5, "cases-v1/count/country:PHL": 4,
            "cases-v1/count/country:not-recorded": 2, "cases-v1/count/year:2019": 9, "cases-v1/count/year:2020": 2,
            "cases-v1/count/country:USA/year:2019": 3, "cases-v1/count/country:USA/year:2020": 2,
            "cases-v1/count/country:PHL/year:2019": 4, "cases-v1/count/country:not-recorded/year:2019": 2,
        ]
        #expect(report.counts == expected.count)
        for (key, count) in expected { #expect(try value(h, key).value == count, "\(key)") }
        let cell = try value(h, "cases-v1/count/country:USA/year:2020")
        #expect(cell.place == "USA" && cell.periodStart == "2020" && cell.method == "derived" && cell.measure == "victims-in-case-data")
        #expect(cell.source == "cases-v1" && cell.unit == "persons")
        let sha = try #require(try h.db.scalar("SELECT sha256 FROM datasets")?.textValue)
        #expect(cell.notes?.contains("sha256 \(sha)") == true)
        #expect(cell.notes?.contains("country of exploitation USA and year of registration 2020") == true)
        let total = try value(h, "cases-v1/count")
        #expect(total.place == "WLD" && total.periodStart == "2019" && total.periodEnd == "2020")
        let unknown = try #require(try h.db.rows("SELECT dimension, category FROM figure_breakdowns WHERE figure = 'cases-v1/count/country:not-recorded'").first)
        #expect(unknown.string("dimension") == "country-of-exploitation" && unknown.string("category") == "not-recorded")
        #expect(try value(h, "cases-v1/count/country:not-recorded").place == "WLD")
        #expect(report.notes.first?.hasPrefix("cite as: CTDC Global Synthetic Dataset (dataset cases version 1, sha256 \(sha)), derived by tipdb") == true)
    }

    @Test("a count below the minimum is stored as <11, and a second cell is suppressed so it cannot be subtracted")
    func secondarySuppression() throws {
        let h = try load([
            People(times: 30), People(times: 5, year: "2020"),
            People(times: 40, country: "PHL"), People(times: 20, year: "2020", country: "PHL"),
        ])
        let report = try derive(h, [.country, .year])
        #expect(report.suppressed == 1 && report.protected == 3)
        let small = try value(h, "cases-v1/count/country:USA/year:2020")
        #expect(small.value == nil && small.censored && small.low == 1 && small.high == 10)
        for key in ["cases-v1/count/country:USA/year:2019", "cases-v1/count/country:PHL/year:2019", "cases-v1/count/country:PHL/year:2020"] {
            let hidden = try value(h, key)
            #expect(hidden.value == nil && hidden.censored, "\(key)")
        }
        for (key, count) in ["cases-v1/count/country:USA": 35.0, "cases-v1/count/country:PHL": 60, "cases-v1/count/year:2020": 25, "cases-v1/count": 95] {
            #expect(try value(h, key).value == count, "\(key)")
        }
        // No total can be combined with visible cells to give one suppressed cell.
        try expectNoSingleHiddenCell(h, source: "cases-v1")
        // --show prints a suppressed count as a brief does: below its stored upper bound.
        for line in report.lines where line.kind == "count" {
            if let shown = Int(line.shown) {
                #expect(shown >= 11, "\(line.figure)")
            } else {
                let high = try #require(try value(h, line.figure).high)
                #expect(line.shown == "<\(Int(high) + 1)" && high >= 10, "\(line.figure): \(line.shown)")
            }
        }
    }

    /// An independent check: in every relation (a total and its cells along country or year), no
    /// single count is hidden while the others are published.
    private func expectNoSingleHiddenCell(_ h: IngestHarness, source: String) throws {
        let rows = try h.db.rows("SELECT key, censored FROM figures WHERE source = ? AND key LIKE ?", [source, source + "/count%"])
        let hidden = Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.string("key").map { ($0, row.int("censored") == 1) } })
        for key in hidden.keys {
            let parts = key.split(separator: "/").map(String.init)
            for (index, part) in parts.enumerated() where part.hasPrefix("country:") || part.hasPrefix("year:") {
                let total = parts.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "/")
                let dimension = part.split(separator: ":")[0]
                let siblings = hidden.keys.filter { other in
                    let otherParts = other.split(separator: "/").map(String.init)
                    return otherParts.count == parts.count && otherParts[index].hasPrefix(dimension + ":")
                        && otherParts.enumerated().allSatisfy { $0.offset == index || $0.element == parts[$0.offset] }
                }
                let members = [total] + siblings
                let suppressed = members.filter { hidden[$0] == true }
                #expect(suppressed.count != 1, "only \(suppressed) is hidden among \(members.sorted())")
            }
        }
    }

    @Test("the audit suppresses more when a reader could pin a count down from the bounds")
    func intervalAttack() throws {
        // A total of 12 made of 11 and 1: hiding the 1 and the 11 is not enough, since the
        // hidden 11 is known to be at least 11 and so the hidden 1 is exactly 1.
        let control = DisclosureControl(values: [12, 11, 1], relations: [[0, 1, 2]], minCell: 11)
        let outcome = try control.protect()
        #expect(outcome.primary == [0, 2] || outcome.primary == [2])
        #expect(outcome.primary.union(outcome.secondary) == [0, 1, 2])
        let (low, high) = control.audit([true, true, true])
        #expect(low[2] < high[2])
    }

    @Test("a total of 10 made of ten published cells pins each at 1: refused, since no suppression can help")
    func exposedByExistence() throws {
        // T = P + Q, P = c1 + ... + c10 with every c = 1.
        let values = [40, 10, 30] + Array(repeating: 1, count: 10)
        let relations = [[0, 1, 2], [1] + Array(3...12)]
        #expect(throws: DisclosureControl.Failure.self) { try DisclosureControl(values: values, relations: relations, minCell: 11).protect() }
    }

    @Test("the notes never give a version's total below the minimum; the rows refused, which the file's total less the published total gives, exactly")
    func coverageWords() {
        func version(rows: Int, rejected: Int) -> DatasetVersion {
            DatasetVersion(id: 1, name: "d", version: 1, variant: "global", sha256: "", rows: rows, rowsRejected: rejected, source: "d-v1")
        }
        #expect(version(rows: 72, rejected: 0).coverage(minCell: 11) == nil)
        // It said "fewer than 11 refused", while datasets.rows_rejected held the 2 (review F5).
        #expect(version(rows: 72, rejected: 2).coverage(minCell: 11) == "72 of the file's 74 rows, the 2 refused at ingest not counted")
        #expect(version(rows: 72, rejected: 2).coverage(minCell: 11, hidingRefused: true) == "72 of the file's rows, fewer than 11 refused at ingest not counted")
        #expect(version(rows: 4000, rejected: 60).coverage(minCell: 11) == "4,000 of the file's 4,060 rows, the 60 refused at ingest not counted")
        #expect(version(rows: 5, rejected: 60).coverage(minCell: 11) == "fewer than 11 of the file's 65 rows, the others refused at ingest not counted")
    }

    @Test("in a two-by-two table one small cell hides a rectangle of four, and nothing else")
    func rectangle() throws {
        // cells a b / c d, rows r1 r2, columns k1 k2, total t
        let values = [30, 5, 40, 20, 35, 60, 70, 25, 95]
        let relations = [[4, 0, 1], [5, 2, 3], [6, 0, 2], [7, 1, 3], [8, 4, 5], [8, 6, 7]]
        let outcome = try DisclosureControl(values: values, relations: relations, minCell: 11).protect()
        #expect(outcome.primary == [1])
        #expect(outcome.secondary == [0, 2, 3])
        #expect(outcome.upperBounds[1] == 10)
    }

    @Test("counts published by an earlier derivation stay as they are")
    func lockedCells() throws {
        let values = [30, 5, 35]
        let relations = [[2, 0, 1]]
        let locked = DisclosureControl(values: values, relations: relations, minCell: 11)
        #expect(try locked.protect(lockedVisible: [0]).secondary == [2])
        #expect(throws: DisclosureControl.Failure.self) { try locked.protect(lockedVisible: [0, 2]) }
    }

    @Test("a second table of the same version keeps the bounds the first published, and changes none of its counts")
    func secondTableKeepsBounds() throws {
        let h = try load([
            People(times: 10), People(times: 1, gender: "Man"), People(times: 30, country: "MDA"),
            People(times: 30, country: "MDA", gender: "Man"), People(times: 3, country: "MDA", gender: ""),
        ])
        _ = try derive(h, [.country, .gender])
        let usa = try value(h, "cases-v1/count/country:USA")
        // Its bound: 20 before the 3 people of no recorded gender (a group below 11, withheld unbroken)
        // could be the USA's too, for all a reader knows.
        #expect(usa.censored && (usa.high ?? 0) >= 20)
        let second = try derive(h, [.country, .year])
        #expect(second.updated == 0)
        #expect(try value(h, "cases-v1/count/country:USA").high == usa.high)
        // Before, the country-by-year audit saw only its own cells and wrote USA's bound as <62.
        #expect(try h.db.integer("SELECT count(*) FROM figure_revisions") == 0)
    }

    @Test("a second table that the first leaves nothing to protect with is refused, naming the first as part of the reason")
    func refusalNamesEarlierTables() throws {
        // A reviewer's seeded dataset (country by gender by year): by country and gender it passes;
        // by country and year, audited with it, UGA 2018 cannot be protected.
        let cube: [(String, String, String, Int)] = [
            ("2018", "MDA", "Woman", 1), ("2018", "MDA", "Man", 30), ("2018", "UGA", "Woman", 1), ("2018", "UGA", "Man", 1),
            ("2018", "USA", "Woman", 8), ("2019", "MDA", "Woman", 8), ("2019", "MDA", "Man", 3), ("2019", "UGA", "Woman", 12),
            ("2019", "UGA", "Man", 3), ("2019", "USA", "Woman", 2), ("2019", "USA", "Man", 1), ("2020", "UGA", "Woman", 12),
            ("2020", "UGA", "Man", 1), ("2020", "USA", "Woman", 12), ("2020", "USA", "Man", 30),
        ]
        let h = try load(cube.map { People(times: $0.3, year: $0.0, country: $0.1, gender: $0.2) })
        _ = try derive(h, [.country, .gender])
        do {
            _ = try derive(h, [.country, .year])
            Issue.record("expected the second table to be refused")
        } catch let error as DeriveError {
            guard case .cannotProtect(_, _, let earlier, _, let blockedBy) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(earlier == ["country,gender"])
            // Audited alone, the country-by-year table passes: the first table is the reason, and the message says so.
            #expect(blockedBy == ["country,gender"])
            #expect(error.description.contains(
                "this table is audited together with the tables derived before from this dataset (--by country,gender), which a reader holds too, "
                    + "and this table alone could be published: it is the table derived before by --by country,gender whose counts leave nothing to suppress"))
        }
        #expect(try h.db.integer("SELECT count(*) FROM derivations") == 1)
    }

    @Test("a refusal says whether the earlier tables are the reason: not at all, one of them, or only together")
    func refusalCauses() {
        func words(_ blockedBy: [String]?) -> String {
            DeriveError.cannotProtect(figure: "c/count/year:2019", minCell: 11, earlier: ["country", "gender"], blockedBy: blockedBy).description
        }
        #expect(words(nil).contains("(--by country; --by gender), which a reader holds too, and this table could not be protected even alone; nothing was stored"))
        #expect(words([]).contains("this table alone could be published: it is the tables derived before, together (no one of them alone), whose counts"))
        #expect(words(["gender"]).contains("it is the table derived before by --by gender whose counts leave nothing to suppress; nothing was stored"))
        #expect(words(["country", "gender"]).contains("it is the tables derived before by --by country; --by gender (each of them, with this one) whose counts"))
        // Nothing derived before: no word about earlier tables.
        #expect(!DeriveError.cannotProtect(figure: "c/count", minCell: 11).description.contains("derived before"))
    }

    @Test("CTDC's denominator rule: 5 people, one with none recorded, gives 50 %, 50 % and 25 %")
    func denominatorRule() throws {
        // Of the 4 with a form recorded: 2 have A, 2 have B, 1 has C.
        let rule = ShareRule(minCell: 1)
        #expect(ShareRule.denominator(total: 5, unrecorded: 1) == 4)
        #expect(rule.percent(count: 2, total: 5, unrecorded: 1) == 50)
        #expect(rule.percent(count: 2, total: 5, unrecorded: 1) == 50)
        #expect(rule.percent(count: 1, total: 5, unrecorded: 1) == 25)
        // The same people eleven times over, derived end to end with the default minimum of 11.
        let h = try load([
            People(times: 11, forms: ["forced-labour"]), People(times: 11, forms: ["forced-labour", "other"]),
            People(times: 22, forms: ["sexual"]), People(times: 11),
        ])
        let report = try derive(h, [.form])
        #expect(report.shares == 3 && report.sharesWithheld == 0)
        #expect(try value(h, "cases-v1/share-form/form:forced-labour").value == 50)
        #expect(try value(h, "cases-v1/share-form/form:sexual-exploitation").value == 50)
        let other = try value(h, "cases-v1/share-form/form:other-exploitation")
        #expect(other.value == 25 && other.unit == "percent" && other.form == "other-exploitation")
        #expect(other.notes?.contains("among the 44 people with at least one form of exploitation recorded") == true)
        #expect(try value(h, "cases-v1/count/form:not-recorded").value == 11)
    }

    @Test("no share over a suppressed or small denominator, nor one that reveals a few people with nothing recorded")
    func sharesWithheld() throws {
        let h = try load([
            People(times: 8, forms: ["sexual"]), People(times: 30, country: "PHL", forms: ["forced-labour"]),
            People(times: 3, country: "PHL"),
        ])
        let report = try derive(h, [.country, .form])
        #expect(try h.db.figure(key: "cases-v1/share-form/country:USA/form:sexual-exploitation") == nil)
        // PHL: 30 with a form, 3 without: the denominator would reveal the 3.
        #expect(try h.db.figure(key: "cases-v1/share-form/country:PHL/form:forced-labour") == nil)
        #expect(report.sharesWithheld >= 2)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE unit = 'percent' AND source = 'cases-v1'") == Int64(report.shares))
    }

    @Test("deriving again changes nothing; another minimum cell size for the same version is refused")
    func rerun() throws {
        let h = try load([People(times: 30), People(times: 5, year: "2020"), People(times: 12, country: "PHL")])
        let first = try derive(h, [.country, .year])
        let again = try derive(h, [.country, .year])
        #expect(again.unchanged == first.inserted && again.inserted == 0 && again.updated == 0)
        let byCountry = try derive(h, [.country])
        #expect(byCountry.inserted == 0, "the country totals are the same figures")
        #expect(throws: DeriveError.minCellChanged(dataset: "cases", version: 1, earlier: 11, given: 5)) {
            try derive(h, [.country], minCell: 5)
        }
        #expect(throws: DeriveError.unknownDataset("nope", known: ["cases"])) {
            try CaseDerivation(db: h.db, options: DeriveOptions(dataset: "nope", dimensions: [.year])).run()
        }
        #expect(try h.db.integer("SELECT count(*) FROM derivations") == 3)
    }

    @Test("once a newer version of a dataset is derived, latest_estimates leaves the older version's figures out (they stay in figures)")
    func newerVersionSupersedes() throws {
        let h = try load([People(times: 12), People(times: 12, year: "2020")])
        _ = try derive(h, [.year])
        func latest() throws -> [String] {
            try h.db.rows("SELECT figure FROM latest_estimates WHERE measure = 'victims-in-case-data' ORDER BY figure").compactMap { $0.string("figure") }
        }
        #expect(try latest() == ["cases-v1/count/year:2020"])
        // The same file with 12 more people in 2020 is version 2; until it is derived, version 1
        // stands. (Fewer than 11 more would be a small count of people added: see DisclosureVersionsTests.)
        var text = Self.header + "\n"
        for (times, year) in [(12, "2019"), (24, "2020")] {
            text += String(repeating: "\(year),Woman,,MEX,USA,,,,,,,,,,,,\n", count: times)
        }
        let second = try h.ingest([try h.write("cases2.csv", text)], IngestOptions(format: .ctdc, dataset: "cases"))
        #expect(second.errors.isEmpty, "\(second.errors)")
        #expect(try latest() == ["cases-v1/count/year:2020"])
        _ = try derive(h, [.year])
        #expect(try latest() == ["cases-v2/count/year:2020"])
        #expect(try value(h, "cases-v1/count").value == 24 && value(h, "cases-v2/count").value == 36)
    }

    @Test("a dry run computes everything and writes nothing")
    func dryRun() throws {
        let h = try load([People(times: 30), People(times: 12, country: "PHL")])
        let before = try h.fileBytes()
        let report = try CaseDerivation(db: h.db, options: DeriveOptions(dataset: "cases", dimensions: [.country], dryRun: true)).run()
        #expect(report.counts == 3 && report.batch == nil)
        #expect(try h.fileBytes() == before)
    }

    @Test("notes that hid a small number of refused rows, as tipdb wrote them, are kept when the same table is derived again: no revision")
    func refusedRowsNotesKept() throws {
        let h = try IngestHarness()
        var text = Self.header + "\n" + String(repeating: "2019,Woman,,MEX,USA,,,,,,,,,,,,\n", count: 12)
        text += String(repeating: "2019,Robot,,MEX,USA,,,,,,,,,,,,\n", count: 3)
        let report = try h.ingest([try h.write("cases.csv", text)], IngestOptions(format: .ctdc, onError: .skip, dataset: "cases"))
        #expect(report.errors.count == 3)
        let first = try derive(h, [.year])
        #expect(first.notes.contains("dataset cases version 1 was loaded with --on-error skip and holds 12 of the file's 15 rows, the 3 refused at ingest not counted: these figures count only the rows it holds, and their notes say so"), "\(first.notes)")
        let notes = try #require(try value(h, "cases-v1/count").notes)
        #expect(notes.contains("; it holds 12 of the file's 15 rows, the 3 refused at ingest not counted): "), "\(notes)")
        // As the tipdb before it wrote them: kept, unchanged, when derived again.
        let hidden = notes.replacingOccurrences(of: "12 of the file's 15 rows, the 3 refused", with: "12 of the file's rows, fewer than 11 refused")
        try h.db.execute("UPDATE figures SET notes = ? WHERE key = 'cases-v1/count'", [hidden])
        let again = try derive(h, [.year])
        #expect(again.updated == 0 && again.unchanged == again.counts + again.shares)
        #expect(try value(h, "cases-v1/count").notes == hidden)
        #expect(try h.count("figure_revisions") == 0)
    }
}
