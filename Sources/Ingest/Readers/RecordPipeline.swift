import Foundation

/// Reads and validates records on a second thread while the calling thread writes the ones
/// before them.
///
/// Why: parsing and validating a figure (numbers, periods, places, measures) costs about a third
/// of what SQLite spends inserting it; on two cores the two now overlap. At most `inFlight`
/// chunks wait at any time (and about as many wait to be freed), so memory stays flat whatever
/// the file size.
final class RecordPipeline: @unchecked Sendable {
    /// Records per chunk handed between the threads, and chunks waiting at most.
    static let chunkSize = 256
    static let inFlight = 8

    struct Chunk {
        var records: [PreparedRecord]
        /// How far into the file the reader was after the last of them, for the progress bar.
        var bytesRead: Int
    }

    // Touched only by the reading thread once started.
    private let source: any RecordSource
    private let file: String
    private let prepare: @Sendable (InputRecord) -> PreparedRecord

    private let chunks = Handoff<Chunk>(capacity: inFlight)
    /// Chunks the writing thread is done with, for the reading thread to free (see `recycle`).
    private let spentLock = NSLock()
    private var spent: [Chunk] = []

    init(source: any RecordSource, file: String, prepare: @escaping @Sendable (InputRecord) -> PreparedRecord) {
        self.source = source
        self.file = file
        self.prepare = prepare
    }

    /// Starts the reading thread. Call `cancelAndWait()` before returning, however the caller ends.
    func start() {
        let thread = Thread { [self] in read() }
        thread.name = "tipdb record reader"
        thread.start()
    }

    private func read() {
        var records: [PreparedRecord] = []
        records.reserveCapacity(Self.chunkSize)
        // Lets go of the records before handing them over, so that the chunk is the only
        // reference: the writing thread changes its records in place (`Ingester.load` notes keys
        // given twice), which would copy all of them while this thread still held the array.
        func handOver() -> Bool {
            let chunk = Chunk(records: records, bytesRead: source.bytesRead)
            records = []
            records.reserveCapacity(Self.chunkSize)
            return chunks.send(chunk)
        }
        do {
            while let record = try source.next() {
                records.append(prepare(record))
                if records.count == Self.chunkSize {
                    guard handOver() else { return chunks.finish(.finished) }
                    freeSpent()
                }
            }
            if !records.isEmpty { _ = handOver() }
            chunks.finish(.finished)
        } catch {
            // The records before the defect are handed over first, so errors stay in file order.
            if !records.isEmpty { _ = handOver() }
            chunks.finish(.failed(IngestIssue(error, file: file)))
        }
    }

    /// Frees, on the reading thread, the chunks the writing thread has handed back.
    private func freeSpent() {
        spentLock.lock()
        let done = spent
        spent.removeAll()
        spentLock.unlock()
        withExtendedLifetime(done) {}  // the last reference: released here, on this thread
    }

    /// Hands back a chunk the caller has finished with, so that the reading thread frees it.
    ///
    /// Why: freeing a chunk's records (hundreds of strings and arrays each) was 7 % of the
    /// writing thread's time when that thread was the one a load waited for and the reading
    /// thread had time to spare. Both are about as busy now (session 63); freeing on the writing
    /// thread instead measured no faster (session 62), so it stays here. Pass the caller's last
    /// reference (`consume`), or the caller frees it.
    /// Usually, not always: chunks handed back after the reader's last send are freed with the
    /// pipeline, and values the caller kept (errors, queued figures) are freed where they end.
    func recycle(_ chunk: consuming Chunk) {
        spentLock.lock()
        spent.append(chunk)
        spentLock.unlock()
    }

    /// The next chunk in file order, or nil once the reader has ended and every chunk was taken.
    func next() -> Chunk? {
        chunks.next()
    }

    /// How the reader ended (meaningful once `next()` returned nil).
    var outcome: Handoff<Chunk>.End {
        chunks.outcome
    }

    /// Stops the reading thread if it is still going, and waits until it has.
    func cancelAndWait() {
        chunks.cancelAndWait()
    }
}
