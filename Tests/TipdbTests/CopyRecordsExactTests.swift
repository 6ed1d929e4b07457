import Foundation
import Testing

/// A second-hand copy that holds a count of detected victims its producer has since revised
/// (Our World in Data's 1,200 for UNODC's latest 1,250) differs from it: counts from records are
/// compared exactly, by the brief's copy caution and by `tipdb check`'s `copy-differs` alike,
/// while an estimate published rounded keeps the rounding tolerance (review of session 46: the
/// caution called 1,200 and 1,250 "one figure given twice, not two that agree").
@Suite("copies: counts from records differ when not equal, estimates beyond rounding (built binary)")
struct CopyRecordsExactTests {
    static func glotip(date: String, austria2019: String) -> String {
        OWIDCopyBriefTests.glotipHeader.replacingOccurrences(of: "DATE", with: date) + """
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(austria2019),GLOTIP
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,1100,GLOTIP

            """
    }

    /// UNODC's 2024 export says 1,200, its 2025 export 1,250; the copy holds `copy2019`.
    static func load(copy2019: Int, in dir: URL) throws {
        let files = [
            "glotip_2024.csv": glotip(date: "14/04/2024", austria2019: "1200"),
            "glotip_2025.csv": glotip(date: "14/04/2025", austria2019: "1250"),
            "detected.csv": "Entity,Code,Year,\(OWIDCopyBriefTests.column)\nAustria,AUT,2019,\(copy2019)\nAustria,AUT,2020,1100\n",
            "detected.metadata.json": OWIDCopyBriefTests.metadata,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for name in ["glotip_2024.csv", "glotip_2025.csv", "detected.csv"] {
            let loaded = try Tipdb.run(["ingest", name], in: dir)
            #expect(loaded.status == 0, "\(name): \(loaded.stderr)")
        }
    }

    @Test("the copy's 1,200 against the latest release's 1,250 is named in the brief's caution, not called one figure given twice")
    func briefNamesSupersededCount() throws {
        try withTemporaryDirectory { dir in
            try Self.load(copy2019: 1200, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "AUT"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("], not an independent source: a figure both give alike is one figure given twice, not two that agree. The two disagree on 1 figure: for Detected victims of trafficking, Austria, 2019, the producer's own latest release, UNODC 2025b [1], gives 1,250 (revised from 1,200) and the copy gives 1,200. The copy may hold another release of the producer's data, Our World in Data's processing of it, or a mistake: cite the producer's own figure, and say that the copy gives another number."), "\(brief.stdout)")
            #expect(!brief.stdout.contains("a figure both give is one figure given twice"), "\(brief.stdout)")
        }
    }

    @Test("check's copy-differs lists the copy's 1,200 against the latest release's 1,250, in the rule's new words")
    func checkNamesSupersededCount() throws {
        try withTemporaryDirectory { dir in
            try Self.load(copy2019: 1200, in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "warnings only: \(check.stderr)")
            #expect(check.stdout.contains("warning: copy-differs: a second-hand copy of a producer's data (such as Our World in Data's download of UNODC's series) gives another number than the producer's own figure for the same measure, place, period, sex, age group, form and unit (beyond rounding, or for counts from records, such as detected victims, at all; a censored <5 by its bounds, a range by its overlap; kept as published): the copy may hold another release, the republisher's processing or a mistake; cite the producer's own figure and say that the copy gives another number (1)\n"), "\(check.stdout)")
            let rows = check.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" against ") }
            #expect(rows.map(String.init) == ["  owid-detected:detected-trafficking-victims:AUT:2019 (1200) against unodc-glotip:detected-trafficking-victims:AUT:2019 (1250), the producer's own figure, in its latest release (unodc-glotip-2025-04-14, 2025-04-14)"], "\(check.stdout)")
        }
    }

    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        unodc-own,dataset,Detected victims,,UNODC,2025-04-14,https://dataunodc.un.org/,,2025-05-01,,
        owid-copy,dataset,Detected victims,,United Nations Office on Drugs and Crime,2025,https://ourworldindata.org/,,2025-05-01,,Republished by Our World in Data as detected.csv.

        """
    /// The estimate's 28 million is 27.6 million rounded; the count's 1,000 is not 1,050.
    static let figures = """
        key,measure,value,low,high,unit,place,period,sex,age_group,source,method,locator
        own-est,modern-slavery,"27,600,000",,,persons,PHL,2019,total,total,unodc-own,estimated,table 1
        copy-est,modern-slavery,28 million,,,persons,PHL,2019,total,total,owid-copy,estimated,row 1
        own-count,detected-trafficking-victims,"1,050",,,persons,PHL,2019,total,total,unodc-own,detected,table 2
        copy-count,detected-trafficking-victims,"1,000",,,persons,PHL,2019,total,total,owid-copy,detected,row 2

        """

    @Test("an estimate published rounded keeps the tolerance (28 million for 27.6 million); a count of 1,000 against 1,050 is named")
    func estimatesKeepRounding() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            let rows = check.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" against ") }
            #expect(rows.map(String.init) == ["  copy-count (1000) against own-count (1050), the producer's own figure (unodc-own)"], "\(check.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "PHL"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("not an independent source: a figure both give alike is one figure given twice, not two that agree. The two disagree on 1 figure: for Detected victims of trafficking, the Philippines, 2019, the producer's own UNODC 2025b [1] gives 1,050 and the copy gives 1,000. The copy may hold"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("the copy gives 28 million"), "\(brief.stdout)")
        }
    }
}
