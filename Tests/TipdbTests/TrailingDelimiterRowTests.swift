import Foundation
import Testing

/// A TSV line ending in a tab (a CSV line ending in a comma) has one empty field more than the
/// header, which an editor does not show; it was told to "quote fields that contain the
/// delimiter", which it holds none of. The message now names the trailing delimiter.
@Suite("ingest: a row one field too long because of a trailing tab or comma says so (built binary)")
struct TrailingDelimiterRowTests {
    @Test("a trailing tab in TSV and a trailing comma in CSV are named; a long row with a value in its extra field keeps the quoting hint")
    func named() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2020,Survey,NGO,2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write(
                "key\tmeasure\tvalue\tunit\tplace\tperiod\tsource\nken-2019\tforced-labour\t20000\tpersons\tKEN\t2019\tngo-2020\t\n",
                "tt.tsv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                ken-2019,forced-labour,20000,persons,KEN,2019,ngo-2020,
                uga-2019,forced-labour,20,000,persons,UGA,2019,ngo-2020

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "sources.csv", "tt.tsv", "figures.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("tt.tsv:") || $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "tt.tsv:2:56: row has 8 fields, the last one empty after a trailing tab; expected 7 as in the header: remove the tab at the end of the line",
                "figures.csv:2:56: row has 8 fields, the last one empty after a trailing comma; expected 7 as in the header: remove the comma at the end of the line",
                "figures.csv:3:48: row has 8 fields; expected 7 as in the header (quote fields that contain the delimiter)",
            ], "\(refused.stderr)")
        }
    }
}
