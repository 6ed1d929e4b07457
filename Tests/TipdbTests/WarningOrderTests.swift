import Foundation
import Testing

/// Ingest's warnings about the figures just loaded (`series-jump`, `parts-above-total`,
/// `measure-above-whole`) came in `tipdb check`'s order, by key, so that a file's line 11 was
/// warned about before its line 3. Each rule's warnings are now in the file's line order, as its
/// errors are, and the first 20 in the file are the ones shown.
@Suite("ingest: each rule's warnings about the loaded figures come in the file's line order (built binary)")
struct WarningOrderTests {
    @Test("two series jumps whose keys sort the other way are warned about at lines 3 then 5")
    func lineOrder() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                z-npl-2020,forced-labour,1000,persons,NPL,2020,x
                z-npl-2021,forced-labour,48000,persons,NPL,2021,x
                a-ind-2020,forced-labour,1000,persons,IND,2020,x
                a-ind-2021,forced-labour,50000,persons,IND,2021,x

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let places = IngestPartWarningTests.warnings(loaded.stderr).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
            #expect(places == ["warning: figures.csv:3:26: series-jump:", "warning: figures.csv:5:26: series-jump:"], "\(loaded.stderr)")
            // tipdb check still lists them by key.
            let check = try Tipdb.run(["check"], in: dir)
            let rows = check.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("times") }.map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(rows.map { String($0.prefix(10)) } == ["a-ind-2021", "z-npl-2021"], "\(check.stdout)")
        }
    }
}
