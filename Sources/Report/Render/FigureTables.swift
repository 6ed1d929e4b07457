/// Writes the figures tables (one per measure) in slices on every core, joined in order: the
/// same bytes as writing them row by row, in a fraction of the time for a large brief.
enum FigureTables {
    static func render(
        _ groups: [FigureGroup], into out: inout TextBuffer,
        open: @Sendable (FigureGroup, inout TextBuffer) -> Void,
        row: @Sendable (FigureEntry, inout TextBuffer) -> Void,
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
            for position in range {
                while position >= firstRows[group] + groups[group].figures.count { group += 1 }
                let index = position - firstRows[group]
                if index == 0 { open(groups[group], &buffer) }
                row(groups[group].figures[index], &buffer)
                if index == groups[group].figures.count - 1 { close(groups[group], &buffer) }
            }
            return buffer
        }
        for slice in slices { out.append(slice) }
    }
}
