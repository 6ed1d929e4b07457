extension Audit {
    /// The name of the `accessed-before-publication` warning.
    static let accessedBeforePublicationCheck = "accessed-before-publication"

    /// The message of the `accessed-before-publication` warning.
    static let accessedBeforePublicationMessage = "sources whose accessed date (the day the URL was read) is before they were "
        + "published, by more than the day time zones allow: no one reads a source before it appears, so one of the two dates "
        + "is wrong (a typo, the day an earlier version or edition was read, or the date of a later edition); the brief prints "
        + "both in its references; correct the one that is wrong and load the source again"

    /// Sources read before their publication date: `ho-2024 (accessed 2023-01-05, published 2024-03-07)`.
    ///
    /// Why a warning: the brief's reference list printed "7 March 2024. ... Accessed 5 January
    /// 2023." without a word, an impossible date in an expert report's annex that counsel can
    /// use to attack the care of the whole (an expert witness's review, session 53). Only a
    /// certain contradiction is named: a publication date given as a year or a month is its
    /// first day (accessed in January 2024 is no contradiction of "2024"), and an access on the
    /// day before a full publication date passes, as a reader west of the publisher may see a
    /// page dated the next day (README allows an access date "next year" for the same reason).
    func accessedBeforePublication(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try accessedBeforePublication(batch: nil, row)
    }

    /// The rows of `accessedBeforePublication` whose source batch `batch` wrote (all for nil):
    /// ingest's warning about the sources a file just loaded, at the accessed cell.
    ///
    /// As text, `accessed < published` holds exactly when the day read is before the first day
    /// of a year or month of publication (`2023-12-31` < `2024`, `2024-01-05` not), and, for a
    /// whole day, `date(published, '-1 day')` leaves the day time zones allow.
    func accessedBeforePublication(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow(
            """
            SELECT key, accessed, published FROM sources
            WHERE accessed IS NOT NULL AND published IS NOT NULL AND published <> ''
              AND accessed < CASE WHEN length(published) = 10 THEN date(published, '-1 day') ELSE published END
            """ + (batch == nil ? "" : " AND batch_id = ?1") + " ORDER BY key",  // sql-constant: one of two fixed conditions
            batch.map { [$0] } ?? []
        ) { source in
            let key = source.string(at: 0) ?? ""
            row("\(key) (accessed \(source.string(at: 1) ?? ""), published \(source.string(at: 2) ?? ""))", [key])
        }
    }
}
