import Storage

/// The earlier numbers of revised figures, as a brief writes them beside a number: "revised from
/// 5,000", for `tipdb search`, which lists a figure by its number.
///
/// Why the brief's words, read the brief's way: a search result showed a revised figure's new
/// number alone, "6,000", where the brief that cites it says "6,000 (revised from 5,000)"; an
/// analyst who found the number by search took it for one never changed (review of session 43).
/// Which earlier numbers count is the brief's rule (`BriefContext.revisedFrom`): the source's
/// revisions, not tipdb's corrections, nor what a reused key held before, so the two never disagree.
public enum RevisedNumbers {
    /// "revised from 5,000" (or "revised from 5,500, and before that from 5,000") for each figure
    /// of `keys` whose number a later load revised, by key; none for the others.
    ///
    /// Only the figures shown are read, and the catalog only when one of them has a revision: a
    /// search lists a few figures, and most have none.
    public static func revisedFrom(_ keys: [String], db: Database) throws -> [String: String] {
        guard !keys.isEmpty,
              try db.integer(
                  "SELECT EXISTS (SELECT 1 FROM figure_revisions WHERE figure IN (SELECT value FROM json_each(?1)))",
                  [JSONString.array(keys)]) != 0
        else { return [:] }
        let (context, set) = try BriefContext.shown(keys, db: db)
        var found: [String: String] = [:]
        for figure in set.figures {
            if let revised = context.revisedFrom(figure) { found[figure.key] = revised }
        }
        return found
    }
}
