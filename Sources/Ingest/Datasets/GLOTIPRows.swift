import Storage

/// The data rows of a GLOTIP export: each mapped to a figure, written, recorded in the vintage,
/// and checked against its totals once the whole file is in.
struct GLOTIPRows {
    let context: DatasetContext
    let file: GLOTIPFile
    let source: String
    let vintages: SeriesVintage
    let vintage: Int64
    /// Figures the export holds (rows written, repeats excluded).
    private(set) var figures = 0
    /// Figures of an earlier vintage whose values this export repeats: counted unchanged, they
    /// now cite this export (the vintages each appeared in stay in `series_figures`).
    private(set) var moved = 0
    /// Of those, the figures whose row this export words differently (`FigureWriter.relabelled`).
    private(set) var relabelled = 0
    /// The keys of figures whose rows the export holds but were refused (`--on-error skip`): not
    /// figures it dropped, though they keep an earlier vintage's values (`GLOTIPLoader`).
    private(set) var refusedKeys = Set<String>()
    /// Figures an earlier vintage dropped (`SeriesVintage.notInLatest`, read before this export
    /// became a vintage): those this export holds are published again.
    var droppedBefore = Set<String>()
    /// The figures this export publishes again after an earlier vintage dropped them, in row order.
    private(set) var republished: [String] = []
    /// Of those, the ones with their earlier values, counted in `moved` too.
    private(set) var republishedUnchanged = 0

    /// For each column without a name (`GLOTIPLayout.unnamed`), how many rows hold a value in it
    /// and the first one's line: the note on columns not read says whether something was dropped.
    private(set) var unnamedValues: [Int: (rows: Int, line: Int)] = [:]

    private static let knownBreakdowns: Set<String> = ["citizenship", "country-of-repatriation", "form-of-exploitation"]

    init(context: DatasetContext, file: GLOTIPFile, source: String, vintages: SeriesVintage, vintage: Int64) {
        self.context = context
        self.file = file
        self.source = source
        self.vintages = vintages
        self.vintage = vintage
    }

    mutating func load(summary: inout FileSummary, progress: ((Ingester.Progress) -> Void)?) throws -> DatasetOutcome {
        let path = context.path
        let mapper = GLOTIPRow(layout: file.layout, vocabulary: context.vocabulary,
                               countries: CountryNames(vocabulary: context.vocabulary), source: source)
        var writer = FigureWriter(db: context.db, batch: context.batch, now: context.now, vocabulary: context.vocabulary, retracted: context.retracted)
        var rejects = RejectLog(context: context)
        var check = SubgroupCheck()
        var keys = try CaseBlindKeys(db: context.db)
        var repeats = 0
        /// The first row that repeated an earlier one: its line, its value's column, the earlier line and the figure.
        var firstRepeat: (line: Int, column: Int, earlier: Int, key: String)?
        var otherDimensions = Set<String>()
        /// Rows with category Total under a dimension: how many, and the first line, its Category
        /// cell's column and the dimension.
        var dimensionTotals = 0
        var firstDimensionTotal: (line: Int, column: Int, dimension: String)?
        /// Citizenship and repatriation categories that name no place: each with its first line
        /// and how many rows gave it, in the order first met.
        var unresolved: [(name: String, line: Int, rows: Int)] = []
        let valueField = file.layout.column("txtVALUE") ?? 0
        let categoryField = file.layout.column("Category") ?? 0
        while true {
            let next: CSVRecord?
            do {
                next = try file.reader.next()
            } catch {
                let issue = IngestIssue(error, file: path)
                summary.stoppedReading = ReadingStop(issue)
                return .stop(issue)
            }
            guard let record = next else { break }
            if record.isBlankRow { continue }  // as in any CSV file: not counted
            summary.read += 1
            if let progress, summary.read % 4096 == 0 {
                progress(Ingester.Progress(file: path, rows: summary.read, bytesRead: file.reader.bytesRead, totalBytes: context.size))
            }
            if let issue = record.shapeIssue(file: path, names: file.layout.names, header: "the header on line \(file.headerLine)") {
                try rejects.reject(raw: record.rawText, issues: [issue])
                continue
            }
            let fields = (0..<record.count).map { record.string(at: $0) }
            for field in file.layout.unnamed where field < fields.count && !fields[field].trimmingWhitespace().isEmpty {
                let seen = unnamedValues[field]
                unnamedValues[field] = ((seen?.rows ?? 0) + 1, seen?.line ?? record.line(at: field))
            }
            // The warnings ingest gives about the row's figure afterwards point at its value (`DatasetContext.claim`).
            let valueColumn = record.column(at: valueField)
            switch mapper.map(fields) {
            case .failure(let problems):
                if let key = problems.key { refusedKeys.insert(key) }
                let issues = problems.issues.map { problem in
                    IngestIssue(file: path, line: record.line(at: problem.field ?? 0),
                                column: record.column(at: problem.field ?? 0), message: problem.message)
                }
                try rejects.reject(raw: record.rawText, issues: issues)
            case .success(var mapped):
                mapped.figure.key = try keys.key(for: mapped.figure.key, breakdowns: mapped.breakdowns)
                if let first = context.claim(mapped.figure.key, record.line, valueColumn) {
                    refusedKeys.insert(mapped.figure.key)
                    try rejects.reject(raw: record.rawText, issues: [IngestIssue(
                        file: path, line: record.line, column: valueColumn, message: context.duplicateKey(mapped.figure.key, first: first))])
                    continue
                }
                let movedBefore = writer.moved
                switch try writer.write(mapped.figure, breakdowns: mapped.breakdowns, line: record.line, sourceMayMove: true) {
                case .written(let outcome, let kept):
                    summary.count(outcome)
                    if droppedBefore.contains(mapped.figure.key) {
                        republished.append(mapped.figure.key)
                        if writer.moved > movedBefore { republishedUnchanged += 1 }
                    }
                    figures += 1
                    for (_, message) in KeptCorrectionNote.notes(kept, from: .export) {
                        summary.rowNotes.append(IngestIssue(file: path, line: record.line, column: record.column(at: valueField), message: message))
                    }
                    try vintages.record(figure: mapped.figure.key, vintage: vintage)
                    let detail = mapped.figure.form ?? mapped.breakdowns.map(\.keyPart).joined(separator: ",")
                    // The dimension a form or breakdown is a category of, or whose Total the row is.
                    let dimension: String? = mapped.figure.form != nil ? SubgroupTotals.formDimension
                        : mapped.breakdowns.count == 1 ? mapped.breakdowns.first?.dimension : nil
                    check.add(mapped.figure, detail: detail, line: record.line, column: record.column(at: valueField),
                              label: mapped.label, dimension: dimension, isDimensionTotal: mapped.isDimensionTotal)
                    otherDimensions.formUnion(mapped.breakdowns.map(\.dimension).filter { !Self.knownBreakdowns.contains($0) })
                    if let name = mapped.unresolved {
                        if let index = unresolved.firstIndex(where: { $0.name == name }) {
                            unresolved[index].rows += 1
                        } else {
                            unresolved.append((name, record.line, 1))
                        }
                    }
                    if mapped.isDimensionTotal {
                        dimensionTotals += 1
                        if firstDimensionTotal == nil {
                            firstDimensionTotal = (record.line, record.column(at: categoryField), mapped.breakdowns.first?.dimension ?? "")
                        }
                    }
                case .refused(let problems):
                    refusedKeys.insert(mapped.figure.key)
                    // A value its unit rules out, as in a figures file (a count that is negative or not whole).
                    try rejects.reject(raw: record.rawText, issues: problems.map {
                        IngestIssue(file: path, line: record.line, column: record.column(at: valueField), message: "txtVALUE: \($0)")
                    })
                case .retracted:
                    summary.retracted += 1
                    if let note = context.retracted.note(for: mapped.figure.key) {
                        summary.rowNotes.append(IngestIssue(file: path, line: record.line, column: valueColumn, message: note))
                    }
                case .repeated(let earlier):
                    repeats += 1
                    if firstRepeat == nil { firstRepeat = (record.line, valueColumn, earlier, mapped.figure.key) }
                    summary.unchanged += 1
                case .conflicting(let line):
                    try rejects.reject(raw: record.rawText, issues: [IngestIssue(
                        file: path, line: record.line, column: record.column(at: valueField),
                        message: "txtVALUE: the same figure (\(mapped.figure.key)) as line \(line) with another value; expected one value per indicator, country, year, sex, age, dimension and category")])
                }
            }
        }
        moved = writer.moved
        relabelled = writer.relabelled
        summary.rejected += rejects.rows
        summary.warnings += check.warnings(file: path)
        if let first = firstRepeat {
            // Not "exactly": the rows may differ in how they name a place (Turkey, Türkiye), and say
            // the same once it is resolved. What they share is the figure, key and value.
            let one = repeats == 1
            summary.rowNotes.append(IngestIssue(file: path, line: first.line, column: first.column, message: "\(repeats) row\(one ? " repeats the figure of an earlier row" : "s repeat the figure of earlier rows"): the same indicator, country, year, sex, age, dimension and category once names are resolved, with the same value (\(one ? "line \(first.line)" : "the first, line \(first.line),") repeats line \(first.earlier): \(first.key)); \(one ? "loaded once" : "each loaded once")"))
        }
        if let first = firstDimensionTotal {
            let one = dimensionTotals == 1
            summary.rowNotes.append(IngestIssue(file: path, line: first.line, column: first.column, message: "\(dimensionTotals) row\(one ? "" : "s") with category Total under a dimension (\(one ? "" : "the first, ")line \(first.line), under \(first.dimension)) \(one ? "is" : "are") kept as that dimension's total (breakdown \(first.dimension): Total), not as the country's overall total: the dimension is part of what it counts"))
        }
        if !unresolved.isEmpty {
            summary.notes.append(Self.unresolvedNote(unresolved))
        }
        if !otherDimensions.isEmpty {
            summary.notes.append("dimension\(otherDimensions.count == 1 ? "" : "s") \(otherDimensions.sorted().joined(separator: ", ")) not known to tipdb; kept as breakdowns with the category as published")
        }
        return DatasetOutcome(rejects: rejects, fatal: false)
    }

    /// The citizenship and repatriation categories that named no place, each quoted with its first
    /// line: `1 citizenship or repatriation category names no place tipdb knows: kept as published,
    /// without a place (figure_breakdowns.place is NULL): "Serbia and Montenegro" (line 7, 2 rows)`.
    ///
    /// Why: such a category was stored as its text (`...:citizenship-Congo-DR`, no place) beside
    /// the same country resolved in other rows (`...:citizenship-COD`), and nothing said so.
    static func unresolvedNote(_ names: [(name: String, line: Int, rows: Int)]) -> String {
        let one = names.count == 1
        let listed = names.map { "\"\($0.name)\" (line \($0.line)\($0.rows == 1 ? "" : ", \($0.rows) rows"))" }
        return "\(names.count) citizenship or repatriation categor\(one ? "y names" : "ies name") no place tipdb knows: kept as "
            + "published, without a place (figure_breakdowns.place is NULL): " + listed.joined(separator: ", ")
    }
}
