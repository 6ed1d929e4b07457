import Foundation
import Testing

/// An Our World in Data column's unit is the one its metadata's `unit` states, not only its short
/// unit: `"unit": "%"` with an empty short unit stored 52 percent as 52 detected victims, and
/// `US dollars` under detected victims was stored as persons. A unit tipdb does not read, or one
/// that contradicts the title or the measure, is refused at the column's header cell.
@Suite("Our World in Data: the metadata's unit decides a column's unit, and one that contradicts it is refused (built binary)")
struct OWIDUnitTests {
    static let title = "Detected victims trafficked for forced labour"
    static let csv = "Entity,Code,Year,\(title)\nWorld,OWID_WRL,2018,38\nBrazil,BRA,2018,52\n"

    /// Writes `fl-share.csv` with `title` as its column and its metadata with `unit` (JSON members), then `tipdb init`.
    static func write(unit: String, title: String = Self.title, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("Entity,Code,Year,\(title)\nWorld,OWID_WRL,2018,38\nBrazil,BRA,2018,52\n".utf8).write(to: dir.appendingPathComponent("fl-share.csv"))
        let metadata = #"{"chart":{"originalChartUrl":"https://ourworldindata.org/grapher/share-forced-labour"},"columns":{"\#(title)":{\#(unit),"#
            + #""descriptionShort":"Share of detected victims who were trafficked for forced labour.","origins":[{"producer":"United Nations Office on Drugs and Crime","title":"GLOTIP","datePublished":"2024-12-11","urlMain":"https://www.unodc.org"}]}}}"#
        try Data(metadata.utf8).write(to: dir.appendingPathComponent("fl-share.metadata.json"))
    }

    /// The lines of `stderr` that are errors or warnings (not notes).
    static func problems(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note: ") }
    }

    @Test("a percent unit in the metadata (%, percent, % of victims) stores percent; the form names the part, so no warning",
          arguments: [#""unit":"%","shortUnit":"""#, #""unit":"percent""#, #""unit":"% of victims""#])
    func percent(unit: String) throws {
        try withTemporaryDirectory { dir in
            try Self.write(unit: unit, in: dir)
            let result = try Tipdb.run(["ingest", "fl-share.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: fl-share.csv: column 4 \"\(Self.title)\" → detected-trafficking-victims, percent, form forced-labour\n"), "\(result.stderr)")
            #expect(Self.problems(result.stderr).isEmpty, "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT key, value, unit FROM figures ORDER BY key", in: dir) == """
                owid-share-forced-labour:detected-trafficking-victims:BRA:2018:forced-labour:percent,52.0,percent
                owid-share-forced-labour:detected-trafficking-victims:WLD:2018:forced-labour:percent,38.0,percent
                """)
        }
    }

    @Test("a percent column whose title names no subgroup or form: loaded, with one warning at its header cell")
    func shareWithoutPart() throws {
        try withTemporaryDirectory { dir in
            let title = "Detected victims of human trafficking"
            try Self.write(unit: #""unit":"%""#, title: title, in: dir)
            let result = try Tipdb.run(["ingest", "fl-share.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.problems(result.stderr) == [
                "warning: fl-share.csv:1:18: column \"\(title)\" → percent: sex, age_group and form all total: a share of which part of the measure? "
                    + "The title names no subgroup or form tipdb reads, and each figure's notes only quote it; if a brief is to say the part, "
                    + "give these shares in a figures file with sex, age_group or form filled (age_group children: children as a share of all); loaded as published",
            ], "\(result.stderr)")
            #expect(result.stdout.contains("fl-share.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 1)"), "\(result.stdout)")
            #expect(try RetractCommandTests.sql("SELECT value, unit FROM figures ORDER BY value", in: dir) == "38.0,percent\n52.0,percent")
        }
    }

    @Test("US dollars: refused under a count of detected victims (exit 1, nothing stored), stored as USD under a money measure")
    func money() throws {
        try withTemporaryDirectory { dir in
            try Self.write(unit: #""unit":"US dollars""#, in: dir)
            for arguments in [["ingest", "fl-share.csv"], ["ingest", "--on-error", "skip", "fl-share.csv"]] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 1)
                #expect(Self.problems(result.stderr).first == """
                    fl-share.csv:1:18: column "\(Self.title)": its metadata's unit "US dollars" is a sum of money (USD), which does not fit \
                    measure "detected-trafficking-victims" (read from its title), a count of detected cases in persons; \
                    expected one of per-1000, per-100000, percent, percent-change, persons, persons-change for it: \
                    correct the unit in the metadata or the column's title, then load the file again (--metadata FILE reads a corrected copy)
                    """, "\(result.stderr)")
                #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
            }
        }
        try withTemporaryDirectory { dir in
            try Self.write(unit: #""unit":"US dollars""#, title: "Illegal profits from forced labour", in: dir)
            let result = try Tipdb.run(["ingest", "fl-share.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT measure, value, unit FROM figures ORDER BY value", in: dir)
                == "forced-labour-profits,38.0,USD\nforced-labour-profits,52.0,USD")
        }
    }

    @Test("a unit tipdb does not read, money in another currency, and a unit the short unit or the title contradicts: refused at the header cell",
          arguments: [
            (#""unit":"hectares""#, Self.title,
             #"its metadata's unit "hectares" is not a unit tipdb reads (a count such as persons, victims or number; %, percent; per 100,000 or per 1,000; US dollars; index); measure "detected-trafficking-victims" (read from its title) would store the values in persons unseen: correct the unit in the metadata, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"euros""#, "Illegal profits from forced labour",
             #"its metadata's unit "euros" is money in another currency than the US dollar, which tipdb keeps every sum of money in: convert the values (say the rate in the source's notes) and correct the unit in the metadata, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"victims","shortUnit":"%""#, Self.title,
             #"its metadata's unit "victims" is a count, but its short unit "%" is a share (percent); expected the two to agree: correct the metadata, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"%""#, "Detected victims of human trafficking for forced labour (number)",
             #"its metadata's unit "%" is a share (percent), but its title says "(number)", a count; tipdb cannot tell which the values are: correct the unit in the metadata or the column's title, then load the file again (--metadata FILE reads a corrected copy)"#),
          ])
    func refused(unit: String, title: String, message: String) throws {
        try withTemporaryDirectory { dir in
            try Self.write(unit: unit, title: title, in: dir)
            let result = try Tipdb.run(["ingest", "fl-share.csv"], in: dir)
            #expect(result.status == 1)
            #expect(Self.problems(result.stderr).first == "fl-share.csv:1:18: column \"\(title)\": \(message)", "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }
}
