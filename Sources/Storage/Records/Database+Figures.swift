import Foundation

extension Database {
    /// The figure with `key`, with its tags, or nil.
    public func figure(key: String) throws -> Figure? {
        let statement = try cachedStatement(
            """
            SELECT key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end, sex,
                age_group, form, source, study, locator, quote, cites, method, notes, extra, period_basis, value_last_digit,
                low_last_digit, high_last_digit, price_year
            FROM figures WHERE key = ?
            """)
        try statement.bind([key])
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        func real(_ i: Int) -> Double? { statement.isNull(at: i) ? nil : statement.double(at: i) }
        func integer(_ i: Int) -> Int? { statement.isNull(at: i) ? nil : Int(statement.int64(at: i)) }
        var figure = Figure(
            key: statement.string(at: 0) ?? "", measure: statement.string(at: 1) ?? "", value: real(2),
            censored: statement.int64(at: 3) != 0, low: real(4), high: real(5), ciLevel: real(6),
            unit: statement.string(at: 7) ?? "", place: statement.string(at: 8) ?? "",
            periodStart: statement.string(at: 9) ?? "", periodEnd: statement.string(at: 10) ?? "",
            periodBasis: statement.string(at: 22) ?? "stated", sex: statement.string(at: 11) ?? "total", ageGroup: statement.string(at: 12) ?? "total",
            form: statement.string(at: 13), source: statement.string(at: 14) ?? "", study: statement.string(at: 15),
            locator: statement.string(at: 16), quote: statement.string(at: 17), cites: statement.string(at: 18),
            method: statement.string(at: 19) ?? "", notes: statement.string(at: 20), extra: statement.string(at: 21),
            valueLastDigit: integer(23), lowLastDigit: integer(24), highLastDigit: integer(25), priceYear: integer(26))
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
    /// - Parameter unstated: fields the input did not give; an update keeps their stored values.
    /// - Returns: the outcome, the figure as it was for an update, and the fields kept as a
    ///   correction set them.
    @discardableResult
    public func upsert(
        _ figure: Figure, unstated: UnstatedFields = [], batch: Int64, at now: String
    ) throws -> FigureUpsert {
        // Most rows of a load are new: try the insert first and read the stored row only on conflict.
        if try write(figure, batch: batch, at: now, insert: true) {
            try insertTags(of: figure)
            try countInsertedFigures(1)
            return FigureUpsert(.inserted)
        }
        return try settleConflict(figure, unstated: unstated, batch: batch, at: now)
    }

    /// Upserts `figures` in order, with the same outcomes as calling `upsert` for each.
    ///
    /// Why: a single-row INSERT costs SQLite more to start and finish (cursors on seven indexes,
    /// foreign-key counters) than to insert the row. Here a full chunk of `figureChunk` rows goes
    /// in as one multi-row INSERT and its tags as a few more (see `insertTags(of:)`); only the
    /// rows whose key already exists take the row-by-row path.
    ///
    /// - Parameter unstated: for each figure, the fields its input did not give (empty: all given).
    public func upsert(
        _ figures: [Figure], unstated: [UnstatedFields] = [], batch: Int64, at now: String
    ) throws -> [FigureUpsert] {
        func unstatedFields(_ index: Int) -> UnstatedFields { index < unstated.count ? unstated[index] : [] }
        guard figures.count == Self.figureChunk else {
            return try figures.enumerated().map { try upsert($1, unstated: unstatedFields($0), batch: batch, at: now) }
        }
        // New rows get ids above the largest one: they tell which keys were free without a
        // RETURNING clause, which costs SQLite a temporary table per statement.
        let lastID = try integer("SELECT max(id) FROM figures")
        let statement = try cachedStatement(Self.insertFigureChunk)
        var texts = TextBindings(reservingBytes: 256 * figures.count, values: Self.figureColumns * figures.count)
        for (row, figure) in figures.enumerated() {
            try bindColumns(of: figure, batch: batch, at: now, to: statement, texts: &texts, offset: row * Self.figureColumns)
        }
        try texts.run(statement)
        if changes == figures.count {
            try insertTags(of: figures)
            try countInsertedFigures(figures.count)
            return figures.map { _ in FigureUpsert(.inserted) }
        }
        let inserted = Set(try rows("SELECT key FROM figures WHERE id > ?", [lastID]).compactMap { $0.string("key") })
        try insertTags(of: figures.filter { inserted.contains($0.key) })
        try countInsertedFigures(inserted.count)
        return try figures.enumerated().map { index, figure in
            inserted.contains(figure.key)
                ? FigureUpsert(.inserted) : try settleConflict(figure, unstated: unstatedFields(index), batch: batch, at: now)
        }
    }

    /// The rest of an upsert whose insert found the key taken: unchanged, or updated with a revision.
    private func settleConflict(
        _ given: Figure, unstated: UnstatedFields, batch: Int64, at now: String
    ) throws -> FigureUpsert {
        let existing = try self.figure(key: given.key)
        var figure = merging(given, unstated: unstated, into: existing)
        var kept: [KeptCorrection] = []
        if let existing { (figure, kept) = try keepingCorrections(figure, over: existing, batch: batch) }
        if existing == figure { return FigureUpsert(.unchanged, kept: kept) }
        if let existing {
            let updatedAt = try scalar("SELECT updated_at FROM figures WHERE key = ?", [figure.key])?.textValue
            try keepRevision(of: .figure, key: figure.key, previous: try Self.revisionJSON(existing), batch: batch, at: now)
            try write(figure, batch: batch, at: now, insert: false)
            if existing.tags != figure.tags {
                try execute("DELETE FROM figure_tags WHERE figure = ?", [figure.key])
                try insertTags(of: figure)
            }
            return FigureUpsert(.updated, previous: existing, kept: kept, previousUpdatedAt: updatedAt)
        }
        return FigureUpsert(.unchanged)
    }

    /// What `upsert(_:unstated:batch:at:)` would do with `figure`, writing nothing.
    ///
    /// Why: a dry run (`tipdb derive ctdc --dry-run`) reports how many figures a real run would
    /// insert, update or leave unchanged, and the corrections it would keep, with the same
    /// notes, and must not take the write lock to find out.
    public func upsertOutcome(of given: Figure, unstated: UnstatedFields = [], batch: Int64) throws -> FigureUpsert {
        guard let existing = try figure(key: given.key) else { return FigureUpsert(.inserted) }
        let (merged, kept) = try keepingCorrections(merging(given, unstated: unstated, into: existing), over: existing, batch: batch)
        return merged == existing ? FigureUpsert(.unchanged, kept: kept) : FigureUpsert(.updated, previous: existing, kept: kept)
    }

    /// `given` as an update would store it over `existing`: the fields it does not state kept.
    private func merging(_ given: Figure, unstated: UnstatedFields, into existing: Figure?) -> Figure {
        var figure = existing.map { given.keeping(unstated, from: $0) } ?? given
        figure.extra = extra(figure.extra, keeping: existing?.extra)
        return figure
    }

    /// Removes a figure written earlier in the same transaction (a row rejected after the fact).
    public func deleteFigure(key: String) throws {
        try indexBeforeRewriting(figure: key)
        try execute("DELETE FROM figures WHERE key = ?", [key])
    }

    /// Puts back a figure's previous values, with the batch that had written them and, when
    /// given, the time it last changed (`FigureUpsert.previousUpdatedAt`), and drops the revision
    /// that recorded them.
    ///
    /// Why the time: a refused update taken back left `updated_at`, "when the row was last
    /// changed", at the time of a change that never happened (a user-review, session 42).
    public func restore(_ figure: Figure, batch: Int64, updatedAt: String? = nil) throws {
        let previousBatch = try integer(
            """
            SELECT coalesce(
                (SELECT CASE WHEN json_valid(previous) THEN previous ->> '$.batch_id' END FROM figure_revisions
                 WHERE figure = ?1 AND batch_id = ?2 ORDER BY id DESC LIMIT 1),
                (SELECT batch_id FROM figures WHERE key = ?1))
            """, [figure.key, batch])
        try execute("DELETE FROM figure_revisions WHERE figure = ? AND batch_id = ?", [figure.key, batch])
        try execute("DELETE FROM figure_tags WHERE figure = ?", [figure.key])
        try write(figure, batch: previousBatch, at: updatedAt ?? Timestamp.now(), insert: false)
        try insertTags(of: figure)
    }

    /// Writes the figure's columns; for an insert, returns false when the key already exists.
    @discardableResult
    private func write(_ figure: Figure, batch: Int64, at now: String, insert: Bool) throws -> Bool {
        if !insert { try indexBeforeRewriting(figure: figure.key) }
        let statement = try cachedStatement(insert ? Self.insertFigure : Self.updateFigure)
        var texts = TextBindings()
        try bindColumns(of: figure, batch: batch, at: now, to: statement, texts: &texts, offset: 0)
        try texts.run(statement)
        return changes > 0
    }

    /// Binds the `figureColumns` parameters of one row, in the order of `figureColumnList`,
    /// starting after parameter `offset`; its texts are queued in `texts`, to be bound when it runs.
    private func bindColumns(
        of figure: Figure, batch: Int64, at now: String, to statement: Statement, texts: inout TextBindings, offset: Int
    ) throws {
        // Bound one by one: an array of existentials costs more than the insert itself.
        func text(_ value: String?, _ index: Int) throws {
            try texts.add(value, at: offset + index, of: statement)
        }
        func real(_ value: Double?, _ index: Int) throws {
            try statement.bind(value.map(DatabaseValue.real) ?? .null, at: offset + index)
        }
        try text(figure.measure, 1)
        try real(figure.value, 2)
        try statement.bind(.integer(figure.censored ? 1 : 0), at: offset + 3)
        try real(figure.low, 4)
        try real(figure.high, 5)
        try real(figure.ciLevel, 6)
        try text(figure.unit, 7)
        try text(figure.place, 8)
        try text(figure.periodStart, 9)
        try text(figure.periodEnd, 10)
        try text(figure.sex, 11)
        try text(figure.ageGroup, 12)
        try text(figure.form, 13)
        try text(figure.source, 14)
        try text(figure.study, 15)
        try text(figure.locator, 16)
        try text(figure.quote, 17)
        try text(figure.cites, 18)
        try text(figure.method, 19)
        try text(figure.notes, 20)
        try text(figure.extra, 21)
        try statement.bind(.integer(batch), at: offset + 22)
        try text(now, 23)
        try text(figure.key, 24)
        try text(figure.periodBasis, 25)
        try statement.bind(figure.valueLastDigit.map { .integer(Int64($0)) } ?? .null, at: offset + 26)
        try statement.bind(figure.lowLastDigit.map { .integer(Int64($0)) } ?? .null, at: offset + 27)
        try statement.bind(figure.highLastDigit.map { .integer(Int64($0)) } ?? .null, at: offset + 28)
        try statement.bind(figure.priceYear.map { .integer(Int64($0)) } ?? .null, at: offset + 29)
    }

    /// Rows per multi-row INSERT in `upsert(_:batch:at:)`: 64 × 29 parameters stays far below
    /// SQLite's limit, and larger chunks measured no faster.
    public static let figureChunk = 64

    static let figureColumns = 29

    static let insertFigure = """
        INSERT INTO figures (measure, value, censored, low, high, ci_level, unit, place, period_start,
            period_end, sex, age_group, form, source, study, locator, quote, cites, method, notes, extra,
            batch_id, created_at, updated_at, key, period_basis, value_last_digit, low_last_digit, high_last_digit, price_year)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?23, ?23, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (key) DO NOTHING
        """

    /// `insertFigure` for `figureChunk` rows at once.
    static let insertFigureChunk: String = {
        // Numbered parameters: row r's 29 values are ?(29r+1) … ?(29r+29), created_at doubling as updated_at.
        let rows = (0..<figureChunk).map { row in
            let numbers = (1...figureColumns).map { "?" + String(row * figureColumns + $0) }
            return "(" + (numbers.prefix(23) + numbers[22...]).joined(separator: ", ") + ")"
        }
        return """
            INSERT INTO figures (measure, value, censored, low, high, ci_level, unit, place, period_start,
                period_end, sex, age_group, form, source, study, locator, quote, cites, method, notes, extra,
                batch_id, created_at, updated_at, key, period_basis, value_last_digit, low_last_digit, high_last_digit, price_year)
            VALUES
            """ + "\n" + rows.joined(separator: ",\n") + "\nON CONFLICT (key) DO NOTHING"
    }()

    static let updateFigure = """
        UPDATE figures SET measure = ?, value = ?, censored = ?, low = ?, high = ?, ci_level = ?, unit = ?,
            place = ?, period_start = ?, period_end = ?, sex = ?, age_group = ?, form = ?, source = ?,
            study = ?, locator = ?, quote = ?, cites = ?, method = ?, notes = ?, extra = ?, batch_id = ?,
            updated_at = ?, period_basis = ?25, value_last_digit = ?26,
            low_last_digit = ?27, high_last_digit = ?28, price_year = ?29
        WHERE key = ?24
        """

    private func insertTags(of figure: Figure) throws {
        try insertTags(of: [figure])
    }

    /// Links the figures to their tags, creating tags not seen before.
    ///
    /// Why multi-row VALUES: pairs sent as one JSON array cost SQLite a parse of every pair
    /// (`value ->> 0` re-reads each element's text), a third of the time spent writing figures.
    /// Here the chunk's distinct tags go in once and the pairs `tagChunk` at a time, as bound text.
    private func insertTags(of figures: [Figure]) throws {
        var distinct: [String] = []
        var seen = Set<String>()
        var pairs: [(figure: String, tag: String)] = []
        for figure in figures {
            for tag in figure.tags {
                pairs.append((figure.key, tag))
                if seen.insert(tag).inserted { distinct.append(tag) }
            }
        }
        guard !pairs.isEmpty else { return }
        try execute("INSERT OR IGNORE INTO tags (name) SELECT value FROM json_each(?)", [JSONString.array(distinct)])
        var start = 0
        if pairs.count >= Self.tagChunk {
            let chunk = try cachedStatement(Self.insertTagChunk)
            while start + Self.tagChunk <= pairs.count {
                var texts = TextBindings(reservingBytes: 64 * Self.tagChunk, values: 2 * Self.tagChunk)
                for (offset, pair) in pairs[start..<start + Self.tagChunk].enumerated() {
                    try texts.add(pair.figure, at: 2 * offset + 1, of: chunk)
                    try texts.add(pair.tag, at: 2 * offset + 2, of: chunk)
                }
                try texts.run(chunk)
                start += Self.tagChunk
            }
        }
        let single = try cachedStatement("INSERT INTO figure_tags (figure, tag) VALUES (?, ?)")
        for pair in pairs[start...] {
            try single.bind(.text(pair.figure), at: 1)
            try single.bind(.text(pair.tag), at: 2)
            try single.run()
        }
    }

    /// Figure–tag pairs per multi-row INSERT in `insertTags(of:)`.
    static let tagChunk = 64

    /// The figure_tags insert for `tagChunk` pairs at once.
    static let insertTagChunk =
        "INSERT INTO figure_tags (figure, tag) VALUES "
        + (0..<tagChunk).map { "(?\(2 * $0 + 1), ?\(2 * $0 + 2))" }.joined(separator: ", ")

}
