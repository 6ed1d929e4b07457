import Foundation
import Testing

/// `figure_citations`, which the README tells partners holds "everything needed to cite" a figure,
/// showed another source's number as the figure's source's revision with no way in SQL to tell
/// (publisher's review, session 49, defect 3), and a superseded CTDC version's counts as current
/// (defect 5): previous_source says whose previous_value was, and in_latest_release is 0 for a
/// figure derived from a dataset version a newer derived version supersedes.
@Suite("figure_citations: previous_source, and superseded dataset versions (built binary)")
struct CitationEarlierSourceTests {
    static let header = "key,measure,value,unit,place,period,source,method\n"

    @Test("a figure whose number and source a later file changed: previous_source is the earlier source; a source's own revision names itself")
    func previousSource() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,kind,title,publisher,date,license
                ons-2024,dataset,Modern slavery in England and Wales,Office for National Statistics,2024-03,OGL v3.0
                acme-2023,report,Leaked draft tally,Acme Consulting,2023,All rights reserved

                """, "two-src.csv", in: dir)
            let files = [
                ("fig-a.csv", "nrm-2022,detected-trafficking-victims,\"16,000\",persons,GBR,2022,acme-2023,detected"),
                ("fig-b.csv", "nrm-2022,detected-trafficking-victims,\"16,938\",persons,GBR,2022,ons-2024,detected"),
                ("own-1.csv", "own,detected-trafficking-victims,10,persons,GBR,2021,ons-2024,detected"),
                ("own-2.csv", "own,detected-trafficking-victims,12,persons,GBR,2021,ons-2024,detected"),
            ]
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "two-src.csv"], in: dir).status == 0)
            for (name, row) in files {
                try IngestPartWarningTests.write(Self.header + row + "\n", name, in: dir)
                #expect(try Tipdb.run(["ingest", "--quiet", name], in: dir).status == 0)
            }
            let rows = try StoredFilePathTests.sql(
                "SELECT figure, source, revisions, previous_value, previous_source, previous_source IS NOT source AS other FROM figure_citations ORDER BY figure", in: dir)
            #expect(rows == "figure,source,revisions,previous_value,previous_source,other\nnrm-2022,ons-2024,1,16000.0,acme-2023,1\nown,ons-2024,1,10.0,ons-2024,0\n")
        }
    }

    @Test("two derived versions of a dataset: the superseded version's figures read in_latest_release 0, with the newer version's date")
    func supersededVersion() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(CaseFiles.synthetic([(30, "2019", "USA"), (5, "2020", "USA")]).utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data(CaseFiles.synthetic([(30, "2019", "USA"), (25, "2020", "USA")]).utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", "--released", "2024-01-01", "v1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir).status == 0)
            let single = try StoredFilePathTests.sql("SELECT DISTINCT source, latest_release, in_latest_release FROM figure_citations ORDER BY source", in: dir)
            #expect(single == "source,latest_release,in_latest_release\nsample-v1,2024-01-01,1\n")
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", "--released", "2025-01-01", "v2.csv"], in: dir).status == 0)
            // Loaded, not yet derived: version 1 is still the latest derived.
            #expect(try StoredFilePathTests.sql("SELECT DISTINCT source, latest_release, in_latest_release FROM figure_citations ORDER BY source", in: dir) == single)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir).status == 0)
            let both = try StoredFilePathTests.sql("SELECT DISTINCT source, latest_release, in_latest_release FROM figure_citations ORDER BY source", in: dir)
            #expect(both == "source,latest_release,in_latest_release\nsample-v1,2025-01-01,0\nsample-v2,2025-01-01,1\n")
            // The same figures latest_estimates leaves out.
            let agree = try StoredFilePathTests.sql("""
                SELECT count(*) AS n FROM figure_citations c
                WHERE c.in_latest_release = 0 AND EXISTS (SELECT 1 FROM latest_estimates l WHERE l.figure = c.figure)
                """, in: dir)
            #expect(agree == "n\n0\n")
        }
    }
}
