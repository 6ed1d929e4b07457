import Foundation
import Testing

/// Two exports joined (`cat a.csv b.csv`) leave the second header as a data line: each of its
/// cells was refused on its own (six errors: `unknown measure "measure"`, `"value" is not a
/// number`, ...) and the closing line spoke of sources to add. It is now one error at the line.
@Suite("ingest: a data line that repeats the header is one error (built binary)")
struct RepeatedHeaderTests {
    static let header = "key,measure,value,unit,place,period,source\n"
    static let first = "j1,detected-trafficking-victims,5,persons,GBR,2019,ngo-2020\n"
    static let second = "j2,detected-trafficking-victims,6,persons,GBR,2020,ngo-2020\n"

    @Test("with and without a byte order mark before the second header: one error at FILE:3:1, no hint about sources; skip loads the two rows")
    func joined() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(ShortenedSpanPeriodTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.first + Self.header + Self.second, "joined.csv", in: dir)
            try IngestPartWarningTests.write(Self.header + Self.first + "\u{FEFF}" + Self.header + Self.second, "joined-bom.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            for name in ["joined.csv", "joined-bom.csv"] {
                let run = try Tipdb.run(["ingest", name], in: dir)
                #expect(run.status == 1)
                let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("\(name):") }
                #expect(errors == ["\(name):3:1: this line repeats the header of line 1 (two files joined together?); delete it"], "\(run.stderr)")
                #expect(!run.stderr.contains("rows name sources"), "\(run.stderr)")
            }
            let skip = try Tipdb.run(["ingest", "--on-error", "skip", "joined.csv"], in: dir)
            #expect(skip.stdout.contains("joined.csv: 3 read, 2 inserted, 0 updated, 0 unchanged, 1 rejected"), "\(skip.stdout)")
        }
    }
}
