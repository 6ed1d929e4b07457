import Foundation
import Testing

/// An earlier GLOTIP edition downloaded after a later one was loaded (review of session 54).
extension TrendEditionsTests {
    @Test("an older GLOTIP export after a newer one: the refusal says how to hold both, and the closing line lists no unrelated cause")
    func olderExportRefusalSaysWhatToDo() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write("old.csv", GLOTIPFiles.top(date: "24/01/2023") + Self.rows("DEU", "Germany", [(2012, "612")]), in: dir)
            try Self.write("new.csv", GLOTIPFiles.top(date: "11/12/2024") + Self.rows("DEU", "Germany", [(2023, "726")]), in: dir)
            #expect(try Tipdb.run(["ingest", "new.csv"], in: dir).status == 0)
            let older = try Tipdb.run(["ingest", "old.csv"], in: dir)
            #expect(older.status == 1)
            #expect(older.stderr.contains("old.csv:2:1: this export is dated 2023-01-24, older than vintage 1 of unodc-glotip (exported "
                + "2024-12-11) already loaded; expected an export no older than the latest vintage: an earlier release cannot be added to a "
                + "database that holds a later one. To hold both, build a new database and load every file again in one command, which "
                + "loads GLOTIP exports oldest first: tipdb init --db new.sqlite && tipdb ingest --db new.sqlite OLDER.csv NEWER.csv"),
                "\(older.stderr)")
            #expect(older.stderr.contains("tipdb: 1 problem found; nothing was loaded: an export older than its series' latest release "
                + "already loaded is never loaded, even with --on-error skip"), "\(older.stderr)")
            #expect(!older.stderr.contains("invalid bytes"), "\(older.stderr)")
            #expect(!older.stderr.contains("release order"), "\(older.stderr)")
        }
    }
}
