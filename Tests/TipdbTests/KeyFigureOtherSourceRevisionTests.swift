import Foundation
import Testing

/// A figure first loaded from a consultancy's tally (16,000), then from the statistics office
/// (16,938): the key figure read "16,938 (revised from 16,000)" in a row whose source column named
/// the statistics office alone, though 16,000 was never its number (publisher's review of session
/// 48, its defect 3 as it concerns the brief). The earlier number is now named with its source.
@Suite("key figures: an earlier number of another source is named with it, not called its revision (built binary)")
struct KeyFigureOtherSourceRevisionTests {
    @Test("16,938 (replacing Acme Consulting 2023's 16,000)")
    func otherSource() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
                ons-2024,dataset,Modern slavery in England and Wales,,Office for National Statistics,2024-03,https://www.ons.gov.uk/x,,2024-05-01,OGL v3.0,
                acme-2023,report,Leaked draft tally,,Acme Consulting,2023,https://acme.example/x,,2024-05-01,All rights reserved,

                """, "two-src.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method\nnrm-2022,detected-trafficking-victims,\"16,000\",persons,GBR,2022,acme-2023,detected\n",
                "fig-a.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method\nnrm-2022,detected-trafficking-victims,\"16,938\",persons,GBR,2022,ons-2024,detected\n",
                "fig-b.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for files in [["two-src.csv", "fig-a.csv"], ["fig-b.csv"]] {
                let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "GBR"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "| Detected victims of trafficking | United Kingdom | 16,938 (replacing Acme Consulting 2023's 16,000) |  | 2022 | "
                + "Office for National Statistics 2024 [1] |"),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("(revised from 16,000)"), "\(brief.stdout)")
        }
    }
}
