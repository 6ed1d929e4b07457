extension Audit {
    /// The check's name, which ingest's warning about one study gives too.
    static let studyPeriodAfterPublicationCheck = "study-period-after-publication"

    /// The message of the `study-period-after-publication` warning.
    static let studyPeriodAfterPublicationMessage = "studies whose reference period starts after the source that reports them was published: "
        + "a report of 2020 cannot describe a survey of 2024, so the study's period or its source is wrong; correct it, "
        + "since a brief gives the study's period beside its figures"

    /// Studies whose reference period starts after their source's publication date, as
    /// `period-after-publication` holds figures: compared at the precision both dates give, so
    /// a study of 2020-06 is not named beside a source dated only 2020; sources without a date
    /// name nothing.
    ///
    /// Why a rule of its own: a study's period is what a brief says its figures describe, and a
    /// study with a period after its source's publication was loaded and checked without a word.
    func studyPeriodsAfterPublication(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try studyPeriodsAfterPublication(key: nil, row)
    }

    /// The warning for study `key` alone when its period starts after its source's publication,
    /// with `tipdb check`'s name, message and row, or nil: what ingest says of a study it loaded.
    public func studyPeriodAfterPublication(key: String) throws -> Finding? {
        var rows: [String] = [], rowKeys: [FindingKeys] = []
        try studyPeriodsAfterPublication(key: key) { text, keys in
            rows.append(text)
            rowKeys.append(FindingKeys(kind: FindingKeys.study, keys: keys))
        }
        guard !rows.isEmpty else { return nil }
        return Finding(
            severity: .warning, check: Self.studyPeriodAfterPublicationCheck, message: Self.studyPeriodAfterPublicationMessage, rows: rows,
            rowKeys: rowKeys)
    }

    /// The rows of the rule, for study `key` only when one is given.
    private func studyPeriodsAfterPublication(key: String?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT t.key, t.period_start, s.key, s.published
            FROM studies t JOIN sources s ON s.key = t.source
            WHERE s.published IS NOT NULL AND s.published <> '' AND t.period_start IS NOT NULL AND t.period_start <> ''
              AND substr(t.period_start, 1, min(length(t.period_start), length(s.published)))
                  > substr(s.published, 1, min(length(t.period_start), length(s.published)))
            """ + (key == nil ? "" : " AND t.key = ?1") + " ORDER BY t.key", key.map { [$0] } ?? []) { study in
            row("\(study.string(at: 0) ?? ""): period starts \(study.string(at: 1) ?? ""), "
                + "source \(study.string(at: 2) ?? "") published \(study.string(at: 3) ?? "")", [study.string(at: 0) ?? ""])
        }
    }
}
