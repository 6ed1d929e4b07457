import Foundation
import Storage

/// One record: the checks that need the database or the rest of the command, then the write
/// (a figure is queued for its chunk).
extension Ingester {
    /// What became of one record.
    enum RecordResult {
        case written(WriteOutcome)
        /// Refused, with `file:line` of its first listed error; nil for a row whose only problem was
        /// counted, not listed (see `unusableFiles`).
        case rejected(at: String?)
        /// Valid, and waiting in `pending` to be written with the rest of its chunk.
        case queued
        /// Valid, but its key was retracted: skipped, with a row note (`RetractedKeys`).
        case retracted
        /// The same cells as the earlier row of the command holding its key (in `file`): set
        /// aside, since loading it would change nothing; counted unchanged and summed in a note.
        case repeated(file: String, line: Int)
    }

    /// Checks what needs the database (references), adds a duplicate key `KeyMemory` found,
    /// and writes the record; a figure is queued for its chunk instead.
    func loadRecord(
        _ prepared: PreparedRecord, plan: FilePlan, unstated fileUnstated: UnstatedFields?, batch: Int64, summary: inout FileSummary
    ) throws -> RecordResult {
        var row = prepared.row
        let record = row.record
        if let problem = prepared.problem {
            return try reject(record, issues: [problem], batch: batch)
        }
        if let first = identicalRepeat(prepared, kind: plan.kind) { return .repeated(file: first.file, line: first.line) }
        switch prepared.value {
        case nil:
            // A row refused for its values is still checked for its key and references, so that
            // one run lists everything wrong with the row instead of one problem per fix.
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail(duplicate: issue, kind: plan.kind) }
            switch plan.kind {
            case .figures:
                try checkReferences(source: row.text("source"), study: row.text("study"), of: &row, batch: batch)
                try checkUnstatedUnit(key: row.text("key"), unit: nil, in: &row)
                return try rejectFigure(record, row: row, key: row.text("key"), derivedKey: prepared.derivedKey, file: plan.path, batch: batch)
            case .studies: try checkReferences(source: row.text("source"), study: nil, of: &row, batch: batch)
            case .sources, .measures: break
            }
            return try reject(record, issues: row.issues, batch: batch)
        case .source(let source):
            guard row.issues.isEmpty else { return try reject(record, issues: row.issues, batch: batch) }
            // A CSL-JSON file calls the key `id`, and so does its error.
            let keyName = plan.format == .cslJSON ? "id" : "key"
            if let issue = duplicate(prepared, kind: plan.kind, named: plan.format == .cslJSON ? "id" : nil) {
                row.fail("key", labelled: keyName, issue.message)
                return try reject(record, issues: row.issues, batch: batch)
            }
            let stored = try db.source(key: source.key)
            var merged = (stored.map { row.keepingUnstated(source, from: $0, isCSL: plan.format == .cslJSON) } ?? source)
                .keepingStoredText(of: stored)
            // An item fills and corrects what it gives, and clears nothing (`CSLItemKeptFields`).
            var keptNote: IngestIssue?
            if plan.format == .cslJSON, let stored { (merged, keptNote) = CSLItemKeptFields.keeping(merged, stored: stored, row: row) }
            // A sources file's date cell says whether the work is in press, whatever the stored record said.
            if plan.format != .cslJSON, stored != nil, row.field("date") != nil {
                merged.csl = InPressStatus.csl(merged.csl, inPress: row.text("date").map(Source.saysInPress) == true)
            }
            if merged.authors == nil && merged.publisher == nil {
                row.fail("authors", plan.format == .cslJSON ? SourceBuilder.cslNeedsPublisherOrAuthors : SourceBuilder.needsPublisherOrAuthors)
                return try reject(record, issues: row.issues, batch: batch)
            }
            if plan.format != .cslJSON {
                summary.warnings += AuthorListCheck.warnings(for: row)
                if let warning = JournalColumnCheck.warning(for: row, source: merged) { summary.warnings.append(warning) }
            }
            summary.warnings += prepared.readingWarnings
            summary.warnings += try SourceReplacementCheck.warnings(for: row, stored: stored, merged: merged, db: db)
            let outcome = try db.upsert(merged, batch: batch, at: now)
            if let keptNote { summary.rowNotes.append(keptNote) }
            knownSources.insert(source.key)
            return .written(outcome)
        case .study(let study):
            let unlisted = try checkReferences(source: study.source, study: nil, of: &row, batch: batch)
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail("key", issue.message) }
            guard row.issues.isEmpty && !unlisted else { return try reject(record, issues: row.issues, batch: batch) }
            let merged = try db.study(key: study.key).map { row.keepingUnstated(study, from: $0) } ?? study
            let outcome = try db.upsert(merged, batch: batch, at: now)
            knownStudies.insert(study.key)
            studySources.forget()
            summary.warnings += prepared.readingWarnings
            if let warning = try StudyChecks.publicationWarning(study: study.key, row: row, db: db) { summary.warnings.append(warning) }
            return .written(outcome)
        case .measure(let measure):
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail("code", issue.message) }
            return try loadMeasure(measure, row: &row, batch: batch, summary: &summary)
        case .figure(let figure):
            let unlisted = try checkReferences(source: figure.source, study: figure.study, of: &row, batch: batch)
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail(duplicate: issue, kind: plan.kind) }
            try checkUnstatedUnit(key: figure.key, unit: figure.unit, in: &row)
            var unstated = fileUnstated ?? row.unstatedFigureFields
            try checkImpliedAgeGroup(of: figure, unstated: &unstated, in: &row)
            try releaseWorkedOutMethod(of: figure, unstated: &unstated)
            try checkStoredMethod(of: figure, unstated: unstated, in: &row)
            try checkKeptNumber(of: figure, unstated: unstated, in: &row)
            // Asked only of a row valid so far: the look-up is its last check.
            let derived = row.text("key") == nil
            if derived, row.issues.isEmpty, !unlisted, let clash = try derivedKeyClash(figure) {
                row.fail("key", clash)
                // The key is the stored figure's, not this row's: a later row may give it by hand.
                claims.release(figure.key, kind: .figures)
            }
            guard row.issues.isEmpty && !unlisted else {
                return try rejectFigure(record, row: row, key: figure.key, derivedKey: derived ? figure.key : nil, file: plan.path, batch: batch)
            }
            if let note = retracted.note(for: figure.key) {
                summary.rowNotes.append(IngestIssue(file: plan.path, line: record.line, column: record.column, message: note))
                return .retracted
            }
            if derived {
                summary.derivedKeys += 1
                if summary.derivedKeyExamples.count < 5 { summary.derivedKeyExamples.append("line \(record.line): \(figure.key)") }
            }
            if let warning = try studySources.warning(for: figure, row: row, db: db) { summary.warnings.append(warning) }
            if let warning = try StudyCoverageCheck.warning(for: figure, row: row, db: db) { summary.warnings.append(warning) }
            // A share whose row names its breakdown (sector: manufacturing) names its part.
            if vocabulary != nil, prepared.breakdowns?.isEmpty != false,
               let warning = try ShareSubgroupCheck.warning(for: figure, unstated: unstated, row: row, db: db) {
                summary.warnings.append(warning)
            }
            // Most rows are for every age: no measure looked up for them.
            if figure.ageGroup != "total", Measure.everyChildAgeGroups.contains(figure.ageGroup),
               let measure = try? vocabulary?.measure(figure.measure), let warning = ChildLabourAgeCheck.warning(for: figure, measure: measure, row: row) {
                summary.warnings.append(warning)
            }
            summary.warnings += prepared.readingWarnings
            for reading in prepared.breakdownReadings where breakdownReadingsSaid.insert(reading.once).inserted {
                if reading.warning { summary.warnings.append(reading.issue) } else { summary.rowNotes.append(reading.issue) }
            }
            try derivedCounts.note(figure, unstated: unstated, row: row, file: plan.path, db: db)
            let citesField = row.field("cites")
            let field = figure.cites == nil ? nil : citesField
            pending.append(PendingFigure(
                figure: figure, unstated: unstated, file: plan.path, line: field?.line ?? record.line,
                column: field?.column ?? record.column, raw: figure.cites == nil ? "" : record.raw, derivedKey: derived,
                row: row, censoredRange: CensoredRangeCheck.cell(of: figure, row: row),
                citesCell: citesField.map { .init(line: $0.line, column: $0.column) }, breakdowns: prepared.breakdowns))
            return .queued
        }
    }

    /// Why a row without a key may not update the stored figure its derived key names, or nil.
    ///
    /// A derived key stands for the row's measure, place, period, subgroup and source. A figure
    /// stored under the same text with other fields got it as a key someone gave (or an update
    /// moved it since): updating it would silently turn that figure into this one, with its
    /// lineage and citations, so the row is refused and asked for a key.
    ///
    /// A study is not part of a derived key, yet two studies of one source named and different are
    /// two estimates (as `same-figure-twice` has it): a household survey's 120,000 and a
    /// multiple-systems estimate's 95,000 for the same place and year. A row naming another study
    /// than the stored figure's is refused too, or the second estimate would replace the first
    /// and a brief call it "revised from 120,000" (a user-review, session 42).
    func derivedKeyClash(_ figure: Figure) throws -> String? {
        // Compared in SQL: a keyless file loaded again meets its stored figure on every row, and
        // reading each whole (its tags too) made that load a quarter slower.
        guard let stored = try db.rows(
            """
            SELECT source, measure, place, period_start, period_end, sex, age_group, form, study, same FROM (
                SELECT *, (source = ?2 AND measure = ?3 AND place = ?4 AND period_start = ?5 AND period_end = ?6
                    AND sex = ?7 AND age_group = ?8 AND form IS ?9) AS same
                FROM figures WHERE key = ?1)
            WHERE NOT (same AND (study IS NULL OR ?10 IS NULL OR study = ?10))
            """,
            [figure.key, figure.source, figure.measure, figure.place, figure.periodStart, figure.periodEnd,
             figure.sex, figure.ageGroup, figure.form, figure.study]).first else { return nil }
        if stored.int("same") == 1, let storedStudy = stored.string("study"), let study = figure.study {
            return "the row has no key, and the key derived from its fields, \"\(figure.key)\", is that of a stored figure of study \(storedStudy), "
                + "where this row names study \(study): two studies' estimates are two figures, and a key derived from measure, place, period, "
                + "subgroup, unit and source cannot tell them apart; expected a key column giving each figure its own key"
        }
        let period = Period(start: stored.string("period_start") ?? "", end: stored.string("period_end") ?? "").text
        let subgroup = [stored.string("sex"), stored.string("age_group"), stored.string("form")].compactMap { $0 }.filter { $0 != "total" }
        let described = [stored.string("source"), stored.string("measure"), stored.string("place")].compactMap { $0 } + [period] + subgroup
        return "the row has no key, and the key derived from its fields, \"\(figure.key)\", is that of a stored figure of another place, period, measure, subgroup or source (\(described.joined(separator: ", "))); expected a key column naming the figure to update, or a new key"
    }

    /// Refuses a row without a unit (no unit column, or an empty cell: a blank in a spreadsheet is
    /// not a decision to reset the unit) that would move a stored figure to another unit: to
    /// its measure's default (3.1 per 1,000 must not become 3.1 persons), or to the unit its value
    /// is written in when the stored one is made from it (`+25%` on a stored percent change is not
    /// a share of 25 percent; `US$64 billion` on a stored change in US dollars is not a level).
    /// The stored unit is not kept either, since the value was checked against the other one: the
    /// row must say which unit it means. A value written in another unit altogether (`3%` for a
    /// figure stored per 1,000) changes it, as a unit column would.
    ///
    /// `unit` is the unit the row would write, nil when its value could not be read (then it is
    /// worked out here, so that a refused row gets this error beside its own).
    func checkUnstatedUnit(key: String?, unit: String?, in row: inout RowReader) throws {
        guard row.text("unit") == nil, let key,
              let stored = try db.scalar("SELECT unit FROM figures WHERE key = ?", [key])?.textValue else { return }
        let implied = (try? NumberParser.parse(row.text("value") ?? ""))?.impliedUnit
        guard let unit = unit ?? implied ?? (try? vocabulary?.measure(row.text("measure") ?? ""))?.defaultUnit,
              stored != unit, implied.map({ FigureBuilder.agrees($0, with: stored) }) ?? true else { return }
        let none = row.field("unit") == nil ? "has no unit column" : "leaves its unit empty"
        // Keeping the stored unit is only advice when it fits the row's measure (a figure moved to
        // another measure may need another unit).
        var advice = "\(stored) to keep it"
        if let vocabulary, let measure = try? vocabulary.measure(row.text("measure") ?? ""), (try? vocabulary.check(unit: stored, fits: measure)) == nil {
            advice = "\(stored) does not fit measure \(measure.code); \(measure.defaultUnit) is its usual unit"
        }
        row.fail("value", "the stored figure \"\(key)\" is in \(stored), and this row \(none), which would make it \(unit); expected a unit column (\(advice))")
    }

    /// Applies the age a sex word carries (`girls`, `men`) to a stored figure the row updates
    /// without an age_group column (or JSON member): as on an insert, a stored `total` takes it,
    /// a stored group that fits it stays, and one on the other side of 18 refuses the row.
    ///
    /// Why here: the row is checked against its own age_group when it is built, but the stored
    /// one, kept because the row does not give it, is known only now; keeping it silently stored
    /// "men" as male of every age and called "girls" on a stored adults row unchanged.
    func checkImpliedAgeGroup(of figure: Figure, unstated: inout UnstatedFields, in row: inout RowReader) throws {
        guard unstated.contains(.ageGroup), let sexText = row.text("sex"),
              let implied = Terms.ageGroup(impliedBySex: sexText),
              let stored = try db.scalar("SELECT age_group FROM figures WHERE key = ?", [figure.key])?.textValue else { return }
        if stored == "total" {
            unstated.remove(.ageGroup)  // the figure carries the implied group
        } else if !Terms.ageGroup(stored, fits: implied) {
            row.fail("sex", "\"\(sexText)\" means \(implied), but the stored figure \"\(figure.key)\" has age group \(stored) and this row gives none; expected an age_group column (or member) saying which is right")
        }
    }

    /// Lets a row without a method column set the method tipdb works out from `cites` again, when
    /// the row changes whether the figure cites another and the stored method is the one its
    /// stored `cites` gave (`FigureBuilder.defaultMethod`): `reported` while it cited one, its
    /// measure's method while it cited none.
    ///
    /// Why: a file that dropped a wrong `cites` left the figure `reported`, and a brief then said
    /// its number "is reported without a source", where the same file loaded into a new database
    /// gives `estimated` (a user-review, session 42). A method the row does not give is kept only
    /// as the user's choice, and one tipdb worked out from a field the row changes is not that.
    func releaseWorkedOutMethod(of figure: Figure, unstated: inout UnstatedFields) throws {
        guard unstated.contains(.method), !unstated.contains(.cites), let vocabulary,
              let stored = try db.rows("SELECT method, cites, measure FROM figures WHERE key = ?", [figure.key]).first,
              (stored.string("cites") == nil) != (figure.cites == nil),
              let measure = try? vocabulary.measure(stored.string("measure") ?? ""),
              stored.string("method") == FigureBuilder.defaultMethod(measure, cites: stored.string("cites")) else { return }
        unstated.remove(.method)
    }

    /// Refuses an update that gives no method (no method column, or no JSON member) and keeps a
    /// stored method its new measure contradicts (`Measure.isContradicted(byMethod:)`): a count
    /// stored as `detected` moved to a prevalence estimate. The row's own method is judged when the
    /// figure is built; the stored one, kept because the row does not give it, is known only now.
    func checkStoredMethod(of figure: Figure, unstated: UnstatedFields, in row: inout RowReader) throws {
        guard unstated.contains(.method), let vocabulary, let measure = try? vocabulary.measure(figure.measure),
              let stored = try db.scalar("SELECT method FROM figures WHERE key = ?", [figure.key])?.textValue else { return }
        do {
            try vocabulary.check(method: stored, fits: measure)
        } catch {
            row.fail("measure", "the stored figure \"\(figure.key)\" keeps its method, since this row gives none: " + error.message)
        }
    }

    /// Refuses an update whose row gives no value (no value column, or no JSON member) and bounds
    /// that the stored value, which it keeps, lies outside; or a bound with the stored other one
    /// it keeps, past it. The same checks as a row's own numbers (`FigureBuilder`), on the number
    /// as it would be stored: the stored half is known only now.
    func checkKeptNumber(of figure: Figure, unstated: UnstatedFields, in row: inout RowReader) throws {
        // Only a row that gives a number beside one it keeps can meet a stored one out of order:
        // most files give a value and no bounds, and skip the look-up.
        let givesBound = !unstated.contains(.low) && figure.low != nil || !unstated.contains(.high) && figure.high != nil
        guard unstated.contains(.value) && givesBound
                || unstated.contains(.low) && !unstated.contains(.high) && figure.high != nil
                || unstated.contains(.high) && !unstated.contains(.low) && figure.low != nil,
              let stored = try db.figure(key: figure.key) else { return }
        let kept = figure.keeping(unstated, from: stored)
        // Each pair in the order low ≤ value ≤ high, with what keeps it out of the row.
        let parts: [(column: String, words: String, field: UnstatedFields, number: Double?)] = [
            ("low", "lower bound", .low, kept.low), ("value", "value", .value, kept.value), ("high", "upper bound", .high, kept.high),
        ]
        for (lower, upper) in [(0, 1), (1, 2), (0, 2)] {
            let (below, above) = (parts[lower], parts[upper])
            guard let small = below.number, let large = above.number, small > large else { continue }
            let keptBelow = unstated.contains(below.field), keptAbove = unstated.contains(above.field)
            guard keptBelow != keptAbove else { continue }  // both given: FigureBuilder said it; both kept: stored so
            func said(_ part: (column: String, words: String, field: UnstatedFields, number: Double?), _ number: Double) -> String {
                unstated.contains(part.field)
                    ? "the stored \(part.words) \(FigureBuilder.format(number)) (kept: this row has no \(part.column) column)"
                    : "\(part.words) \(FigureBuilder.format(number))"
            }
            let given = keptBelow ? above : below
            let keptPart = keptBelow ? below : above
            row.fail(given.column, "\(said(below, small)) is above \(said(above, large)); expected \(below.column) ≤ \(above.column): a \(keptPart.column) column with the number as it now stands, or \(given.column == "high" ? "an" : "a") \(given.words) \(keptBelow ? "of at least" : "of at most") \(FigureBuilder.format(keptBelow ? small : large))")
        }
    }

    /// Whether a file that could not be used may hold rows of `kind`: one of that kind, or of no
    /// kind tipdb could tell.
    func mayBeDefinedByUnusableFile(_ kind: RecordKind) -> Bool {
        unusableFiles.contains { $0.kind == nil || $0.kind == kind }
    }

    /// Rejects a figure like any row, and keeps its `cites` to be checked with the written ones
    /// once every file is in (it may name a later row), so that one run lists every problem of
    /// the row. A figure that cites itself has that error already.
    ///
    /// - Parameter derivedKey: for a row without a key, the key derived from its fields, when they
    ///   could be read: its first error names it (see `IngestIssue.naming(derivedKey:)`).
    func rejectFigure(
        _ record: InputRecord, row: RowReader, key: String?, derivedKey: String?, file: String, batch: Int64
    ) throws -> RecordResult {
        let kept = try list(record, issues: IngestIssue.naming(derivedKey: derivedKey, in: row.issues), batch: batch)
        if let cites = row.text("cites"), cites != key, let field = row.field("cites") {
            refusedCites.append((cites, file, field.line, field.column, kept))
        }
        return .rejected(at: row.issues.first.map { "\($0.file):\($0.line)" })
    }

    /// Records on `row` a source or study it names that is neither in the database nor in this
    /// command. Returns true when such a name was only counted, not recorded (see `unusableFiles`):
    /// the row must still be refused, since its reference cannot be written.
    @discardableResult
    func checkReferences(source: String?, study: String?, of row: inout RowReader, batch: Int64) throws -> Bool {
        var unlisted = false
        func unknown(_ field: String, _ key: String, kind: RecordKind) {
            if !mayBeDefinedByUnusableFile(kind) || refusedKeys[kind]?[key] != nil {
                let (message, unknown) = unknownReference(field, key, kind: kind)
                let listed = row.issues.count
                if unknown { row.fail(field, unknownReference: kind, message) } else { row.fail(field, message) }
                let id = "\(batch) \(field) \(key)"
                if unknown, unknownReferences[id] == nil, row.issues.count > listed, let issue = row.issues.last {
                    unknownReferences[id] = UnknownReference(file: issue.file, message: issue.message, field: field, key: key, kind: kind, batch: batch)
                }
            } else {
                unlisted = true
                unlistedReferences += 1
            }
        }
        if let source, try !sourceExists(source) { unknown("source", source, kind: .sources) }
        if let study, try !studyExists(study) { unknown("study", study, kind: .studies) }
        return unlisted
    }
}
