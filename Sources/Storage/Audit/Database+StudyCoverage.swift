extension Database {
    /// What is wrong when a figure of `study` for `place` and the period lies outside the study's
    /// places or period, in words for a warning ("gsi-2023 covers India and Pakistan, 2021; this
    /// figure is Kenya, 2016"); nil when it lies within, or the study says neither.
    public func studyCoverageGap(study: String, place: String, periodStart: String, periodEnd: String, periodBasis: String) throws -> String? {
        // sql-constant: StudyCoverage.query, fixed column names and the literal subquery below
        let sql = StudyCoverage.query(from: "(SELECT NULL AS key, ? AS study, ? AS place, ? AS period_start, ? AS period_end, ? AS period_basis)")
        guard let row = try rows(sql, [study, place, periodStart, periodEnd, periodBasis]).first else { return nil }
        return try studyCoverageText(row)
    }

    /// `studyCoverageGap`'s words for one row of `StudyCoverage.query`, or nil when it is within.
    func studyCoverageText(_ row: Row) throws -> String? {
        let placeOutside = (row.int("place_outside") ?? 0) != 0, periodOutside = (row.int("period_outside") ?? 0) != 0
        guard placeOutside || periodOutside, let study = row.string("study") else { return nil }
        var covers: [String] = []
        let places = try rows("""
            SELECT coalesce(p.name, sp.place) AS name FROM study_places sp LEFT JOIN places p ON p.code = sp.place
            WHERE sp.study = ? ORDER BY name
            """, [study]).compactMap { $0.string("name") }
        if !places.isEmpty { covers.append(EnglishList.joined(places)) }
        if let start = row.string("study_start") ?? row.string("study_end") {
            covers.append(PeriodDays.named(start: start, end: row.string("study_end") ?? start))
        }
        let name = row.string("place_name") ?? row.string("place") ?? ""
        let start = row.string("period_start") ?? "", end = row.string("period_end") ?? ""
        let what = [placeOutside ? name : nil, periodOutside ? PeriodDays.named(start: start, end: end) : nil].compactMap { $0 }
        return "\(study) covers \(covers.joined(separator: ", ")); this figure is for \(what.joined(separator: ", "))"
    }
}
