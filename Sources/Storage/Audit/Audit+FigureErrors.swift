extension Audit {
    /// The messages of the error checks that name single figures, shared by `tipdb check` and
    /// `figureErrors()` so that a brief's caution says what check says.
    static let figureCheckMessages: [String: String] = [
        "bounds": "bounds that do not contain the value",
        "unit-contradicts-measure": "figures whose unit contradicts their measure (a money measure counted in persons, offences counted in persons)",
        "value-outside-unit": "numbers their unit cannot hold: negative counts, money, shares or rates, shares over 100 percent, rates over their base (1,500 per 1,000), falls of more than 100 percent, more persons than the world's population (\(FigureRules.worldPopulationText)), infinite numbers, censored values that are not counts",
        "period-form": "reference periods that are not a year from 1800 to 2200, a month or a real day (YYYY, YYYY-MM, YYYY-MM-DD)",
    ]

    /// The checks `figureErrors()` runs, in the order it lists them.
    static let figureChecks = ["bounds", "period-form", "unit-contradicts-measure", "value-outside-unit"]

    /// `key (detail)`, the row `tipdb check` prints for a figure.
    static func rowText(_ key: String, _ detail: String?) -> String {
        detail.map { "\(key) (\($0))" } ?? key
    }

    /// One of the figure checks as `AuditRule` wants it: one line of text per figure, from the
    /// audit's one reading of the figures table (`figureScan`), which all four share.
    func figureRows(_ check: String) -> (_ row: (_ text: String, _ keys: [String]) -> Void) throws -> Void {
        { row in
            for error in try figureScan.errors(of: self) where error.check == check {
                row(Self.rowText(error.key, error.detail), [error.key])
            }
        }
    }

    /// Every figure that one of `tipdb check`'s errors about a figure row names (bounds that do
    /// not contain the value, a unit that contradicts the measure, a number the unit cannot hold,
    /// a period that is not a real date), by `FigureRules`, the rules check applies.
    ///
    /// Why here: a brief cautions about each such figure in scope, and must call exactly the
    /// figures check calls, not a copy of its rules that drifts from them.
    ///
    /// - Returns: one `FigureError` per figure and check, by check (`figureChecks`), then by key
    ///   in SQLite's byte order, as check lists them.
    /// - Throws: `StorageError` when the database cannot be read.
    public func figureErrors() throws -> [FigureError] {
        var rules = try FigureRules(db: db)
        var errors: [FigureError] = []
        // NOT INDEXED: the table in its own order, not through the key index with a look-up per
        // row; the few rows named are sorted afterwards.
        try forEachRow("""
            SELECT key, measure, value, low, high, censored, unit, period_start, period_end FROM figures NOT INDEXED
            """) { figure in
            errors += rules.errors(
                key: figure.string(at: 0) ?? "", measure: figure.string(at: 1) ?? "", value: figure.optionalDouble(at: 2),
                low: figure.optionalDouble(at: 3), high: figure.optionalDouble(at: 4), censored: figure.int64(at: 5) == 1,
                unit: figure.string(at: 6) ?? "", periodStart: figure.string(at: 7) ?? "", periodEnd: figure.string(at: 8) ?? "")
        }
        let order = Dictionary(uniqueKeysWithValues: Self.figureChecks.enumerated().map { ($1, $0) })
        return errors.sorted { first, second in
            let (a, b) = (order[first.check] ?? 0, order[second.check] ?? 0)
            return a != b ? a < b : first.key.utf8.lexicographicallyPrecedes(second.key.utf8)
        }
    }
}
