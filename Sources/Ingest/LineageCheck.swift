import Storage

/// The `cites` links written by one ingest command, checked once every file is in.
struct LineageCheck {
    struct Entry {
        let key: String
        let cites: String
        let file: String
        let line: Int
        let column: Int
        let raw: String
        let batch: Int64
        let outcome: WriteOutcome
        let previous: Figure?
        /// When the figure had last changed before this command updated it (`FigureUpsert.previousUpdatedAt`).
        var previousUpdatedAt: String?
        /// The row has no key: `key` was derived from its fields (see `PendingFigure.derivedKey`).
        var derivedKey = false
    }

    var written: [Entry] = []

    /// `unknown figure "A1"; did you mean "a1", "b1" or "c1"? Expected ...`: the closest keys
    /// `found` (`Suggestions`, the ranking of an unknown source, and of `tipdb retract`'s unknown
    /// key), or the expectation alone when none is close.
    ///
    /// Why: a cites key is typed by hand, often long (`unodc-2012-trafficked-wld`), and a case
    /// slip (`A1`) is its likeliest error; a dangling cite alone got no suggestion where a source
    /// key and `tipdb report lineage` got one (review of session 49).
    static func unknownFigure(_ key: String, suggesting found: [String] = []) -> String {
        Suggestions.message(
            "unknown figure \"\(key)\"", suggesting: found, expected: "expected the key of a figure in the database or in this command")
    }

    /// The entries whose cited figure does not exist, or which are part of a loop, with the reason.
    /// `missing` words the reason for a cited key not found, or returns nil for one refused
    /// without a listed reason (counted elsewhere).
    ///
    /// An entry whose chain runs into a loop it is not part of is not at fault: the database held
    /// no loop before, so the loop has a member written by this command, refused in its own right.
    func failures(in db: Database, missing: (String) -> String? = { unknownFigure($0) }) throws -> [(Entry, String?)] {
        // What each figure cites (nil: a primary figure), read once however many chains share it.
        var citesOf: [String: String?] = [:]
        func lookUp(_ key: String) throws -> String?? {
            if let known = citesOf[key] { return known }
            guard let row = try db.rows("SELECT cites FROM figures WHERE key = ?", [key]).first else { return nil }
            citesOf[key] = row.string("cites")
            return row.string("cites")
        }
        var result: [(Entry, String?)] = []
        for entry in written {
            guard try lookUp(entry.cites) != nil else {
                result.append((entry, missing(entry.cites)))
                continue
            }
            var chain = [entry.key]
            var current: String? = entry.cites
            while let next = current {
                if let start = chain.firstIndex(of: next) {
                    if start == 0 {
                        let loop = (chain + [next]).joined(separator: " → ")
                        result.append((entry, "lineage loops: \(loop); expected a chain that ends at a primary figure"))
                    }
                    break
                }
                chain.append(next)
                if chain.count > 1000 { break }
                current = try lookUp(next) ?? nil
            }
        }
        return result
    }
}
