import Foundation
import Testing

/// `tipdb check` warns where a second-hand copy (Our World in Data's download of UNODC's series)
/// gives another number than its producer's own figure for the same people (review R17: 412
/// against UNODC's `<5` passed check without a word), matching copies as the brief does.
@Suite("check: a copy that contradicts its producer (built binary)")
struct CopyDiffersCheckTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        unodc-own,dataset,Detected victims,,UNODC,2025-04-14,https://dataunodc.un.org/,,2025-05-01,,
        owid-copy,dataset,Detected victims,,United Nations Office on Drugs and Crime,2025,https://ourworldindata.org/,,2025-05-01,,Republished by Our World in Data as detected.csv.

        """
    /// Pairs for the Philippines in 2019: 412 against `<5`, 250 against 150 and 1,200 against 1,234
    /// (counts of detected victims are records: no rounding tolerance, `CopyRecordsExactTests`)
    /// differ; 40 and 40, and 3 against `<5` (inside its bounds) agree; the copy's 2020 figure has
    /// no producer figure to compare.
    static let figures = """
        key,measure,value,low,high,unit,place,period,sex,age_group,source,method,locator
        own-fc,detected-trafficking-victims,<5,,,persons,PHL,2019,female,children,unodc-own,detected,table 1
        copy-fc,detected-trafficking-victims,412,,,persons,PHL,2019,female,children,owid-copy,detected,row 1
        own-mc,detected-trafficking-victims,40,,,persons,PHL,2019,male,children,unodc-own,detected,table 1
        copy-mc,detected-trafficking-victims,40,,,persons,PHL,2019,male,children,owid-copy,detected,row 2
        own-t,detected-trafficking-victims,"1,234",,,persons,PHL,2019,total,total,unodc-own,detected,table 1
        copy-t,detected-trafficking-victims,"1,200",,,persons,PHL,2019,total,total,owid-copy,detected,row 3
        own-fa,detected-trafficking-victims,<5,,,persons,PHL,2019,female,adults,unodc-own,detected,table 1
        copy-fa,detected-trafficking-victims,3,,,persons,PHL,2019,female,adults,owid-copy,detected,row 4
        own-ma,detected-trafficking-victims,150,100,200,persons,PHL,2019,male,adults,unodc-own,detected,table 1
        copy-ma,detected-trafficking-victims,250,,,persons,PHL,2019,male,adults,owid-copy,detected,row 5
        copy-2020,detected-trafficking-victims,770,,,persons,PHL,2020,total,total,owid-copy,detected,row 6

        """

    @Test("412 against <5, 250 against 150 and 1,200 against 1,234 are named, with the producer's figure; agreeing pairs are not")
    func namesDisagreements() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "warnings only: \(check.stderr)")
            #expect(check.stdout.contains("warning: copy-differs: a second-hand copy of a producer's data (such as Our World in Data's download of UNODC's series) gives another number than the producer's own figure for the same measure, place, period, sex, age group, form and unit (beyond rounding, or for counts from records, such as detected victims, at all; a censored <5 by its bounds, a range by its overlap; kept as published): the copy may hold another release, the republisher's processing or a mistake; cite the producer's own figure and say that the copy gives another number (3)\n  copy-fc (412) against own-fc (<5), the producer's own figure (unodc-own)\n  copy-ma (250) against own-ma (150), the producer's own figure (unodc-own)\n  copy-t (1200) against own-t (1234), the producer's own figure (unodc-own)\n"), "\(check.stdout)")
            for agreeing in ["copy-mc", "copy-fa", "copy-2020"] {
                #expect(!check.stdout.contains(agreeing), "\(agreeing): \(check.stdout)")
            }
            // The JSON report names the same rows.
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"copy-fc (412) against own-fc (<5), the producer's own figure (unodc-own)\""), "\(json.stdout)")
        }
    }

    @Test("against a GLOTIP series, the producer's figure is its latest release's, and the row says so")
    func latestRelease() throws {
        try withTemporaryDirectory { dir in
            let files = [
                "glotip_2024.csv": OWIDCopyBriefTests.glotip2024, "glotip_2025.csv": OWIDCopyBriefTests.glotip2025,
                "detected.csv": OWIDCopyBriefTests.owid(austria2019: 41), "detected.metadata.json": OWIDCopyBriefTests.metadata,
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for name in ["glotip_2024.csv", "glotip_2025.csv", "detected.csv"] {
                let loaded = try Tipdb.run(["ingest", name], in: dir)
                #expect(loaded.status == 0, "\(name): \(loaded.stderr)")
            }
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            // The copy's 41 is the 2024 release's number; UNODC's latest release revised it to 45.
            let rows = check.stdout.split(separator: "\n").filter { $0.contains(" against ") }
            #expect(rows.count == 1, "\(check.stdout)")
            #expect(rows.first?.hasSuffix(":AUT:2019 (41) against unodc-glotip:detected-trafficking-victims:AUT:2019 (45), the producer's own figure, in its latest release (unodc-glotip-2025-04-14, 2025-04-14)") == true, "\(check.stdout)")
        }
    }

    @Test("a copy that agrees with its producer passes: 45 against 45")
    func agreeingCopyPasses() throws {
        try withTemporaryDirectory { dir in
            let files = [
                "glotip_2025.csv": OWIDCopyBriefTests.glotip2025,
                "detected.csv": OWIDCopyBriefTests.owid(austria2019: 45), "detected.metadata.json": OWIDCopyBriefTests.metadata,
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for name in ["glotip_2025.csv", "detected.csv"] {
                #expect(try Tipdb.run(["ingest", name], in: dir).status == 0)
            }
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("copy-differs"), "\(check.stdout)")
        }
    }
}
