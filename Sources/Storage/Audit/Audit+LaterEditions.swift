extension Audit {
    /// The name of the check of counts a later edition revised.
    static let laterEditionCheck = "revised-by-later-edition"

    /// The message of the `revised-by-later-edition` warning.
    static let laterEditionMessage = "counts from records (detected victims, criminal-justice counts) that a later edition of "
        + "their producer's series gives with another number for the same measure, place, subgroup, unit and period (the U.S. "
        + "Department of State's or UNODC's report of a later year revising the year before): both are kept as published, "
        + "and briefs take the later number as the series' revision, but the earlier one is no longer current; cite the later "
        + "edition's number, and where the earlier one was quoted say that it was revised (report lineage KEY says so too)"

    /// Figures that a later edition of their producer's series revised (`LaterEditions`), with
    /// the later figure: a figure the later edition gives again unchanged is not named.
    ///
    /// Why a warning: `check` is the audit run before a brief goes out, and "has a newer edition
    /// revised this number?" is the question a cited number is cross-examined on; before, only the
    /// brief's caution answered it (an expert witness's review, session 53). Nothing is wrong
    /// with the data, so it never fails the check.
    func figuresRevisedByLaterEditions(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let found = try LaterEditions.find(in: db)
        for key in found.keys.sorted() {
            // A re-count under another definition (`series-break`) revised nothing: lineage and search say what it is.
            guard let later = found[key], later.differs, !later.seriesBreak else { continue }
            func number(_ value: Double?, _ censored: Bool) -> String {
                censored ? "a censored count" : value.map(NumberText.plain) ?? "a range"
            }
            row("\(key) (\(number(later.earlierValue, later.earlierCensored)), \(later.earlierSource)): later edition "
                + "\(later.source), published \(later.published), gives \(number(later.value, later.censored)) as \(later.key)",
                [key, later.key])
        }
    }
}
