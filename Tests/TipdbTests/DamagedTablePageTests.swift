import Foundation
import Testing

/// A damaged data page of `figures`: counted through an index, it went unread, and status, init
/// and migrate said all was well where check said "damaged" (a user-review, session 40).
@Suite("a damaged page of the figures table: status, init and migrate exit 2 (built binary)")
struct DamagedTablePageTests {
    @Test("each says the file is damaged, and the file is not changed", arguments: [["status"], ["init"], ["migrate"]])
    func damagedPage(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let pages = try Tipdb.run(["sql", "--format", "csv", "SELECT max(pageno) AS page, (SELECT page_size FROM pragma_page_size) AS size FROM dbstat WHERE name = 'figures'"], in: dir)
            let numbers = try #require(pages.stdout.split(whereSeparator: \.isNewline).last?.split(separator: ",").compactMap { Int($0) })
            try #require(numbers.count == 2, "\(pages.stdout) \(pages.stderr)")
            let file = dir.appendingPathComponent("tipdb.sqlite")
            let handle = try FileHandle(forUpdating: file)
            try handle.seek(toOffset: UInt64((numbers[0] - 1) * numbers[1]))
            handle.write(Data(repeating: 0xDE, count: numbers[1]))
            try handle.close()
            let before = try Data(contentsOf: file)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 2, "\(result.stdout)")
            #expect(result.stderr.hasPrefix("tipdb: error: tipdb.sqlite: the database file is damaged ("), "\(result.stderr)")
            #expect(try Data(contentsOf: file) == before)
        }
    }
}
