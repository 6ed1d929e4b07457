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

    /// How the reading thread ended.
    enum End {
        case finished
        /// A defect after which the rest of the file cannot be read (such as an unterminated quote).
        case failed(any Error)
    }

    // Touched only by the reading thread once started.
    private let source: any RecordSource
    private let prepare: @Sendable (InputRecord) -> PreparedRecord

    // Shared: guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [Chunk] = []
    private var end: End?
    private var cancelled = false

    init(source: any RecordSource, prepare: @escaping @Sendable (InputRecord) -> PreparedRecord) {
        self.source = source
        self.prepare = prepare
    }

    /// Starts the reading thread. Call `cancelAndWait()` before returning, however the caller ends.
    func start() {
        let thread = Thread { [self] in read() }
        thread.name = "tipdb record reader"
        thread.start()
    }

    // MARK: The reading thread

    private func read() {
        var records: [PreparedRecord] = []
        records.reserveCapacity(Self.chunkSize)
        do {
            while let record = try source.next() {
                records.append(prepare(record))
                if records.count == Self.chunkSize {
                    guard send(records) else { return finish(.finished) }
                    records.removeAll(keepingCapacity: true)
                }
            }
            _ = send(records)
            finish(.finished)
        } catch {
            _ = send(records)
            finish(.failed(error))
        }
    }

    /// Hands a chunk over, waiting while enough are queued; false once the writer gave up.
    private func send(_ records: [PreparedRecord]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= Self.inFlight && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        if !records.isEmpty {
            ready.append(Chunk(records: records, bytesRead: source.bytesRead))
            condition.broadcast()
        }
        return true
    }

    private func finish(_ outcome: End) {
        condition.lock()
        end = outcome
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The writing thread

    /// The next chunk in file order, or nil once the reader has ended and every chunk was taken.
    func next() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && end == nil { condition.wait() }
        guard !ready.isEmpty else { return nil }
        condition.broadcast()
        return ready.removeFirst()
    }

    /// How the reader ended (meaningful once `next()` returned nil).
    var outcome: End {
        condition.lock()
        defer { condition.unlock() }
        return end ?? .finished
    }

    /// Stops the reading thread if it is still going, and waits until it has.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while end == nil { condition.wait() }
        condition.unlock()
    }
}
