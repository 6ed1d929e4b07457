import Storage

/// The flags `tipdb report lineage` raises under a repeat, in its words, for `tipdb search`,
/// which lists a repeat by its number and the figure it repeats.
///
/// Why the lineage's own words, read the lineage's way: a search listed Wire Agency 2022's
/// 750,000 as "repeating daily-2015-nga (Daily Courier 2015)" with nothing to say that Daily
/// Courier has since revised it to 75,000, and the Guardian's repeat filed under 2012 with nothing
/// to say that the figure it repeats is for 1995-2004, where lineage and the brief flag both
/// (review of session 47). Which changes count is the lineage's rule (`RepeatChangeText`,
/// `LineageReport.repeatFlags`), so that search and lineage never disagree.
public enum RepeatFlags {
    /// For each figure of `keys` that changes what it repeats, or drifts from where its chain ends,
    /// the lineage's `FLAG:` sentences, each with its full stop: "Wire Agency 2022 repeats an
    /// earlier number of Daily Courier 2015: 750,000, since revised to 75,000."; none for the others.
    ///
    /// Only the figures shown are read, with the chains they reach, and the catalog only when one
    /// of them repeats another: a search lists a few figures, and most repeat none.
    public static func flags(_ keys: [String], db: Database) throws -> [String: [String]] {
        guard !keys.isEmpty,
              try db.integer(
                  "SELECT EXISTS (SELECT 1 FROM figures WHERE key IN (SELECT value FROM json_each(?1)) AND cites IS NOT NULL)",
                  [JSONString.array(keys)]) != 0
        else { return [:] }
        let (context, set) = try BriefContext.shown(keys, db: db)
        var records = set.byKey
        for figure in set.figures { records[figure.key] = figure }
        var found: [String: [String]] = [:]
        for figure in set.figures where figure.cites != nil {
            let flags = LineageReport.repeatFlags(figure, records: records, context: context).map(\.text)
            if !flags.isEmpty { found[figure.key] = flags }
        }
        return found
    }
}
