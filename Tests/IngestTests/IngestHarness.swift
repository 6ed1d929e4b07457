import Foundation
import Ingest
import Storage

/// A real database file in a scratch directory, migrated, with helpers to write input files.
final class IngestHarness {
    let directory: URL
    let path: String
    let db: Database

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tipdb-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("t.sqlite").path
        db = try DatabaseFile.open(path, for: .create)
        try Migrator().migrate(db)
    }

    deinit {
        db.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Writes `text` to a file in the scratch directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func ingest(_ paths: [String], _ options: IngestOptions = IngestOptions()) throws -> IngestReport {
        try Ingester(db: db, options: options).run(paths)
    }

    func count(_ table: String) throws -> Int64 {
        switch table {
        case "figures": try db.integer("SELECT count(*) FROM figures")
        case "sources": try db.integer("SELECT count(*) FROM sources")
        case "studies": try db.integer("SELECT count(*) FROM studies")
        case "figure_revisions": try db.integer("SELECT count(*) FROM figure_revisions")
        case "ingest_rejects": try db.integer("SELECT count(*) FROM ingest_rejects")
        default: try db.integer("SELECT count(*) FROM ingest_batches")
        }
    }

    /// The database file's bytes after a checkpoint, to prove it did not change.
    ///
    /// `main.`: right after the migrations (one transaction since session 49, with ALTER TABLE
    /// RENAME in it, on a new file that switches to WAL once it commits), SQLite answers the first
    /// checkpoint of every database of the connection, the temporary one included, with
    /// SQLITE_LOCKED; the main database, the file compared, checkpoints.
    func fileBytes() throws -> Data {
        try db.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static let sources = """
        key,kind,title,authors,publisher,date,url
        ilo-2005,report,A global alliance against forced labour,,International Labour Office,2005,https://www.ilo.org/
        unodc-2012,statement,Statement at the thematic debate,"Fedotov, Yury",UNODC,2012-04-03,
        francis-2013,blog-post,Shaking up Global Fight to End Human Trafficking,"Francis, Kate",The Asia Foundation,2013-02-06,

        """

    static let figures = """
        key,measure,value,unit,place,period,source,cites,method,quote,tags
        ilo-2005-trafficked,trafficking-victims,"2,450,000",persons,World,1995-2004,ilo-2005,,estimated,,ilo;global
        unodc-2012-trafficked,trafficking-victims,2.4 million,,WLD,1995-2004,unodc-2012,ilo-2005-trafficked,reported,at any one time,
        francis-2013-trafficked,Victims of trafficking in persons (estimated),2.4 million,,wld,1995-2004,francis-2013,unodc-2012-trafficked,reported,"the number of trafficked persons in the world – 2.4 million according to the United Nations",

        """
}
