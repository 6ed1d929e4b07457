/// Text parameters gathered into one buffer that SQLite reads in place, for statements that bind
/// thousands of values per run (bulk inserts).
///
/// Why: `Statement.bind(.text(_:), at:)` has SQLite copy each value (`SQLITE_TRANSIENT`): a
/// malloc, a copy and a free per value, about 5 % of the writing thread of a large figures
/// load. Here the values are appended to one buffer and bound without a copy while the statement
/// runs; the bindings are cleared before the buffer is released, so no pointer outlives it.
struct TextBindings {
    private var bytes: [UInt8] = []
    private var slots: [(parameter: Int, start: Int, count: Int)] = []

    init(reservingBytes byteCount: Int = 0, values: Int = 0) {
        bytes.reserveCapacity(byteCount)
        slots.reserveCapacity(values)
    }

    /// Queues `text` for parameter `index` of `statement`; nil is bound as NULL at once.
    mutating func add(_ text: String?, at index: Int, of statement: Statement) throws {
        guard let text else { return try statement.bind(.null, at: index) }
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        slots.append((index, start, bytes.count - start))
    }

    /// Binds the queued texts, runs `statement` to completion and clears all of its bindings.
    func run(_ statement: Statement) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            // Read in place for as long as SQLite may read them: until the bindings are cleared.
            defer { statement.clearBindings() }
            for slot in slots {
                let text = UnsafeBufferPointer(rebasing: buffer[slot.start..<slot.start + slot.count])
                try statement.bindBorrowedText(text, at: slot.parameter)
            }
            try statement.run()
        }
    }
}
