/// A batch of CTDC rows parsed into typed values, handed from the thread that reads the file to
/// the one that inserts: each row is a run of slots (NULL, integer, or text in the batch's byte
/// arena), one per stored column, so the inserting thread only binds and steps.
///
/// The storage is allocated once, when the batch is made, and reused for every batch it
/// carries: reading a file allocates nothing per row, and no array bookkeeping (uniqueness
/// checks, exclusivity checks on class properties) runs per value. Only one thread touches a
/// batch at a time: the queue hands it over.
final class CaseBatch: @unchecked Sendable {
    /// What a slot holds.
    enum Tag: UInt8 {
        case null
        case integer
        case text
    }

    /// A rejected row: its position in the batch and what was wrong. Not the row as written: a
    /// case row is about a person, and is never kept outside `cases`.
    struct Rejected: Sendable {
        let row: Int
        let issues: [IngestIssue]
    }

    /// Slots per row: the stored columns of the file.
    let width: Int
    /// Rows (kept or rejected) a batch holds before it is handed over.
    let capacity: Int
    /// Rows kept so far.
    @exclusivity(unchecked) private(set) var rows = 0
    let tags: UnsafeMutablePointer<UInt8>
    /// An integer, or a text's arena offset (high 32 bits) and length (low 32 bits).
    let payloads: UnsafeMutablePointer<Int64>
    let lines: UnsafeMutablePointer<Int64>
    @exclusivity(unchecked) private(set) var arena: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var arenaCapacity: Int
    @exclusivity(unchecked) private var arenaCount = 0
    /// The next slot to write.
    @exclusivity(unchecked) private var slot = 0
    @exclusivity(unchecked) private(set) var rejected: [Rejected] = []
    /// Warnings about cells not stored (`CTDCLabels`): where each is, and what kind of text it held.
    @exclusivity(unchecked) private(set) var warnings: [IngestIssue] = []
    /// Bytes of the file consumed when the batch was full, for progress.
    @exclusivity(unchecked) var bytesRead = 0

    init(width: Int, capacity: Int) {
        self.width = width
        self.capacity = capacity
        tags = .allocate(capacity: max(1, width * capacity))
        payloads = .allocate(capacity: max(1, width * capacity))
        lines = .allocate(capacity: capacity)
        arenaCapacity = capacity * 64
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        tags.deallocate()
        payloads.deallocate()
        lines.deallocate()
        arena.deallocate()
    }

    func reset() {
        rows = 0
        slot = 0
        arenaCount = 0
        rejected.removeAll(keepingCapacity: true)
        warnings.removeAll(keepingCapacity: true)
        bytesRead = 0
    }

    var isFull: Bool { rows + rejected.count >= capacity }

    // MARK: Writing (the reading thread)

    /// Starts a row read from `line`; its slots follow.
    func beginRow(line: Int) {
        lines[rows] = Int64(line)
        slot = rows * width
    }

    @inline(__always)
    func appendNull() {
        tags[slot] = Tag.null.rawValue
        payloads[slot] = 0
        slot += 1
    }

    @inline(__always)
    func append(_ value: Int64) {
        tags[slot] = Tag.integer.rawValue
        payloads[slot] = value
        slot += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if arenaCount + bytes.count > arenaCapacity { growArena(to: arenaCount + bytes.count) }
        if let base = bytes.baseAddress, bytes.count > 0 {
            (arena + arenaCount).update(from: base, count: bytes.count)
        }
        tags[slot] = Tag.text.rawValue
        payloads[slot] = Int64(arenaCount) << 32 | Int64(bytes.count)
        arenaCount += bytes.count
        slot += 1
    }

    /// Ends the row begun last: kept when `issues` is empty, else turned into a rejected row
    /// (its slots are simply written over by the next row).
    func endRow(issues: [IngestIssue]) {
        if issues.isEmpty {
            rows += 1
        } else {
            rejected.append(Rejected(row: rows, issues: issues))
        }
    }

    /// A warning about the row being read (a cell not stored), whether the row is kept or not.
    func warn(_ issue: IngestIssue) {
        warnings.append(issue)
    }

    /// A row that could not be read into slots at all (a wrong number of fields).
    func reject(issues: [IngestIssue]) {
        rejected.append(Rejected(row: rows, issues: issues))
    }

    /// Doubles the arena until `needed` bytes fit (a row of long free-text fields).
    private func growArena(to needed: Int) {
        var capacity = arenaCapacity
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: arena, count: arenaCount)
        arena.deallocate()
        arena = grown
        arenaCapacity = capacity
    }
}
