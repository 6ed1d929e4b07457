import Foundation

extension Search {
    /// A word the database holds, to offer for `word`, which no row holds, or nil: first a word of
    /// the indexes that starts with its stem (`slaves` → `slavery`, through `Measure.stem`), then
    /// the nearest by a few letters (`traficking` → `trafficking`, `Pacifc` → `pacific`, `Suggestions.near`); among
    /// several, the one in the most rows. A word of fewer than four letters (`NRM`) gets none.
    ///
    /// Why from the indexes' own vocabulary (FTS5's `fts5vocab`, a temporary table: nothing is
    /// written to the file) and the names search finds figures by: a word offered must find
    /// something, so the offer is what the database holds, not a guess. "(0 results)" for
    /// `slaves` or a mistyped `traficking` read as the database holding nothing on modern slavery
    /// (parliamentary review of session 51).
    func spelling(of word: String, kind: String?) throws -> String? {
        let lowered = GluedWords.folded(word)
        // Letters of a script written without spaces are matched inside words, not as words: no spelling to offer.
        guard lowered.count >= 4, lowered.allSatisfy({ $0.isLetter }), !lowered.unicodeScalars.contains(where: UnspacedScript.contains)
        else { return nil }
        var rows: [String: Int64] = [:]
        for index in Self.kinds where kind == nil || kind == index {
            let vocabulary = "temp." + index + "_fts_vocabulary"
            try db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, \(index)_fts, row)")  // sql-constant: an index name of Search.kinds
            for row in try db.rows("SELECT term, doc FROM \(vocabulary) WHERE term GLOB '[a-z]*'") {  // sql-constant: as above
                if let term = row.string("term") { rows[term, default: 0] += row.int("doc") ?? 0 }
            }
        }
        if kind == nil || kind == "figures" {
            // The measures' names find figures too, though no text holds them.
            for measure in try Measure.all(in: db) {
                for name in Suggestions.foldedWords(measure.label) + Suggestions.foldedWords(measure.code) where rows[name] == nil { rows[name] = 1 }
            }
            // So do the words of the names of places some figure is for (`Pacific`: East Asia and
            // the Pacific), after every word a row holds (`South`: `southern`, not `southeast`).
            let held = Set(try db.rows("SELECT DISTINCT place FROM figures").compactMap { $0.string("place") })
            for name in try placeNameWords().spellings(of: held) where rows[name] == nil { rows[name] = 0 }
        }
        rows[lowered] = nil
        let mostRows = { (one: String, other: String) in (rows[one] ?? 0, other) > (rows[other] ?? 0, one) }
        let stem = Measure.stem(Suggestions.foldedWords(lowered).first ?? lowered)
        if stem.count >= 4, let found = rows.keys.filter({ $0.hasPrefix(stem) }).sorted(by: mostRows).first {
            return found
        }
        let near = Suggestions.near(lowered, among: Array(rows.keys))
        guard let closest = near.map(\.distance).min() else { return nil }
        return near.filter { $0.distance == closest }.map(\.candidate).sorted(by: mostRows).first
    }
}
