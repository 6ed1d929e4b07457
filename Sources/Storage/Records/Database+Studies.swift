extension Database {
    /// The study with `key`, with the places it covers, or nil.
    public func study(key: String) throws -> Study? {
        let statement = try cachedStatement("SELECT " + Self.studyColumns + " FROM studies WHERE key = ?")
        try statement.bind([key])
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        var study = Self.study(from: statement)
        study.places = try rows("SELECT place FROM study_places WHERE study = ? ORDER BY place", [key])
            .compactMap { $0.string("place") }
        return study
    }

    /// Every study with the places it covers, ordered by key.
    public func studies() throws -> [Study] {
        let statement = try cachedStatement("SELECT " + Self.studyColumns + " FROM studies ORDER BY key")
        defer { try? statement.reset() }
        var studies: [Study] = []
        var index: [String: Int] = [:]
        while try statement.step() {
            let study = Self.study(from: statement)
            index[study.key] = studies.count
            studies.append(study)
        }
        for row in try rows("SELECT study, place FROM study_places ORDER BY study, place") {
            if let study = row.string("study"), let place = row.string("place"), let at = index[study] {
                studies[at].places.append(place)
            }
        }
        return studies
    }

    private static let studyColumns =
        "key, title, source, method, period_start, period_end, population, sample_size, summary, extra"

    /// The study on the statement's current row, whose columns are `studyColumns`; places are read apart.
    private static func study(from statement: Statement) -> Study {
        Study(
            key: statement.string(at: 0) ?? "", title: statement.string(at: 1) ?? "", source: statement.string(at: 2),
            method: statement.string(at: 3), periodStart: statement.string(at: 4), periodEnd: statement.string(at: 5),
            population: statement.string(at: 6), sampleSize: statement.isNull(at: 7) ? nil : statement.int64(at: 7),
            summary: statement.string(at: 8), extra: statement.string(at: 9))
    }

    /// Inserts the study, or updates the stored one when its values differ, keeping the previous
    /// values (places included) in `study_revisions`.
    public func upsert(_ given: Study, batch: Int64, at now: String) throws -> WriteOutcome {
        let existing = try self.study(key: given.key)
        var study = given
        study.extra = extra(study.extra, keeping: existing?.extra)
        if existing == study { return .unchanged }
        let values: [any DatabaseValueConvertible] = [
            study.title, study.source, study.method, study.periodStart, study.periodEnd, study.population,
            study.sampleSize, study.summary, study.extra, batch, now, study.key,
        ]
        if existing == nil {
            try execute(
                """
                INSERT INTO studies (title, source, method, period_start, period_end, population, sample_size, summary,
                    extra, batch_id, created_at, updated_at, key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11, ?11, ?)
                """, values)
        } else if let existing {
            try keepRevision(of: .study, key: study.key, previous: try Self.revisionJSON(existing), batch: batch, at: now)
            try execute(
                """
                UPDATE studies SET title = ?, source = ?, method = ?, period_start = ?, period_end = ?, population = ?,
                    sample_size = ?, summary = ?, extra = ?, batch_id = ?, updated_at = ?
                WHERE key = ?
                """, values)
            try execute("DELETE FROM study_places WHERE study = ?", [study.key])
        }
        for place in study.places {
            try execute("INSERT INTO study_places (study, place) VALUES (?, ?)", [study.key, place])
        }
        return existing == nil ? .inserted : .updated
    }
}
