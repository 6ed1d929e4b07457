/// What a reader can infer about each count while the audit propagates: a lower and an upper
/// bound per count, the counts whose bounds moved since the caller last looked, and whether some
/// count's bounds have crossed (the assumptions being tried cannot all hold).
struct ReaderBounds {
    var low: [Int]
    var high: [Int]
    var moved: [Int] = []
    var consistent = true

    /// Raises `cell`'s lower bound to `value` when that is tighter.
    mutating func raise(_ cell: Int, to value: Int) {
        guard value > low[cell] else { return }
        low[cell] = value
        moved.append(cell)
        if value > high[cell] { consistent = false }
    }

    /// Lowers `cell`'s upper bound to `value` when that is tighter.
    mutating func lower(_ cell: Int, to value: Int) {
        guard value < high[cell] else { return }
        high[cell] = value
        moved.append(cell)
        if value < low[cell] { consistent = false }
    }
}
