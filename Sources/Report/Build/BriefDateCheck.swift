/// Whether a brief's date (`--date`, `SOURCE_DATE_EPOCH`) is earlier than a source the brief
/// cites was published.
///
/// Why: the fixed date is what makes a brief reproducible, but nothing tied it to the data; a
/// brief dated 2019-06-01 cited a source of May 2022 without a word, and its age cautions counted
/// from the false date (audit, session 52). It is a warning, not a refusal: re-rendering an old
/// brief's date on purpose is how it is checked.
///
/// Why not the batches' times too: a database rebuilt to check a brief is always loaded after the
/// brief's date, so every such check would warn; the provenance records the data as of the
/// database's latest batch instead, beside the date (`ProvenanceText.rendered`).
public enum BriefDateCheck {
    /// The warning for `brief`, naming the newest reference published after its date, or nil
    /// when none is.
    ///
    /// A reference's date is compared on the part both give: one published in 2019 is not after
    /// 2019-06-01, one of 2019-07 is.
    public static func warning(for brief: Brief) -> String? {
        let day = brief.date
        let published = brief.references.compactMap { reference -> (Reference, String)? in
            guard let date = reference.published, isAfter(date, day) else { return nil }
            return (reference, date)
        }
        guard let newest = published.max(by: { $0.1 < $1.1 }) else { return nil }
        let others = published.count - 1
        return "the brief is dated \(day), before a source it cites was published: \(newest.0.label) [\(newest.0.number)] was published \(newest.1)"
            + (others > 0 ? " (and \(others) other\(others == 1 ? "" : "s") after \(day))" : "")
            + "; its age cautions count from \(day); expected a --date on or after the sources' (or none: today)"
    }

    /// Whether `published` (YYYY, YYYY-MM or YYYY-MM-DD) is after `day`, on the part both give.
    static func isAfter(_ published: String, _ day: String) -> Bool {
        let length = min(published.count, day.count)
        return published.prefix(length) > day.prefix(length)
    }
}
