import Foundation
import Testing

/// A source's revision that came with a newer publication, as a reviewer of briefs found it
/// (session 42): a repeat of the earlier number was said to quote the newer publication, and an
/// earlier minimum lost its "at least" in "revised from".
@Suite("briefs: an earlier number keeps its own source and its bound (built binary)")
struct BriefRevisionSourceTests {
    /// f1 (41, Statistics Office 2024) revised to 45 by Statistics Office 2025; a blog of 2024
    /// repeats the 41. m1 (at least 30,000) revised to 35,000.
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("""
            key,kind,title,authors,publisher,date
            office-2024,report,Annual report 2024,,Statistics Office,2024-06-01
            office-2025,report,Annual report 2025 (revised),,Statistics Office,2025-06-01
            blog-2024,article,Blog post,"Roe, Rick",Blog,2024-09-01

            """, "src.csv", in: dir)
        let header = "key,measure,value,low,unit,place,period,source,locator,cites\n"
        try IngestPartWarningTests.write(header + "f1,detected-trafficking-victims,41,,persons,NPL,2023,office-2024,p. 3,\nm1,forced-labour,\"30,000\",\"30,000\",persons,NPL,2023,office-2024,p. 4,\n", "v1.csv", in: dir)
        try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,cites\nb1,detected-trafficking-victims,41,persons,NPL,2023,blog-2024,f1\n", "blog.csv", in: dir)
        try IngestPartWarningTests.write(header + "f1,detected-trafficking-victims,45,,persons,NPL,2023,office-2025,p. 9,\nm1,forced-labour,\"35,000\",,persons,NPL,2023,office-2025,p. 10,\n", "v2.csv", in: dir)
        for files in [["src.csv", "v1.csv"], ["blog.csv"], ["v2.csv"]] {
            let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    @Test("a repeat of a number revised by a newer publication names the publication each number came from")
    func earlierSource() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "b1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains(
                "Roe 2024 repeats an earlier number of the figure it repeats: 41 (Statistics Office 2024), since revised to 45 (Statistics Office 2025)"),
                "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("an earlier number of Statistics Office 2025"), "\(lineage.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.stdout.contains("41 (Statistics Office 2024), since revised to 45 (Statistics Office 2025)"), "\(brief.stdout)")
        }
    }

    @Test("a minimum revised to a number is 'revised from at least 30,000'")
    func earlierMinimum() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.stdout.contains("35,000 (revised from at least 30,000)"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("revised from 30,000"), "\(brief.stdout)")
        }
    }
}
