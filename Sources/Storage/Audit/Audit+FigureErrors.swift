extension Audit {
    /// How a figure check names one figure: its key and what is wrong with it, if more than the key says.
    typealias FigureRow = (_ key: String, _ detail: String?) -> Void

    /// The messages of the error checks that name single figures, shared by `tipdb check` and
    /// `figureErrors()` so that a brief's caution says what check says.
    static let figureCheckMessages: [String: String] = [
        "bounds": "bounds that do not contain the value",
        "unit-contradicts-measure": "figures whose unit contradicts their measure (a money measure counted in persons, offences counted in persons)",
        "value-outside-unit": "numbers their unit cannot hold: negative counts, money, shares or rates, shares over 100 percent, falls of more than 100 percent, infinite numbers, censored values that are not counts",
        "period-form": "reference periods that are not a year from 1800 to 2200, a month or a real day (YYYY, YYYY-MM, YYYY-MM-DD)",
    ]

    /// `key (detail)`, the row `tipdb check` prints for a figure.
    static func rowText(_ key: String, _ detail: String?) -> String {
        detail.map { "\(key) (\($0))" } ?? key
    }

    /// A figure check as `AuditRule` wants it: one line of text per figure.
    static func text(_ check: @escaping (FigureRow) throws -> Void) -> (_ row: (String) -> Void) throws -> Void {
        { row in try check { key, detail in row(rowText(key, detail)) } }
    }

    /// Every figure that one of `tipdb check`'s errors about a figure row names (bounds that do
    /// not contain the value, a unit that contradicts the measure, a number the unit cannot hold,
    /// a period that is not a real date), by the very checks `tipdb check` runs, in check order.
    ///
    /// Why here: a brief cautions about each such figure in scope, and must call exactly the
    /// figures check calls, not a copy of its rules that drifts from them.
    ///
    /// - Returns: one `FigureError` per figure and check, in the order check lists them.
    /// - Throws: `StorageError` when the database cannot be read.
    public func figureErrors() throws -> [FigureError] {
        let checks: [(String, (FigureRow) throws -> Void)] = [
            ("bounds", bounds), ("period-form", periods), ("unit-contradicts-measure", units), ("value-outside-unit", valuesOutsideUnit),
        ]
        var errors: [FigureError] = []
        for (check, rows) in checks {
            try rows { key, detail in
                errors.append(FigureError(key: key, check: check, detail: detail, message: Self.figureCheckMessages[check] ?? check))
            }
        }
        return errors
    }
}
