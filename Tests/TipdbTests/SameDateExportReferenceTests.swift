import Foundation
import Testing

/// Two different GLOTIP exports with one preamble date (a corrected re-issue: Austria 2019 changed
/// from 45 to 46) get reference entries that tell them apart by file and SHA-256, so that a reader
/// of "revised from 45 (UNODC 2025a [2])" can tell which download said 45; an export of another
/// date keeps its entry (review of session 46: the two entries were alike but for the letter).
@Suite("brief: two exports of one date are told apart in the references (built binary)")
struct SameDateExportReferenceTests {
    static func glotip(date: String, austria2019: Int) -> String {
        OWIDCopyBriefTests.glotipHeader.replacingOccurrences(of: "DATE", with: date) + """
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(austria2019),GLOTIP
            AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP

            """
    }

    /// The files' SHA-256 (their text is fixed above), as `sha256sum` gives them.
    static let firstDigest = "268b83d0cf5be6113ddbee4941404680d0d416d2ac46690955d7afd9e10942fe"
    static let reissueDigest = "bb4b3a9c9fefa054407a6317d5283140d894e63f7b03df2c89cd7ccf1fefde0a"

    @Test("the re-issue and the first export of 2025-04-14 name their files and SHA-256; the 2024 export's entry is unchanged")
    func referencesTellExportsApart() throws {
        try withTemporaryDirectory { dir in
            let files = [
                "glotip_2024.csv": Self.glotip(date: "14/04/2024", austria2019: 41),
                "glotip_2025.csv": Self.glotip(date: "14/04/2025", austria2019: 45),
                "glotip_2025_fixed.csv": Self.glotip(date: "14/04/2025", austria2019: 46),
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for name in ["glotip_2024.csv", "glotip_2025.csv", "glotip_2025_fixed.csv"] {
                let loaded = try Tipdb.run(["ingest", name], in: dir)
                #expect(loaded.status == 0, "\(name): \(loaded.stderr)")
            }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "AUT"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let references = brief.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }.map(String.init)
            #expect(references == [
                "[1] UNODC (2025b). Global Report on Trafficking in Persons (GLOTIP) data, export of 2025-04-14 \\[Dataset\\]. 14 April 2025. File glotip\\_2025\\_fixed.csv, SHA-256 \(Self.reissueDigest.prefix(8)). <https://dataunodc.un.org/>. Accessed 14 April 2025.",
                "[2] UNODC (2025a). Global Report on Trafficking in Persons (GLOTIP) data, export of 2025-04-14 \\[Dataset\\]. 14 April 2025. File glotip\\_2025.csv, SHA-256 \(Self.firstDigest.prefix(8)). <https://dataunodc.un.org/>. Accessed 14 April 2025.",
                "[3] UNODC (2024). Global Report on Trafficking in Persons (GLOTIP) data, export of 2024-04-14 \\[Dataset\\]. 14 April 2024. <https://dataunodc.un.org/>. Accessed 14 April 2024.",
            ], "\(brief.stdout)")
            #expect(brief.stdout.contains("revised from 45 (UNODC 2025a [2], batch 2;"), "\(brief.stdout)")
            // The JSON reference's text says the same.
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "AUT", "--format", "json"], in: dir)
            #expect(json.stdout.contains("14 April 2025. File glotip_2025.csv, SHA-256 \(Self.firstDigest.prefix(8)). https://dataunodc.un.org/. Accessed 14 April 2025.\""), "\(json.stdout)")
            try expectBibliographyTellsApart(in: dir)
        }
    }

    /// `report sources` lists the same entries as the brief's references: the bibliography had the
    /// two exports of 2025-04-14 alike but for the letter (session 46's closing note).
    func expectBibliographyTellsApart(in dir: URL) throws {
        for arguments in [["report", "sources"], ["report", "sources", "--place", "AUT"]] {
            let sources = try Tipdb.run(arguments, in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            let entries = sources.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }.map(String.init)
            #expect(entries.count == 3, "\(sources.stdout)")
            #expect(entries.contains { $0.contains("(2025a)") && $0.contains("14 April 2025. File glotip\\_2025.csv, SHA-256 \(Self.firstDigest.prefix(8)). <https") }, "\(sources.stdout)")
            #expect(entries.contains { $0.contains("(2025b)") && $0.contains("14 April 2025. File glotip\\_2025\\_fixed.csv, SHA-256 \(Self.reissueDigest.prefix(8)). <https") }, "\(sources.stdout)")
            #expect(entries.contains { $0.contains("(2024)") && !$0.contains("SHA-256") }, "\(sources.stdout)")
        }
    }
}
