/// Levenshtein distance over characters: what "did you mean ...?" suggestions rank by, in ingest
/// (unknown codes and names) and in reports (filters typed by hand) alike.
public enum EditDistance {
    /// The fewest insertions, deletions and substitutions that turn `a` into `b`.
    public static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
