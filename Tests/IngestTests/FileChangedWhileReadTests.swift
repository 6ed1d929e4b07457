import Foundation
import Ingest
import Storage
import Testing

/// A file that changes while an ingest reads it (an upload still appending to it) is refused,
/// so that no batch records a SHA-256 and size of other bytes than its rows came from. The digest
/// was made on another thread, reading the file on its own: a file that grew meanwhile loaded
/// 600,005 rows under the digest and size of its first 600,000 (a nightly-pipeline review,
/// session 49).
///
/// The file is appended to from the ingest's own progress report, which comes after its rows
/// are read: the change lands inside the load every time, with no timing involved.
@Suite("Ingest: a file that changes while it is read")
struct FileChangedWhileReadTests {
    /// Appends `text` to `path` the first time the ingest reports progress on it.
    final class Appender {
        let path: String
        let text: String
        var done = false

        init(path: String, text: String) {
            self.path = path
            self.text = text
        }

        func progress(_ report: Ingester.Progress) {
            guard !done, report.file == path, let handle = FileHandle(forWritingAtPath: path) else { return }
            done = true
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            handle.closeFile()
        }
    }

    @Test("rows appended while the file is read: the command is rejected with the file's error, nothing is written")
    func grownWhileRead() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", IngestHarness.sources)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: sources)[.size] as? NSNumber).intValue
        let late = "late-2020,report,Appended while read,,Late Org,2020,\n"
        let appender = Appender(path: sources, text: late)
        let report = try Ingester(db: h.db, options: IngestOptions()).run([sources], progress: appender.progress)
        #expect(appender.done)
        #expect(!report.committed)
        #expect(report.errors.map(\.description) == [
            "\(sources): changed while it was read (its size went from \(size) to \(size + late.utf8.count) bytes): its rows and its SHA-256 "
                + "could describe different bytes, so none of it is loaded; load it again once it is complete (a file still being copied "
                + "or uploaded changes until then)",
        ])
        #expect(try h.count("sources") == 0)
        #expect(try h.count("ingest_batches") == 0)
        // Complete now: loaded again, it is the bytes its batch describes.
        let again = try h.ingest([sources])
        #expect(again.committed, "\(again.errors)")
        #expect(try h.db.integer("SELECT size FROM ingest_batches") == Int64(size + late.utf8.count))
    }

    @Test("a file written in place to the same size while it is read is refused too")
    func rewrittenWhileRead() throws {
        let h = try IngestHarness()
        let text = IngestHarness.sources
        let sources = try h.write("sources.csv", text)
        // The same number of bytes, another title: only the modification time tells.
        let changed = text.replacingOccurrences(of: "A global alliance", with: "A GLOBAL ALLIANCE")
        final class Rewriter {
            var done = false
        }
        let rewriter = Rewriter()
        let report = try Ingester(db: h.db, options: IngestOptions()).run([sources]) { _ in
            guard !rewriter.done else { return }
            rewriter.done = true
            try? Data(changed.utf8).write(to: URL(fileURLWithPath: sources))
            // Set apart from the first write's time, which the file system may keep to a few
            // milliseconds: a test of the same size is a test of the time.
            try? FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 86_400)], ofItemAtPath: sources)
        }
        #expect(rewriter.done)
        #expect(!report.committed)
        #expect(report.errors.first?.message.hasPrefix("changed while it was read (") == true, "\(report.errors)")
        #expect(try h.count("sources") == 0)
    }
}
