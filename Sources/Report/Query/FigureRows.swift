import Storage

/// Rows of `FigureSet`'s query copied out of SQLite as bytes, to be made into `FigureRecord`s
/// on another thread.
///
/// Why: making some fifteen strings per figure was over half of reading a large scope. SQLite's
/// values last only until the next step, so the reading thread copies them here (a plain byte
/// copy) and a second thread makes the strings and records while the next rows are read.
struct FigureRows: Sendable {
    /// The query's SELECT list, which `FigureSet` completes with its conditions. The positions
    /// below follow it, so the list and the positions are kept here together.
    ///
    /// `narrowed` is 1 for a figure that `latest_estimates` leaves out although its own columns
    /// would let it in, for another reason than a breakdown: one of a bulk series that its latest
    /// release no longer holds (an Our World in Data chart's latest download too, m0049; a second-hand
    /// copy of a figure its producer's latest release dropped, m0051: `droppedProducerCopies`), or one derived from a dataset version that a newer derived version
    /// supersedes (m0009). It is looked up only for figures those columns let in (0 for the
    /// others, which are no primary estimate anyway): asked of every row, the index look-ups added
    /// some 35 ms to reading 100,000 generated figures (`sqlite3`, 23 ms without them); asked so,
    /// some 15 ms. `breakdowns` holds the figure's rows of `figure_breakdowns` (`FigureBreakdown`),
    /// NULL for none: asked of every row, because a subgroup can be broken down too and its words
    /// must say so; one look-up in the table's primary key, which a figure without a breakdown
    /// leaves at once. A figure for everyone with a breakdown is no total (`SubgroupTotals`).
    ///
    /// Both columns are constants when no figure can have them (no bulk series release, no
    /// superseded dataset version; no breakdown at all): asked of every row of 20,000 generated
    /// figures, the two look-ups were some 40 % of SQLite's work in stepping through them
    /// (`valgrind --tool=callgrind`, `sqlite3`).
    static func select(breakdowns: Bool, narrowing: Bool) -> String {
        """
        SELECT key, measure, value, censored, low, high, ci_level, unit, place, period_start, period_end, sex,
            age_group, form, source, study, locator, quote, cites, method, notes, batch_id,
        """ + (narrowing ? narrowed : "0") + " AS narrowed,\n    " + (breakdowns ? breakdownList : "NULL") + """
         AS breakdowns, period_basis = 'publication' AS unstated_period, value_last_digit, low_last_digit, high_last_digit, extra,
            price_year
        FROM figures
        """
    }

    /// `select(breakdowns:narrowing:)` as `db` needs it: each column computed only when some
    /// figure could have it; and whether any source is superseded (`supersededSources`), so
    /// that a scope's query leaves out the condition when none is. Read in the same transaction
    /// as the query it starts.
    ///
    /// Why the flag: `source NOT IN (…)` looks every row's source up in the list, even an empty
    /// one: some 125 instructions a row, 2.5 % of SQLite's work in stepping through 100,000
    /// figures (`valgrind --tool=callgrind`, `sqlite3`).
    static func select(for db: Database) throws -> (select: String, superseded: Bool) {
        let breakdowns = try db.integer("SELECT EXISTS (SELECT 1 FROM figure_breakdowns)") != 0
        let superseded = try db.integer("SELECT EXISTS (" + supersededSources + ")") != 0  // sql-constant: a constant subquery
        let narrowing = try superseded || db.integer("SELECT EXISTS (SELECT 1 FROM series_vintages)") != 0
            || db.integer("SELECT EXISTS (" + droppedDownloadBatches + ")") != 0  // sql-constant: a constant subquery
        return (select(breakdowns: breakdowns, narrowing: narrowing), superseded)
    }

    /// The `narrowed` column when some figure can be narrowed.
    private static let narrowed = """
        CASE WHEN cites IS NULL AND method <> 'reported' AND sex = 'total' AND age_group = 'total' AND form IS NULL
                THEN EXISTS (
                        SELECT 1 FROM series_figures sf
                        WHERE sf.figure = figures.key
                          AND sf.last_vintage < (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series))
                    OR (key GLOB 'owid-*' AND key IN (SELECT figure FROM (
        """ + latestDownloadAbsences + """
        )))
                    OR key IN (SELECT figure FROM (
        """ + droppedProducerCopies + """
        ))
                    OR source IN (
        """ + supersededSources + """
        )
                ELSE 0 END
        """

    /// The figures each Our World in Data chart's latest load recorded as no longer in its download
    /// (`$.absent`, `DroppedFigures`), with that download's date (`downloaded`, NULL when the load
    /// recorded none): the `narrowed` column and `FigureSet`'s "not in the latest download" read
    /// this one list, as m0049's `latest_estimates` writes it in SQL.
    static let latestDownloadAbsences = """
        SELECT j.value AS figure, b.options ->> '$.downloaded' AS downloaded
        FROM ingest_batches b, json_each(b.options, '$.absent') j
        WHERE b.format = 'owid' AND json_valid(b.options)
          AND b.id = (SELECT max(c.id) FROM ingest_batches c
                      WHERE c.format = 'owid' AND json_valid(c.options) AND c.options ->> '$.absent' IS NOT NULL
                        AND c.options ->> '$.series' = b.options ->> '$.series')
        """

    /// The loads of Our World in Data charts that recorded figures no longer in the download
    /// (`DroppedFigures`): without one, no figure is narrowed for it.
    private static let droppedDownloadBatches =
        "SELECT 1 FROM ingest_batches WHERE format = 'owid' AND json_valid(options) AND json_array_length(options, '$.absent') > 0"

    /// The `breakdowns` column when some figure has a breakdown.
    private static let breakdownList = """
        (SELECT group_concat(b.dimension || char(31) || b.category || char(31) || coalesce(b.place, ''), char(30))
                FROM figure_breakdowns b WHERE b.figure = figures.key)
        """

    /// The sources (dataset versions) whose derived figures a newer derived version of the same
    /// dataset supersedes, as `latest_estimates` has it (m0009): one list, read once per query,
    /// for the `narrowed` column and for the briefs that leave such figures out (`FigureSet`).
    static let supersededSources = SchemaDocumentation.supersededDerivedSources
    /// The `batch_id` column, which `FigureSet` reads as it steps.
    static let batchColumn = 21
    /// The `narrowed` column.
    private static let narrowedColumn = 22
    /// `unstated_period`: 1 when the source does not state the reference period (`Figure.periodBases`).
    private static let unstatedPeriodColumn = 24
    /// `value_last_digit`, `low_last_digit` and `high_last_digit` (`Figure.valueLastDigit`, `lowLastDigit`, `highLastDigit`).
    private static let lastDigitColumns = [25, 26, 27]
    /// Text columns by position, in the order `records` reads them back (then 23, `breakdowns`, and
    /// 28, `extra`).
    private static let textColumns = [0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 28]
    /// `price_year` (`Figure.priceYear`).
    private static let priceYearColumn = 29
    /// Real columns: value, low, high, ci_level.
    private static let realColumns = [2, 4, 5, 6]

    private let bytes: ByteBuffer
    /// Per row and text column, the value's length in `bytes`; -1 for NULL.
    private var lengths: [Int32] = []
    private var reals: [Double?] = []
    private var censored: [Bool] = []
    private var narrowed: [Bool] = []
    private var unstatedPeriod: [Bool] = []
    /// Per row, the value's, low's and high's last printed digit.
    private var lastDigits: [Int?] = []
    private var priceYears: [Int?] = []
    private(set) var count = 0

    init(capacity: Int) {
        bytes = ByteBuffer(capacity: capacity * 160)
        lengths.reserveCapacity(capacity * Self.textColumns.count)
        reals.reserveCapacity(capacity * Self.realColumns.count)
        censored.reserveCapacity(capacity)
        narrowed.reserveCapacity(capacity)
        unstatedPeriod.reserveCapacity(capacity)
        lastDigits.reserveCapacity(capacity * Self.lastDigitColumns.count)
        priceYears.reserveCapacity(capacity)
    }

    /// Copies the statement's current row.
    mutating func append(from statement: Statement) {
        for column in Self.textColumns {
            lengths.append(statement.appendText(at: column, to: bytes).map { Int32($0) } ?? -1)
        }
        for column in Self.realColumns {
            reals.append(statement.optionalDouble(at: column))
        }
        censored.append(statement.int64(at: 3) != 0)
        narrowed.append(statement.int64(at: Self.narrowedColumn) != 0)
        unstatedPeriod.append(statement.int64(at: Self.unstatedPeriodColumn) != 0)
        for column in Self.lastDigitColumns {
            lastDigits.append(statement.isNull(at: column) ? nil : Int(statement.int64(at: column)))
        }
        priceYears.append(statement.isNull(at: Self.priceYearColumn) ? nil : Int(statement.int64(at: Self.priceYearColumn)))
        count += 1
    }

    /// The records, in row order.
    ///
    /// - Parameter firstIndex: the first row's `FigureRecord.loadIndex`, the next rows' following
    ///   it; nil for rows not in scope, whose records get -1.
    func records(lookups: RecordLookups, firstIndex: Int?) -> [FigureRecord] {
        bytes.withUnsafeBytes { buffer in
            var records: [FigureRecord] = []
            records.reserveCapacity(count)
            var offset = 0
            var field = 0
            func text() -> String? {
                let length = Int(lengths[field])
                field += 1
                guard length >= 0 else { return nil }
                defer { offset += length }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]), as: UTF8.self)
            }
            for row in 0..<count {
                let key = text() ?? "", measure = text() ?? "", unit = text() ?? "", place = text() ?? ""
                let start = text() ?? "", end = text() ?? "", sex = text() ?? "total", ageGroup = text() ?? "total"
                let form = text(), source = text() ?? "", study = text(), locator = text(), quote = text()
                let cites = text(), method = text() ?? "estimated", notes = text()
                let breakdowns = text().map(FigureBreakdown.parse) ?? []
                let extra = text()
                let real = row * Self.realColumns.count
                let digits = row * Self.lastDigitColumns.count
                let facts = lookups.measures[measure]
                records.append(FigureRecord(
                    key: key, measure: measure, value: reals[real], censored: censored[row], low: reals[real + 1],
                    high: reals[real + 2], ciLevel: reals[real + 3], unit: unit, place: place, periodStart: start,
                    periodEnd: end, periodUnstated: unstatedPeriod[row], sex: sex, ageGroup: ageGroup, form: form, source: source, study: study,
                    locator: locator, quote: quote, cites: cites, method: method, notes: notes,
                    defaultUnit: facts?.defaultUnit, narrowed: narrowed[row], breakdowns: breakdowns,
                    measureRank: facts?.rank ?? .max, sourceIndex: lookups.sourceIndexes[source] ?? -1,
                    loadIndex: firstIndex.map { $0 + row } ?? -1, valueLastDigit: lastDigits[digits],
                    lowLastDigit: lastDigits[digits + 1], highLastDigit: lastDigits[digits + 2], extra: extra, priceYear: priceYears[row]))
            }
            return records
        }
    }
}
