import Storage

/// The key a GLOTIP figure with a category that names no place (`Nationals`, `Other Africa`) is
/// stored under, whatever the case its export writes the category in: the key of a figure this
/// load or an earlier one stored for the same text but another case, else its own.
///
/// Why: a category kept as published is part of the key as its slug (`Breakdown.slug`: letters,
/// digits and hyphens, the case kept), so a newer export writing `nationals` made a second figure
/// beside `...:citizenship-Nationals`, and called that one "no longer published"; and within one
/// export `other africa` loaded apart from `Other Africa`, while `Other (Africa)`, the same words,
/// met it as the same figure. Texts that differ in their words stay apart. The stored key is
/// matched rather than the key text changed: databases hold keys made with the case kept, and a
/// re-load of an older export must find its figures under the keys it gave them.
struct CaseBlindKeys {
    private let lookup: Statement
    /// Each key used by this load, lowercased, to the key used: the first spelling met wins.
    private var used: [String: String] = [:]

    init(db: Database) throws {
        // Keys sharing the key's text up to its first text category, whose categories all name
        // no place: a range of the primary key, a few rows for one place, period and dimension.
        lookup = try db.prepare("""
            SELECT f.key FROM figures f
            WHERE f.key >= ?1 AND f.key < ?1 || char(1114111)
              AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key AND b.place IS NOT NULL)
            ORDER BY f.key
            """)
    }

    /// The key to store `key` under; `breakdowns` are its figure's.
    mutating func key(for key: String, breakdowns: [Breakdown]) throws -> String {
        guard let text = breakdowns.first(where: { $0.place == nil }),
              let start = key.range(of: ":" + text.dimension + "-") else { return key }
        let folded = key.lowercased()
        if let earlier = used[folded] { return earlier }
        try lookup.reset()
        try lookup.bind([String(key[..<start.upperBound])])
        var stored: String?
        while try lookup.step() {
            guard let candidate = lookup.string(at: 0), candidate.lowercased() == folded else { continue }
            stored = stored ?? candidate
            if candidate == key { stored = key; break }
        }
        let chosen = stored ?? key
        used[folded] = chosen
        return chosen
    }
}
