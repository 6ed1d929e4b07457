import Foundation

extension Database {
    /// The figure with `key`, with its tags, or nil.
    public func figure(key: String) throws -> Figure? {
        let statement = try cachedStatement(
            """
            SELECT key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end, sex,
                age_group, form, source, study, locator, quote, cites, method, notes, extra
            FROM figures WHERE key = ?
            """)
        try statement.bind([key])
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        func real(_ i: Int) -> Double? { statement.isNull(at: i) ? nil : statement.double(at: i) }
        var figure = Figure(
            key: statement.string(at: 0) ?? "", measure: statement.string(at: 1) ?? "", value: real(2),
            censored: statement.int64(at: 3) != 0, low: real(4), high: real(5), ciLevel: real(6),
            unit: statement.string(at: 7) ?? "", place: statement.string(at: 8) ?? "",
            periodStart: statement.string(at: 9) ?? "", periodEnd: statement.string(at: 10) ?? "",
            sex: statement.string(at: 11) ?? "total", ageGroup: statement.string(at: 12) ?? "total",
            form: statement.string(at: 13), source: statement.string(at: 14) ?? "", study: statement.string(at: 15),
            locator: statement.string(at: 16), quote: statement.string(at: 17), cites: statement.string(at: 18),
            method: statement.string(at: 19) ?? "", notes: statement.string(at: 20), extra: statement.string(at: 21))
        let tags = try cachedStatement("SELECT tag FROM figure_tags WHERE figure = ? ORDER BY tag")
        try tags.bind([key])
        while try tags.step() {
            if let tag = tags.string(at: 0) { figure.tags.append(tag) }
        }
        try tags.reset()
        return figure
    }

    /// Inserts the figure, or updates the stored one when its values differ, keeping the previous
    /// values in `figure_revisions`: nothing is overwritten without a trace.
    ///
    /// - Returns: the outcome and, for an update, the figure as it was.
    @discardableResult
    public func upsert(_ figure: Figure, batch: Int64, at now: String) throws -> (WriteOutcome, previous: Figure?) {
        // Most rows of a load are new: try the insert first and read the stored row only on conflict.
        if try write(figure, batch: batch, at: now, insert: true) {
            try insertTags(of: figure)
            return (.inserted, nil)
        }
        let existing = try self.figure(key: figure.key)
        if existing == figure { return (.unchanged, nil) }
        if let existing {
            try execute(
                "INSERT INTO figure_revisions (figure, batch_id, revised_at, previous) VALUES (?, ?, ?, ?)",
                [figure.key, batch, now, try Self.revisionJSON(existing)])
            try write(figure, batch: batch, at: now, insert: false)
            if existing.tags != figure.tags {
                try execute("DELETE FROM figure_tags WHERE figure = ?", [figure.key])
                try insertTags(of: figure)
            }
            return (.updated, existing)
        }
        return (.unchanged, nil)
    }

    /// Removes a figure written earlier in the same transaction (a row rejected after the fact).
    public func deleteFigure(key: String) throws {
        try execute("DELETE FROM figures WHERE key = ?", [key])
    }

    /// Puts back a figure's previous values and drops the revision that recorded them.
    public func restore(_ figure: Figure, batch: Int64) throws {
        try execute("DELETE FROM figure_revisions WHERE figure = ? AND batch_id = ?", [figure.key, batch])
        try execute("DELETE FROM figure_tags WHERE figure = ?", [figure.key])
        let previousBatch = try integer(
            "SELECT batch_id FROM figures WHERE key = ?", [figure.key])
        try write(figure, batch: previousBatch, at: Timestamp.now(), insert: false)
        try insertTags(of: figure)
    }

    /// Writes the figure's columns; for an insert, returns false when the key already exists.
    @discardableResult
    private func write(_ figure: Figure, batch: Int64, at now: String, insert: Bool) throws -> Bool {
        let statement = try cachedStatement(insert ? Self.insertFigure : Self.updateFigure)
        // Bound one by one: an array of existentials costs more than the insert itself.
        try statement.bind(.text(figure.measure), at: 1)
        try statement.bind(figure.value.map(DatabaseValue.real) ?? .null, at: 2)
        try statement.bind(.integer(figure.censored ? 1 : 0), at: 3)
        try statement.bind(figure.low.map(DatabaseValue.real) ?? .null, at: 4)
        try statement.bind(figure.high.map(DatabaseValue.real) ?? .null, at: 5)
        try statement.bind(figure.ciLevel.map(DatabaseValue.real) ?? .null, at: 6)
        let texts: [String?] = [
            figure.unit, figure.place, figure.periodStart, figure.periodEnd, figure.sex, figure.ageGroup, figure.form,
            figure.source, figure.study, figure.locator, figure.quote, figure.cites, figure.method, figure.notes,
            figure.extra,
        ]
        for (offset, text) in texts.enumerated() {
            try statement.bind(text.map(DatabaseValue.text) ?? .null, at: 7 + offset)
        }
        try statement.bind(.integer(batch), at: 22)
        try statement.bind(.text(now), at: 23)
        try statement.bind(.text(figure.key), at: 24)
        try statement.run()
        return changes > 0
    }

    static let insertFigure = """
        INSERT INTO figures (measure, value, censored, low, high, ci_level, unit, place, period_start,
            period_end, sex, age_group, form, source, study, locator, quote, cites, method, notes, extra,
            batch_id, created_at, updated_at, key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?23, ?23, ?)
        ON CONFLICT (key) DO NOTHING
        """

    static let updateFigure = """
        UPDATE figures SET measure = ?, value = ?, censored = ?, low = ?, high = ?, ci_level = ?, unit = ?,
            place = ?, period_start = ?, period_end = ?, sex = ?, age_group = ?, form = ?, source = ?,
            study = ?, locator = ?, quote = ?, cites = ?, method = ?, notes = ?, extra = ?, batch_id = ?,
            updated_at = ?
        WHERE key = ?
        """

    private func insertTags(of figure: Figure) throws {
        for tag in figure.tags {
            if !knownTags.contains(tag) {
                try execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [tag])
                knownTags.insert(tag)
            }
            try execute("INSERT INTO figure_tags (figure, tag) VALUES (?, ?)", [figure.key, tag])
        }
    }

    /// The previous values of a figure as a JSON object keyed by column name.
    static func revisionJSON(_ figure: Figure) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(figure), as: UTF8.self)
    }
}
