import Foundation
import Testing

/// A figure whose study is a study of another source: ingest warns at its study cell, but a
/// database loaded before that warning, or written with SQL, was never told, and its brief listed
/// the figure among the study's findings under the study's source as if it were that source's
/// (session 43). `tipdb check` names it now, and the brief says whose figure it is.
@Suite("study-of-another-source: tipdb check names the figure, the brief says whose it is (built binary)")
struct StudyOfAnotherSourceTests {
    static let message = "figures whose study is a study of another source than the figure's own: a brief lists each among "
        + "the study's findings, under the study's source; expected the study's own source, or, for a number the figure's "
        + "source repeats from the study, no study and cites naming the study's figure"

    /// A database with sources src1 and blog, study survey of src1, and figures b1 (blog's, of
    /// survey) and b2 (src1's, of survey), then b3 moved to blog with SQL, as another program would.
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("key,title,publisher,date\nsrc1,Test report,Test NGO,2021\nblog,A blog post,Blogger,2022\n", "s.csv", in: dir)
        try IngestPartWarningTests.write("key,title,source,period,places,method\nsurvey,Household survey,src1,2019,NGA,survey\n", "st.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,place,period,source,study,locator
            b1,forced-labour,25 million,WLD,2019,blog,survey,p. 1
            b2,forced-labour,3,NGA,2019,src1,survey,p. 2
            b3,forced-labour,4,GHA,2019,src1,survey,p. 3

            """, "f.csv", in: dir)
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "st.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        try MigrateDamagedSchemaTests.sqlite("UPDATE figures SET source = 'blog' WHERE key = 'b3';", in: dir)
    }

    @Test("tipdb check warns of each such figure, the one written with SQL included, in ingest's words")
    func check() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: study-of-another-source: \(Self.message) (2)
                  b1: survey is a study of source src1, and this figure's source is blog
                  b3: survey is a study of source src1, and this figure's source is blog

                """), "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains(#""study-of-another-source": 2"#), "\(json.stdout)")
        }
    }

    @Test("the brief's study lists such a figure naming its own source; the study's own figure as before")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                Findings in scope:

                - 25 million: Forced labour, World, 2019 (a figure of Blogger 2022, not of this study's source) [1]
                - 4: Forced labour, Ghana, 2019 (a figure of Blogger 2022, not of this study's source) [1]
                - 3: Forced labour, Nigeria, 2019 [2]

                """), "\(brief.stdout)")
        }
    }
}
