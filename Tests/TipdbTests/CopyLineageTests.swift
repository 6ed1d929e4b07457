import Foundation
import Testing

/// A figure of a second-hand copy (Our World in Data's download of UNODC's series) repeats no
/// figure in the database, but is not the producer's own publication: `report lineage` and the
/// brief's lineage say whose data it is and who republished it (review R17).
@Suite("lineage: a second-hand copy named as one (built binary)")
struct CopyLineageTests {
    static let owidKey = "owid-detected:detected-trafficking-victims:AUT:2019"

    private func load(_ dir: URL) throws {
        let files = [
            "detected.csv": OWIDCopyBriefTests.owid(austria2019: 41), "detected.metadata.json": OWIDCopyBriefTests.metadata,
            "sources.csv": "key,kind,title,publisher,date\nnews-2021,news,Trafficking in Austria,Daily News,2021-03-01\n",
            // Without its cites, written below as another program would: the copy's source is dated
            // 2025-04-14, so ingest refuses the news item of 2021 as a repeat before its original
            // (check's repeat-before-original), which this test of the lineage's words is not about.
            "figures.csv": "key,measure,value,unit,place,period,source,method,cites\n"
                + "news-aut,detected-trafficking-victims,41,persons,AUT,2019,news-2021,reported,\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for name in ["detected.csv", "sources.csv", "figures.csv"] {
            let loaded = try Tipdb.run(["ingest", "--quiet", name], in: dir)
            #expect(loaded.status == 0, "\(name): \(loaded.stderr)")
        }
        try PublicationTimingCheckTests.setCites(["news-aut": Self.owidKey], in: dir)
    }

    @Test("report lineage of the copy's figure: a second-hand copy, not 'a primary figure'")
    func copyFigure() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let result = try Tipdb.run(["report", "lineage", Self.owidKey], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("""

                A second-hand copy: United Nations Office on Drugs and Crime's data as Our World in Data republished it. \
                It repeats no other figure in the database; cite the producer's own release where it gives this figure.

                """), "\(result.stdout)")
            #expect(!result.stdout.contains("A primary figure"))
        }
    }

    @Test("a figure repeating the copy: its chain ends at the producer's data as republished, in lineage, Markdown and JSON")
    func repeatOfCopy() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let ending = "a count of detected victims for 2019, United Nations Office on Drugs and Crime's data as Our World in Data republished it."
            let lineage = try Tipdb.run(["report", "lineage", "news-aut"], in: dir)
            #expect(lineage.stdout.contains("""
                The chain ends at a second-hand copy: \(Self.owidKey), United Nations Office on Drugs and Crime's data as Our World in Data republished it.
                FLAG: A second-hand copy: United Nations Office on Drugs and Crime's data as Our World in Data republished it. \
                It repeats no other figure in the database; cite the producer's own release where it gives this figure.

                """), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("Primary source reached"), "\(lineage.stdout)")
            #expect(lineage.stdout.contains("41 (Daily News 2021 [1]) repeats UNODC 2025 [2]: " + ending))
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            // Daily News 2021 is dated before the copy's download it cites: check's repeat-before-original, flagged here too.
            #expect(md.stdout.contains("- **Flag:** 41 (Daily News 2021 [2]) repeats UNODC 2025 [1]: " + ending + " Daily News 2021 repeats a figure of UNODC 2025 first published after it"), "\(md.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(json.stdout.contains("repeats UNODC 2025 [1]: " + ending), "\(json.stdout)")
        }
    }
}
