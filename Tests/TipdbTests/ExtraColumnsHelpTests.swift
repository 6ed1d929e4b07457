import Foundation
import Testing

/// `ingest --help-details` said a column the file does not have keeps its stored value, but x_
/// columns are one group, as README says: loading x_region after x_page dropped x_page. The page
/// now says so, and this test holds the page to what the binary does.
@Suite("ingest --help-details: x_ columns are replaced as a group, as the binary does (built binary)")
struct ExtraColumnsHelpTests {
    @Test("the page names the group rule; x_region loaded after x_page leaves x_region alone, and a file with no x_ column keeps it")
    func groupRule() throws {
        try withTemporaryDirectory { dir in
            let page = try Tipdb.run(["ingest", "--help-details"], in: dir)
            let joined = page.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(joined.contains("a column the file does not have (a JSON member an object leaves out) keeps its stored value, an empty one (null) clears it, "
                + "except x_ columns, which count as one group: a file with none keeps the stored ones, a file with any replaces them all "
                + "(x_region loaded after x_page drops x_page: give both to keep both)"), "\(page.stdout)")

            try IngestPartWarningTests.write("key,title,publisher,date\nngo-2020,Survey,NGO,2020\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,x_page\nk,forced-labour,20000,persons,KEN,2019,ngo-2020,12\n", "page.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,x_region\nk,forced-labour,20000,persons,KEN,2019,ngo-2020,east\n", "region.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nk,forced-labour,21000,persons,KEN,2019,ngo-2020\n", "plain.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for file in ["sources.csv", "page.csv", "region.csv", "plain.csv"] {
                let loaded = try Tipdb.run(["ingest", file], in: dir)
                #expect(loaded.status == 0, "\(file): \(loaded.stderr)")
            }
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT value, extra FROM figures"], in: dir).stdout
            #expect(stored.replacingOccurrences(of: "\r\n", with: "\n") == "value,extra\n21000.0,\"{\"\"x_region\"\":\"\"east\"\"}\"\n")
        }
    }
}
