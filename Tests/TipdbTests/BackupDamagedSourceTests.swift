import Foundation
import Testing

/// `tipdb backup` of a damaged database: the online backup copies pages as they are, so it made a
/// damaged copy and said nothing, and the user kept it as the backup to restore from (a data
/// manager's review, session 41). Now the database is read through first.
@Suite("backup of a damaged database: refused, exit 2, nothing written; --allow-damaged copies it with a warning (built binary)")
struct BackupDamagedSourceTests {
    /// Overwrites the last page of `figures` in `dir/tipdb.sqlite` with 0xDE bytes, as
    /// `DamagedTablePageTests` does: the schema still reads, a read through the table does not.
    @discardableResult
    static func damageFiguresPage(in dir: URL) throws -> Int {
        let pages = try Tipdb.run(["sql", "--format", "csv", "SELECT max(pageno) AS page, (SELECT page_size FROM pragma_page_size) AS size FROM dbstat WHERE name = 'figures'"], in: dir)
        let numbers = try #require(pages.stdout.split(whereSeparator: \.isNewline).last?.split(separator: ",").compactMap { Int($0) })
        try #require(numbers.count == 2, "\(pages.stdout) \(pages.stderr)")
        let handle = try FileHandle(forUpdating: dir.appendingPathComponent("tipdb.sqlite"))
        try handle.seek(toOffset: UInt64((numbers[0] - 1) * numbers[1]))
        handle.write(Data(repeating: 0xDE, count: numbers[1]))
        try handle.close()
        return numbers[0]
    }

    static func copies(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("copy.sqlite") }.sorted()
    }

    @Test("refused with exit 2: the message names the file, the check's first lines and what to do; no DEST and no partial copy; the database unchanged")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let page = try Self.damageFiguresPage(in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["backup", "copy.sqlite"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "\(result.stdout)")
            #expect(result.stderr.hasPrefix("tipdb: error: tipdb.sqlite: the database file is damaged (PRAGMA quick_check: "), "\(result.stderr)")
            #expect(result.stderr.contains("(PRAGMA quick_check: Page \(page): btreeInitPage() returns error code 11; database disk image is malformed); "),
                "the check's own words, naming the damaged page: \(result.stderr)")
            #expect(result.stderr.hasSuffix("); nothing was copied and copy.sqlite was not written, since a copy would be damaged too. "
                + "Restore tipdb.sqlite from an earlier backup (tipdb backup --db BACKUP --force tipdb.sqlite); "
                + "`tipdb check --db tipdb.sqlite` lists the damage; to copy the damaged file as it is (to send it to someone who can recover it), pass --allow-damaged\n"),
                "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try Self.copies(in: dir) == [])
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("--force does not make a damaged copy either: an existing DEST is kept as it was")
    func forceKeepsDestination() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let good = try Data(contentsOf: dir.appendingPathComponent("copy.sqlite"))
            try Self.damageFiguresPage(in: dir)
            let result = try Tipdb.run(["backup", "--force", "copy.sqlite"], in: dir)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("nothing was copied and copy.sqlite was not written"), "\(result.stderr)")
            #expect(try Self.copies(in: dir) == ["copy.sqlite"])
            #expect(try Data(contentsOf: dir.appendingPathComponent("copy.sqlite")) == good)
        }
    }

    @Test("--allow-damaged copies it as it is, exit 0, with one warning that says the copy is no backup to restore from")
    func allowDamaged() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Self.damageFiguresPage(in: dir)
            let result = try Tipdb.run(["backup", "--allow-damaged", "copy.sqlite"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("tipdb.sqlite → copy.sqlite ("), "\(result.stdout)")
            #expect(result.stderr.hasPrefix("warning: tipdb.sqlite is damaged (PRAGMA quick_check: "), "\(result.stderr)")
            #expect(result.stderr.hasSuffix("); copied as it is, damage included, to copy.sqlite because of --allow-damaged: "
                + "it is not a backup to restore from; `tipdb check --db tipdb.sqlite` lists the damage\n"), "\(result.stderr)")
            #expect(try Self.copies(in: dir) == ["copy.sqlite"])
            // The copy is damaged as the database is: refused in its turn.
            let again = try Tipdb.run(["backup", "--db", "copy.sqlite", "again.sqlite"], in: dir)
            #expect(again.status == 2)
            #expect(again.stderr.hasPrefix("tipdb: error: copy.sqlite: the database file is damaged (PRAGMA quick_check: "), "\(again.stderr)")
        }
    }

    @Test("--allow-damaged on a sound database copies it without a word more")
    func allowDamagedSound() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["backup", "--allow-damaged", "copy.sqlite"], in: dir)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
    }
}
