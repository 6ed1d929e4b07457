import Storage

/// A measure a user defines in a measures file: written once, loaded again unchanged, and never
/// a silent redefinition of one of tipdb's own.
extension Ingester {
    /// Writes `measure` from a measures file's row, or refuses it on the row.
    ///
    /// Why tipdb's own measures cannot be redefined: their definitions are what every brief, and
    /// every figure already stored under them, was written and read against; a file that gave
    /// `detected-trafficking-victims` another definition would change the meaning of figures other
    /// files loaded. A user's own measure can be loaded again with another label, definition or
    /// legal basis; what it counts, its concept and its usual unit stay while figures state it,
    /// since those figures were checked against them, and so does its definition, unless
    /// `--correction` says the stored text was the slip (`MeasureRedefinitionCheck`).
    func loadMeasure(_ given: Measure, row: inout RowReader, batch: Int64, summary: inout FileSummary) throws -> RecordResult {
        let stored = try db.measure(code: given.code)
        // A column the file does not have keeps what is stored, as for figures, sources and studies.
        var measure = given
        if let stored = stored?.measure {
            if row.field("legal_basis") == nil { measure.legalBasis = stored.legalBasis }
            if row.field("parent") == nil { measure.parent = stored.parent }
            if row.field("default_unit") == nil { measure.defaultUnit = stored.defaultUnit }
        }
        if let parent = measure.parent, !(vocabulary?.hasMeasure(code: parent) ?? false) {
            row.fail("parent", "unknown measure \"\(parent)\"; expected the code of a broader measure in the measures table or in a row above (tipdb sql 'SELECT code, label FROM measures'), or the cell empty")  // sql-constant: a message, never executed
        }
        if let stored, stored.measure == measure, row.issues.isEmpty {
            return .written(.unchanged)
        }
        if let stored, stored.batch == nil {
            let fields = Self.differences(stored.measure, measure)
            row.fail("code", "\"\(measure.code)\" is one of tipdb's own measures (\(stored.measure.label)), and this row gives it another \(fields); expected a code of your own for a measure of your own (such as \(measure.code)-own), or the row as tipdb has it (tipdb sql \"SELECT * FROM measures WHERE code = '\(measure.code)'\")")  // sql-constant: a message, never executed
        } else if let stored, case let count = try db.figureCount(measure: measure.code), count > 0 {
            // Each changed cell refused at its own column, as a figures file's bad cells are: a
            // file that changed the concept and the unit was told only of the concept (session 54).
            let figures = count == 1 ? "1 stored figure, which was" : "\(count) stored figures, which were"
            for field in ["counts", "concept", "default_unit"] where Self.value(stored.measure, field) != Self.value(measure, field) {
                let was = Self.value(stored.measure, field), what = field == "default_unit" ? "usual unit" : field == "counts" ? "kind of count" : field
                row.fail(field, "measure \"\(measure.code)\" is stated by \(figures) checked against its \(what) \"\(was)\", and this row "
                    + "gives \"\(Self.value(measure, field))\"; expected \"\(was)\" as stored, or a new code for a measure that counts something else")
            }
            // The definition is where a denominator, a weighting and a reference period are written.
            if stored.measure.definition != measure.definition {
                let figures = try MeasureRedefinitionCheck.figures(stating: measure.code, count: count, db: db)
                if !options.correction {
                    row.fail("definition", MeasureRedefinitionCheck.refusal(
                        code: measure.code, stored: stored.measure.definition, given: measure.definition, figures: figures))
                } else if row.issues.isEmpty, let field = row.field("definition") {
                    let file = try stored.batch.flatMap { try db.scalar("SELECT file FROM ingest_batches WHERE id = ?", [$0])?.textValue }
                    summary.warnings.append(IngestIssue(
                        file: row.file, line: field.line, column: field.column,
                        message: MeasureRedefinitionCheck.warning(
                            code: measure.code, stored: stored.measure.definition, figures: figures, batch: stored.batch, file: file)))
                }
            }
        }
        guard row.issues.isEmpty else { return try reject(row.record, issues: row.issues, batch: batch) }
        try db.writeMeasure(measure, batch: batch, update: stored != nil, at: now)
        vocabulary?.add(measure)
        return .written(stored == nil ? .inserted : .updated)
    }

    /// The fields in which `given` differs from `stored`, in words: `definition and legal_basis`.
    static func differences(_ stored: Measure, _ given: Measure) -> String {
        let names = ["label", "counts", "concept", "definition", "legal_basis", "parent", "default_unit"]
            .filter { value(stored, $0) != value(given, $0) }
        let list = names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        return list
    }

    /// One field of `measure` as text, by its column name.
    static func value(_ measure: Measure, _ field: String) -> String {
        switch field {
        case "label": measure.label
        case "counts": measure.counts
        case "concept": measure.concept
        case "definition": measure.definition
        case "legal_basis": measure.legalBasis ?? ""
        case "parent": measure.parent ?? ""
        default: measure.defaultUnit
        }
    }
}
