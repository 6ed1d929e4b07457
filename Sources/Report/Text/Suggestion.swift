import Storage

/// "Did you mean ...?" for names typed by hand: the closest candidates by edit distance.
enum Suggestion {
    /// The candidate closest to `text` (case-insensitive), if it is close enough to be a typo.
    static func closest(to text: String, among candidates: [String]) -> String? {
        closest(to: text, among: candidates, limit: 1).first
    }

    /// Up to `limit` candidates: those containing `text` first (shortest first), then those within
    /// a third of its length in edit distance, nearest first; ties by the candidate itself.
    static func closest(to text: String, among candidates: [String], limit: Int) -> [String] {
        let lowered = text.lowercased()
        guard !lowered.isEmpty else { return [] }
        let containing = candidates.filter { $0.lowercased().contains(lowered) }
            .sorted { ($0.count, $0) < ($1.count, $1) }
        if !containing.isEmpty { return Array(containing.prefix(limit)) }
        // What counts as a typo is Storage's rule, the one ingest and report filters use.
        let scored = Suggestions.near(text, among: candidates).map { ($0.distance, $0.candidate) }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}
