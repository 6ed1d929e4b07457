/// A value worked out once per source, kept by the index each record carries
/// (`FigureRecord.sourceIndex`) rather than looked up by the source's key for every figure.
///
/// Why: the scans that ask something of each figure's source (its origin, whether it is an
/// edition of a series) asked it of 100,000 figures from a few dozen sources, hashing the key
/// each time (`perf`, session 58). A record without an index (-1) is worked out each time.
struct SourceMemo<Value> {
    private var values: [Value?] = []

    /// `work(figure.source)`, worked out the first time the figure's source is asked about.
    mutating func value(of figure: FigureRecord, _ work: (String) -> Value) -> Value {
        let index = figure.sourceIndex
        guard index >= 0 else { return work(figure.source) }
        if index >= values.count { values += repeatElement(nil, count: index + 1 - values.count) }
        if let known = values[index] { return known }
        let found = work(figure.source)
        values[index] = found
        return found
    }
}
