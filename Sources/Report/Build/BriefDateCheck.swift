/// Whether a brief's date (`--date`, `SOURCE_DATE_EPOCH`) is earlier than the data it reports:
/// a batch its provenance lists that finished after it, or a reference published after it.
///
/// Why: the fixed date is what makes a brief reproducible, but nothing tied it to the data; a
/// brief dated 2019-06-01 cited a source of May 2022 and a revision made in 2026 without a word,
/// and its age cautions counted from the false date (audit, session 52). It is a warning, not a
/// refusal: re-rendering an old brief's date on purpose is how it is checked.
public enum BriefDateCheck {
    /// The warning for `brief`, naming the newest batch and the newest reference after its date
    /// (each only when it is after), or nil when nothing is.
    ///
    /// A reference's date is compared on the part both give: one published in 2019 is not after
    /// 2019-06-01, one of 2019-07 is.
    public static func warning(for brief: Brief) -> String? {
        let day = brief.date
        var newer: [String] = []
        if let batch = brief.provenance.batches.filter({ $0.date.prefix(10) > day }).max(by: { $0.date < $1.date }) {
            let file = batch.file.isEmpty ? "" : " (\(batch.file))"
            newer.append("batch \(batch.id)\(file) finished \(batch.date.prefix(10))")
        }
        let published = brief.references.compactMap { reference -> (Reference, String)? in
            guard let date = reference.published, isAfter(date, day) else { return nil }
            return (reference, date)
        }
        if let newest = published.max(by: { $0.1 < $1.1 }) {
            newer.append("\(newest.0.label) [\(newest.0.number)] was published \(newest.1)")
        }
        guard !newer.isEmpty else { return nil }
        return "the brief is dated \(day), before the data it reports: \(newer.joined(separator: ", and ")); "
            + "its age cautions count from \(day), and its provenance records the data as of its latest batch; "
            + "expected a --date on or after the data's, or none (today)"
    }

    /// Whether `published` (YYYY, YYYY-MM or YYYY-MM-DD) is after `day`, on the part both give.
    static func isAfter(_ published: String, _ day: String) -> Bool {
        let length = min(published.count, day.count)
        return published.prefix(length) > day.prefix(length)
    }
}
