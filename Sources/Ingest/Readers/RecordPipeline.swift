import Foundation

/// Reads and validates records on a second thread while the calling thread writes the ones
/// before them.
///
/// Why: parsing and validating a figure (numbers, periods, places, measures) costs about a third
/// of what SQLite spends inserting it; on two cores the two now overlap. At most `inFlight`
/// chunks wait at any time, so memory stays flat whatever the file size.
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
        do {
            while let record = try source.next() {
                records.append(prepare(record))
                if records.count == Self.chunkSize {
                    guard chunks.send(Chunk(records: records, bytesRead: source.bytesRead)) else { return chunks.finish(.finished) }
                    records.removeAll(keepingCapacity: true)
                }
            }
            if !records.isEmpty { _ = chunks.send(Chunk(records: records, bytesRead: source.bytesRead)) }
            chunks.finish(.finished)
        } catch {
            // The records before the defect are handed over first, so errors stay in file order.
            if !records.isEmpty { _ = chunks.send(Chunk(records: records, bytesRead: source.bytesRead)) }
            chunks.finish(.failed(IngestIssue(error, file: file)))
        }
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
