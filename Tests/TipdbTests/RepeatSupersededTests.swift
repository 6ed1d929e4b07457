import Foundation
import Testing

/// A repeat that quotes the number its source gave before a revision did not change it: it
/// repeats a superseded number, and the brief, `report lineage` and `tipdb check` say that
/// instead of blaming the repeat (review of session 30).
@Suite("Repeats of a number since revised (built binary)")
struct RepeatSupersededTests {
    /// Statistics Office 2021 gives Norway 41, then revises it to 45; Blogger 2022 repeats the 41
    /// for Norway, and for Sweden.
    private static func makeDatabase(in dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try Data("""
            key,kind,title,publisher,date
            stat-2021,report,Trafficking statistics,Statistics Office,2021
            blog-2022,article,A post,Blogger,2022

            """.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,cites,method
            n2020,detected-trafficking-victims,41,persons,NOR,2020,stat-2021,,detected
            b2020,detected-trafficking-victims,41,persons,NOR,2020,blog-2022,n2020,reported
            b-other,detected-trafficking-victims,41,persons,SWE,2020,blog-2022,n2020,reported

            """.utf8).write(to: dir.appendingPathComponent("v1.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,method
            n2020,detected-trafficking-victims,45,persons,NOR,2020,stat-2021,detected

            """.utf8).write(to: dir.appendingPathComponent("v2.csv"))
        #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "v1.csv"], in: dir).status == 0)
        let revise = try Tipdb.run(["ingest", "--quiet", "v2.csv"], in: dir)
        #expect(revise.status == 0, "\(revise.stderr)")
    }

    @Test("41, repeated before the source revised it to 45, is named as an earlier number, not as a change")
    func superseded() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let sentence = "Blogger 2022 repeats an earlier number of Statistics Office 2021: 41, since revised to 45"
            let brief = try Tipdb.run(["report", "brief"], in: dir)
            #expect(brief.stdout.contains(sentence), "\(brief.stdout)")
            #expect(brief.stdout.contains(
                "Blogger 2022 changes what it repeats from Statistics Office 2021: the place (Sweden, not Norway); and its number is an earlier one of Statistics Office 2021: 41, since revised to 45"),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("the number (41, not 45)"))
            let lineage = try Tipdb.run(["report", "lineage", "b2020"], in: dir)
            #expect(lineage.stdout.contains("\nFLAG: " + sentence + ".\n"), "\(lineage.stdout)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(
                "b2020 repeats n2020 with value 41, not 45 (it repeats an earlier number of n2020: 41, since revised to 45)"),
                "\(check.stdout)")
        }
    }

    /// NCRB's 6,036 for 2022, repeated as "over 6000", then revised to 2,250: the row said "value
    /// 6000, not 2250 (the number ncrb22-ind had before a revision: ...)", as if 2250 were the old
    /// number, and never named 6036 (review of session 39).
    @Test("ingest and check name both numbers of a repeat of a number since revised: the earlier one it rounds and the one it was revised to")
    func bothNumbersNamed() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("""
                key,kind,title,publisher,date
                ncrb-2023,report,Crime in India 2022,National Crime Records Bureau,2023-12
                hindu-2024,article,Over 6000 trafficked in India,The Hindu,2024-01-15

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,cites,method
                ncrb22-ind,detected-trafficking-victims,6036,persons,IND,2022,ncrb-2023,,detected
                hindu24-ind,detected-trafficking-victims,6000,persons,IND,2022,hindu-2024,ncrb22-ind,reported

                """.utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                ncrb22-ind,detected-trafficking-victims,2250,persons,IND,2022,ncrb-2023,detected

                """.utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "v1.csv"], in: dir).status == 0)
            let row = "hindu24-ind repeats ncrb22-ind with value 6000, not 2250 (it repeats an earlier number of ncrb22-ind: 6036, since revised to 2250)"
            let revise = try Tipdb.run(["ingest", "v2.csv"], in: dir)
            #expect(revise.status == 0, "\(revise.stderr)")
            #expect(IngestPartWarningTests.warnings(revise.stderr) == ["warning: v2.csv:2:1: repeat-changed: \(row): \(IngestRepeatChangedTests.message)"],
                    "\(revise.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  \(row)\n"), "\(check.stdout)")
        }
    }

    @Test("lineage JSON: the flag of a repeat of a since-revised number lists no value change and says the earlier number in superseded")
    func lineageJSON() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            func flags(_ key: String) throws -> [[String: Any]] {
                let result = try Tipdb.run(["report", "lineage", key, "--format", "json"], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                return (object?["flags"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "repeat-changes" }
            }
            let norway = try flags("b2020")
            #expect(norway.count == 1)
            #expect(norway.first?["changes"] as? [String] == [], "\(norway)")
            #expect(norway.first?["superseded"] as? String == "41, since revised to 45", "\(norway)")
            let sweden = try flags("b-other")
            #expect(sweden.first?["changes"] as? [String] == ["place"], "\(sweden)")
            #expect(sweden.first?["superseded"] as? String == "41, since revised to 45", "\(sweden)")
        }
    }

    @Test("the figures table's Method column says the repeat's number is an earlier one, as lineage does, not that the number changed")
    func figuresTable() throws {
        try withTemporaryDirectory { dir in
            try Self.makeDatabase(in: dir)
            let sentence = "Blogger 2022 repeats an earlier number of Statistics Office 2021: 41, since revised to 45"
            let brief = try Tipdb.run(["report", "brief"], in: dir)
            let rows = brief.stdout.split(separator: "\n").filter { $0.hasPrefix("| 41 |") }
            #expect(rows == [
                "| 41 |  | Norway | 2020 | all | reported; repeats Statistics Office 2021 (45, 2020); \(sentence) | Blogger 2022 [2] | b2020 |",
                "| 41 |  | Sweden | 2020 | all | reported; repeats Statistics Office 2021 (45, 2020); changed on the way: the place; \(sentence) | Blogger 2022 [2] | b-other |",
            ], "\(brief.stdout)")
            #expect(!brief.stdout.contains("changed on the way: the number"))
            let csv = try Tipdb.run(["report", "brief", "--format", "csv"], in: dir)
            #expect(csv.stdout.contains(",\"repeats Statistics Office 2021 (45, 2020); \(sentence)\","), "\(csv.stdout)")
        }
    }
}
