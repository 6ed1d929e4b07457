/// Levenshtein distance over characters: what "did you mean ...?" suggestions rank by, in ingest
/// (unknown codes and names) and in reports (filters typed by hand) alike.
public enum EditDistance {
    /// The fewest insertions, deletions and substitutions that turn `a` into `b`.
    public static func between(_ a: [Character], _ b: [Character]) -> Int {
        between(a, b, atMost: Int.max) ?? Int.max
    }

    /// The edit distance between `a` and `b` when it is `limit` or less, else nil.
    ///
    /// Why a limit: a suggestion only wants the texts within a few edits, and a row of the matrix
    /// whose every cell is above the limit can only lead to a larger distance, so the work stops
    /// there. Without it, a long text ranked against every stored key cost its length squared per
    /// key, inside an ingest's write transaction.
    public static func between(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var smallest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                smallest = min(smallest, current[j])
            }
            if smallest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
