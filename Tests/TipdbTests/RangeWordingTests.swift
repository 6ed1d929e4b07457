import Foundation
import Testing

/// A range reads `low to high` at every magnitude and in every format: `1,499 to 1,501` and
/// `1.949 to 1.951 million (90% interval)` side by side, never `1.949-1.951 million`.
@Suite("Ranges read the same way at every magnitude, in every brief format (built binary)")
struct RangeWordingTests {
    private static let small = "1,499 to 1,501"
    private static let large = "1.949 to 1.951 million (90% interval)"

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("key,kind,title,publisher,date\nsrc-a,report,Forced labour in France,INSEE,2021\n".utf8)
            .write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,method,locator
            f3,forced-labour,1500,1499,1501,,persons,FRA,2012,src-a,estimated,p. 1
            f7,forced-labour,1950000,1949000,1951000,0.9,persons,FRA,2014,src-a,estimated,p. 2

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("Markdown, HTML, CSV and JSON write both ranges with 'to'", arguments: ["md", "html", "csv", "json"])
    func everyFormat(format: String) throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let result = try Tipdb.run(["report", "brief", "--format", format, "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(Self.small), "\(result.stdout)")
            #expect(result.stdout.contains(Self.large), "\(result.stdout)")
            #expect(!result.stdout.contains("1.949-1.951"), "\(result.stdout)")
        }
    }

    @Test("report lineage writes the same range as the brief")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let result = try Tipdb.run(["report", "lineage", "f7"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("range: " + Self.large), "\(result.stdout)")
        }
    }
}
