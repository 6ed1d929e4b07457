/// Writes the figures tables (one per measure) in slices on every core, joined in order: the
/// same bytes as writing them row by row, in a fraction of the time for a large brief.
enum FigureTables {
    /// - Parameters:
    ///   - row: writes one figure's row, given the entry where it lies in its group's array and
    ///     the index in `groups` of its table, so that what a renderer keeps per table (its notes)
    ///     is found by position, not looked up by measure for every row.
    ///
    ///     A pointer, not the entry: passed by value, each entry was copied for the call (its
    ///     twenty-odd strings retained, then released), 135M instructions over 100,000 rows
    ///     (`callgrind`); Swift copies a value read through an array or a buffer pointer before
    ///     handing it to a closure, `borrowing` or not. The pointer is valid for the call only.
    static func render(
        _ groups: [FigureGroup], into out: inout TextBuffer,
        open: @Sendable (FigureGroup, inout TextBuffer) -> Void,
        row: @Sendable (_ figure: UnsafePointer<FigureEntry>, _ group: Int, inout TextBuffer) -> Void,
        close: @Sendable (FigureGroup, inout TextBuffer) -> Void
    ) {
        var starts: [Int] = []
        var total = 0
        for group in groups {
            starts.append(total)
            total += group.figures.count
        }
        let firstRows = starts
        let slices = ParallelWork.slices(total, minimum: 5_000) { range -> TextBuffer in
            var buffer = TextBuffer(capacity: range.count * 400)
            guard let first = range.first else { return buffer }
            var group = firstRows.lastIndex { $0 <= first } ?? 0
            var position = first
            while position < range.upperBound {
                while position >= firstRows[group] + groups[group].figures.count { group += 1 }
                let count = groups[group].figures.count
                let end = min(range.upperBound, firstRows[group] + count)
                groups[group].figures.withUnsafeBufferPointer { figures in
                    // Not empty: `end` is past `position`, which is in this group.
                    guard let base = figures.baseAddress else { return }
                    for index in (position - firstRows[group])..<(end - firstRows[group]) {
                        if index == 0 { open(groups[group], &buffer) }
                        row(base + index, group, &buffer)
                        if index == count - 1 { close(groups[group], &buffer) }
                    }
                }
                position = end
            }
            return buffer
        }
        for slice in slices { out.append(slice) }
    }
}
