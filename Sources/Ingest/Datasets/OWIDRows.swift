import Storage

/// The data rows of a grapher CSV: the place from Code (or Entity for aggregates), the period
/// from Year (or Day), and one figure per non-empty indicator cell.
struct OWIDRows {
    let context: DatasetContext
    let indicators: [(field: Int, indicator: OWIDIndicator)]
    /// The bound columns of each indicator that has them, by the indicator's field: their cells
    /// are the low and high of its figure on the same row, never figures of their own.
    let intervals: [Int: OWIDInterval]
    /// The source key of each indicator column, by its field.
    let sources: [Int: String]
    /// Prefix of every figure key: stable for one chart, whatever `--source` says.
    let keyPrefix: String
    let byDay: Bool
    /// The header's names, in order: a row of another width is refused.
    let names: [String]
    private var places: [String: String?] = [:]
    private var entityPlaces: [String: String?] = [:]
    /// Why each Entity no place matches is refused, worked out once however many rows it has.
    private var refusals: [String: String] = [:]
    /// The keys of every figure the file gives, its refused cells' too when their place and period
    /// read: a stored figure of the chart among none of them is one this download no longer
    /// publishes (`DroppedFigures`), and one refused here is not.
    private(set) var presentKeys = Set<String>()
    /// The stored figures whose values this download repeats but words otherwise (its column's
    /// title or an Entity spelled otherwise: `FigureWriter.relabelled`), counted as unchanged.
    private(set) var reworded = 0

    init(context: DatasetContext, indicators: [(field: Int, indicator: OWIDIndicator)], intervals: [Int: OWIDInterval] = [:],
         sources: [Int: String], keyPrefix: String, byDay: Bool, names: [String]) {
        self.context = context
        self.indicators = indicators
        self.intervals = intervals
        self.sources = sources
        self.keyPrefix = keyPrefix
        self.byDay = byDay
        self.names = names
    }

    mutating func load(from reader: CSVReader, summary: inout FileSummary, progress: ((Ingester.Progress) -> Void)?) throws -> DatasetOutcome {
        let path = context.path
        var writer = FigureWriter(db: context.db, batch: context.batch, now: context.now, vocabulary: context.vocabulary, retracted: context.retracted)
        var rejects = RejectLog(context: context)
        var refusedCells = 0
        while true {
            let next: CSVRecord?
            do {
                next = try reader.next()
            } catch {
                let issue = IngestIssue(error, file: path)
                summary.stoppedReading = ReadingStop(issue)
                return .stop(issue)
            }
            guard let record = next else { break }
            if record.isBlankRow { continue }
            if let progress, summary.read % 4096 == 0 {
                progress(Ingester.Progress(file: path, rows: summary.read, bytesRead: reader.bytesRead, totalBytes: context.size))
            }
            if let issue = record.shapeIssue(file: path, names: names) {
                summary.read += 1
                refusedCells += 1
                try rejects.reject(raw: record.rawText, issues: [issue])
                continue
            }
            // A row without values holds no figure, whatever its Entity and Year say.
            guard indicators.contains(where: { !record.isEmpty(at: $0.field) || hasBound(record, of: $0.field) }) else { continue }
            let entity = record.string(at: 0).trimmingWhitespace()
            let code = record.string(at: 1).trimmingWhitespace()
            let time = record.string(at: 2).trimmingWhitespace()
            // The row's problems, each listed once however many cells it refuses, with those of
            // its cells; the row is kept once in ingest_rejects.
            var problems: [IngestIssue] = []
            let place = resolve(entity: entity, code: code)
            if place == nil {
                problems.append(IngestIssue(file: path, line: record.line, column: record.column(at: code.isEmpty ? 0 : 1),
                                            message: unknownPlace(entity: entity, code: code)))
            }
            // Code decides the place; an Entity naming another one is a mis-edited row, which
            // would be stored under the code without a word (and its real row then refused as
            // "the same figure").
            if let place, code.count == 3, let named = entityPlace(entity), named != place {
                problems.append(IngestIssue(file: path, line: record.line, column: record.column(at: 0),
                                            message: "Entity: \"\(entity)\" is \(named), but Code is \(code)\(code.uppercased() == place ? "" : " (\(place))"); expected both to name one place (correct whichever is wrong)"))
            }
            var period: Period?
            do {
                guard byDay ? time.count == 10 : time.count == 4 else {
                    throw PeriodParser.Failure(message: "\"\(time)\" is not a \(byDay ? "day" : "year"); expected \(byDay ? "YYYY-MM-DD" : "four digits such as 2019")")
                }
                period = try PeriodParser.parse(time)
            } catch {
                problems.append(IngestIssue(file: path, line: record.line, column: record.column(at: 2),
                                            message: "\(byDay ? "Day" : "Year"): \(RowReader.message(of: error))"))
            }
            let rowIsValid = problems.isEmpty
            for (field, indicator) in indicators where !record.isEmpty(at: field) || hasBound(record, of: field) {
                summary.read += 1
                // Bounds without their estimate: stored, they would be a range the source did not
                // publish for this row; and a bound is never read as the estimate.
                if record.isEmpty(at: field), let interval = intervals[field] {
                    refusedCells += 1
                    for (side, bound) in interval.fields where !record.isEmpty(at: bound) {
                        problems.append(IngestIssue(file: path, line: record.line, column: record.column(at: bound),
                                                    message: "\(names[bound]): \"\(record.string(at: bound).trimmingWhitespace())\" is \(side == .low ? "a lower" : "an upper") bound, but column \(field + 1) \"\(indicator.title)\" gives no estimate on this row; expected the estimate beside its bounds, or the row left out (a bound is not an estimate)"))
                    }
                    continue
                }
                if let place, let period { presentKeys.insert(self.key(of: indicator, place: place, period: period)) }
                let text = record.string(at: field)
                func refuse(_ messages: [String]) {
                    refusedCells += 1
                    problems += messages.map {
                        IngestIssue(file: path, line: record.line, column: record.column(at: field), message: "\(indicator.title): \($0)")
                    }
                }
                // `<5` in thousands is fewer than 5,000: its bound is scaled as the values are
                // (high 4,999), or it would claim fewer than 5 persons, a thousand times too few.
                // `censoredCount` gives it in persons already; `NumberParser` reads the rest.
                let number: ParsedNumber
                do {
                    if let censored = try indicator.censoredCount(text) {
                        number = censored
                    } else {
                        number = try NumberParser.parse(text)
                    }
                } catch {
                    refuse([error.message])
                    continue
                }
                // What a figures file refuses (150 percent, a negative rate, <5 in percent, a count
                // that is not whole once scaled), listed with the row's other problems.
                let scaled = number.value.map { NumberParser.scaled($0, byPowerOfTen: indicator.multiplierExponent) }
                let interval = intervals[field].map { readBounds(record, interval: $0, of: field, indicator: indicator, value: scaled,
                                                                           censored: number.isCensored, writer: writer) }
                if let interval, !interval.problems.isEmpty {
                    refusedCells += 1
                    problems += interval.problems
                    continue
                }
                let high = number.censoredBelow ?? interval?.high
                let scaling = indicator.scale.map { " (written \"\(text.trimmingWhitespace())\", in \($0.plural))" }
                let low = number.isCensored ? 1 : interval?.low
                let refused = writer.problems(unit: indicator.unit, value: scaled, censored: number.isCensored,
                                              low: low, high: high,
                                              written: scaling == nil ? text.trimmingWhitespace() : nil)
                if !refused.isEmpty {
                    refuse(refused.map { $0 + (scaling ?? "") })
                    continue
                }
                guard rowIsValid, let place, let period else {
                    refusedCells += 1
                    continue
                }
                let key = self.key(of: indicator, place: place, period: period)
                let figure = Figure(
                    key: key, measure: indicator.measure.code, value: scaled,
                    censored: number.isCensored,
                    low: low, high: high, ciLevel: interval?.level, unit: indicator.unit, place: place,
                    periodStart: period.start, periodEnd: period.end, sex: indicator.sex, ageGroup: indicator.ageGroup,
                    form: indicator.form, source: sources[field] ?? "", locator: "column \"\(indicator.title)\", \(entity), \(time)",
                    method: indicator.measure.defaultMethod, notes: "Our World in Data indicator: \(indicator.title)")
                if let first = context.claim(key, record.line, record.column(at: field)) {
                    refuse([context.duplicateKey(key, first: first)])
                    continue
                }
                switch try writer.write(figure, breakdowns: [], line: record.line, rewording: true) {
                case .written(let outcome, let kept):
                    summary.count(outcome)
                    for (_, message) in KeptCorrectionNote.notes(kept, from: .export) {
                        summary.rowNotes.append(IngestIssue(file: path, line: record.line, column: record.column(at: field), message: message))
                    }
                case .refused(let found): refuse(found)  // checked above; kept for completeness
                case .retracted:
                    summary.retracted += 1
                    if let note = context.retracted.note(for: key) {
                        summary.rowNotes.append(IngestIssue(file: path, line: record.line, column: record.column(at: field), message: note))
                    }
                case .repeated(let line), .conflicting(let line):
                    refuse(["the same figure (\(key)) as line \(line); expected one row per entity and \(byDay ? "day" : "year")"])
                }
            }
            if !problems.isEmpty { try rejects.reject(raw: record.rawText, issues: problems) }
        }
        // Counted by cell, as read is: each refused cell is a figure not loaded.
        summary.rejected += refusedCells
        reworded = writer.relabelled
        return DatasetOutcome(rejects: rejects, fatal: false)
    }

    /// Whether the row gives a bound of the indicator in column `field`.
    private func hasBound(_ record: CSVRecord, of field: Int) -> Bool {
        intervals[field]?.fields.contains { !record.isEmpty(at: $0.field) } ?? false
    }

    /// The low and high a row's bound cells give for the estimate `value` (scaled, nil when
    /// censored), or the problems of those cells, each at its own cell: a bound that is no number,
    /// is censored, breaks the unit's rules, or lies on the wrong side of the estimate or of the
    /// other bound, as a figures file refuses them.
    private func readBounds(_ record: CSVRecord, interval: OWIDInterval, of estimate: Int, indicator: OWIDIndicator, value: Double?,
                            censored: Bool, writer: FigureWriter) -> (low: Double?, high: Double?, level: Double?, problems: [IngestIssue]) {
        var found: [IngestIssue] = []
        var read: [OWIDBoundColumn.Side: Double] = [:]
        for (side, field) in interval.fields where !record.isEmpty(at: field) {
            let written = record.string(at: field).trimmingWhitespace()
            func fail(_ message: String) {
                found.append(IngestIssue(file: context.path, line: record.line, column: record.column(at: field), message: "\(names[field]): \(message)"))
            }
            if censored {
                fail("the estimate \"\(record.string(at: estimate).trimmingWhitespace())\" is censored and carries its own bounds; expected this cell empty")
                continue
            }
            let number: ParsedNumber
            do throws(NumberParser.Failure) {
                number = try NumberParser.parse(written)
            } catch {
                fail(error.message)
                continue
            }
            guard let bound = number.value else {
                fail("\"\(written)\" is censored, but a bound cannot be; expected a number")
                continue
            }
            let scaled = NumberParser.scaled(bound, byPowerOfTen: indicator.multiplierExponent)
            let scaling = indicator.scale.map { " (written \"\(written)\", in \($0.plural))" } ?? ""
            let refused = writer.problems(unit: indicator.unit, value: scaled, censored: false, low: nil, high: nil,
                                           written: scaling.isEmpty ? written : nil)
            if !refused.isEmpty {
                refused.forEach { fail($0 + scaling) }
                continue
            }
            read[side] = scaled
        }
        if let value, let low = read[.low], low > value {
            found.append(boundIssue(record, interval.low, "lower bound \(FigureBuilder.format(low)) is above the value \(FigureBuilder.format(value)); expected low ≤ value"))
        }
        if let value, let high = read[.high], high < value {
            found.append(boundIssue(record, interval.high, "upper bound \(FigureBuilder.format(high)) is below the value \(FigureBuilder.format(value)); expected value ≤ high"))
        }
        if value == nil, let low = read[.low], let high = read[.high], low > high {
            found.append(boundIssue(record, interval.low, "lower bound \(FigureBuilder.format(low)) is above the upper bound \(FigureBuilder.format(high)); expected low ≤ high"))
        }
        let both = read[.low] != nil && read[.high] != nil
        return (read[.low], read[.high], both ? interval.level : nil, found)
    }

    /// A problem at the bound cell of `field`, prefixed with its column's title.
    private func boundIssue(_ record: CSVRecord, _ field: Int?, _ message: String) -> IngestIssue {
        let field = field ?? 0
        return IngestIssue(file: context.path, line: record.line, column: record.column(at: field), message: "\(names[field]): \(message)")
    }

    /// The key of the figure of `indicator`'s column for `place` and `period`.
    private func key(of indicator: OWIDIndicator, place: String, period: Period) -> String {
        FigureKey.derive(
            prefix: keyPrefix, measure: indicator.measure.code, place: place, period: period,
            sex: indicator.sex, ageGroup: indicator.ageGroup, form: indicator.form, unit: indicator.unit,
            defaultUnit: indicator.measure.defaultUnit)
    }

    /// Why a row's place is unknown: the Entity's refusal by the gazetteer, with the closest names
    /// (`Vocabulary.place`, the words a figures file gets for the same place), and the Code the row
    /// gives, which names no place either.
    ///
    /// Why: `North America` was refused with no suggestion here, while a figures file suggested
    /// `North America (UNODC)` for it.
    private mutating func unknownPlace(entity: String, code: String) -> String {
        let refusal: String
        if let cached = refusals[entity] {
            refusal = cached
        } else {
            refusal = entityRefusal(entity)
            refusals[entity] = refusal
        }
        let named = code.isEmpty ? "Entity: " : "Code \(code) names no place tipdb knows, nor does Entity: "
        // No "--on-error skip loads the other rows": under abort the closing line offers it, under
        // skip it is on, and this text is the row's reason in ingest_rejects.
        return named + refusal
    }

    /// The gazetteer's refusal of an Entity no place matches (with the closest names), and for one
    /// whose parenthesis is not a tag of the region before it (`OWIDEntityQualifier`), why it is not
    /// that place: `Sudan (former)` is not today's Sudan, nor `Africa (WHO)` M49's Africa.
    private func entityRefusal(_ entity: String) -> String {
        // A part of a country (`England`, as OWID gives the UK's nations): no breakdown column to put it in.
        if let part = SubnationalPlace.named(entity), !part.isCountryNamesake {
            return "unknown place \"\(entity)\"; " + part.datasetAdvice
        }
        let refusal: String
        do {
            // An Entity the gazetteer knows but no OWID row may be (`Total`, `Other`) is unknown here too.
            _ = try context.vocabulary.place(entity)
            refusal = "unknown place \"\(entity)\"; \(Gazetteer.expectedPlace)"
        } catch {
            refusal = error.message
        }
        guard let qualifier = OWIDEntityQualifier(entity) else { return refusal }
        let quoted = "unknown place \"\(entity)\""
        let named = CountryNames(vocabulary: context.vocabulary).resolve(qualifier.name)
        if qualifier.isFormer {
            if let named {
                return "\(quoted); it is \(qualifier.name) within its former borders, not today's \(qualifier.name) (\(named)), and tipdb's places are today's: give the country the figure covers, or a region, and say in the figure's notes that it counts \(entity)"
            }
            // `Czechoslovakia (former)` gets what `Czechoslovakia` gets: when it ended and its successors.
            do {
                _ = try context.vocabulary.place(qualifier.name)
            } catch {
                let prefix = "unknown place \"\(qualifier.name)\""
                if error.message.hasPrefix(prefix) { return quoted + error.message.dropFirst(prefix.count) }
            }
            return refusal
        }
        guard let named else { return refusal }
        // The closest names, less those of the place it is not: "did you mean Sub-Saharan Africa?"
        // would offer the very grouping the message refuses.
        let gazetteer = try? Gazetteer(db: context.db)
        let found = gazetteer.map { places in places.suggestions(for: entity).filter { places.code(for: $0) != named } } ?? []
        let unknown = Gazetteer.unknownPlace(entity, suggesting: found)
        guard unknown.hasPrefix(quoted) else { return refusal }
        return quoted + "; " + qualifier.notTag(of: named) + unknown.dropFirst(quoted.count)
    }

    /// The place `entity` names: as written, else by the name before a parenthesis that only tags
    /// the region as the body's whose it is (`Africa (UN)`: `OWIDEntityQualifier`), or nil.
    private func place(named entity: String) -> String? {
        let names = CountryNames(vocabulary: context.vocabulary)
        if let found = names.resolve(entity) { return found }
        guard let qualifier = OWIDEntityQualifier(entity), let found = names.resolve(qualifier.name),
              qualifier.isTag(of: found) else { return nil }
        return found
    }

    /// The place an Entity names by itself (also without a tag such as ` (UN)`), or nil.
    private mutating func entityPlace(_ entity: String) -> String? {
        if let cached = entityPlaces[entity] { return cached }
        let found = place(named: entity)
        entityPlaces[entity] = found
        return found
    }

    /// The place code for a row: Code when it is an ISO code, World for OWID_WRL, else the
    /// Entity name (also without a tag such as ` (UN)`).
    private mutating func resolve(entity: String, code: String) -> String? {
        let cacheKey = entity + "\u{1F}" + code
        if let cached = places[cacheKey] { return cached }
        var found: String?
        if code.uppercased() == "OWID_WRL" {
            found = "WLD"
        } else if code.count == 3, let place = try? context.vocabulary.place(code) {
            found = place
        } else {
            found = place(named: entity)
        }
        places[cacheKey] = found
        return found
    }
}
