import Storage

/// One input record after everything that needs no database: parsed, validated against the
/// vocabulary, and turned into the row it would write, with every problem found so far.
struct PreparedRecord: Sendable {
    /// What the record would write, when it got that far.
    enum Value: Sendable {
        case source(Source)
        case study(Study)
        case figure(Figure)
        case measure(Measure)
    }

    var row: RowReader
    /// A structural problem with the record as a whole (such as a wrong number of fields).
    var problem: IngestIssue?
    var value: Value?
    /// When the record's key was already read in this command, where it was first read: the
    /// number of the command's file (in loading order) and the line.
    var firstSeen: (file: Int, line: Int)?
    /// For a record whose key was already read: how its cells compare with that first row's
    /// (`RowCells`): `identical`, or the differences in words (`differs`); nil when the first
    /// row gave no digest to compare with (a bulk file's row).
    var repeatComparison: RepeatComparison?
    /// The key this record claims in the command: the one it would write under, else the one it
    /// states. A row refused for its values still claims its key, so that a second row with that
    /// key is named as a duplicate in the same run instead of after the first is fixed.
    var claimedKey: String? {
        if let (key, _) = key { return key }
        return problem == nil ? row.text("key") ?? row.text("code") ?? derivedKey : nil
    }
    /// Whether the record was read and gives no key: not a record that could not be read (an
    /// NDJSON line that is not JSON, whose fields are unknown), nor one whose key was refused
    /// (a `key` member written twice).
    ///
    /// Why: "N rows had no key" counted every unreadable line, though most of them carry a key.
    var lacksKey: Bool {
        problem == nil && row.text("key") == nil && !row.wasRefused("key")
    }
    /// The key a refused figure without one would have had (see `FigureBuilder.build`).
    var derivedKey: String?
    /// The breakdowns a figure's `breakdown` cell states (`BreakdownCell`); nil when the row has
    /// no such column, and the stored ones are kept.
    var breakdowns: [Breakdown]? = nil
    /// Numbers of a CSV or TSV figure or study in a spreadsheet's rounded scientific notation
    /// (`SpreadsheetExponentCheck`), a count's zeros after its point (`CountDecimalZeros`), and a
    /// period that is also a financial year (`2011-12`,
    /// `FinancialYear.monthWarning`), and a study's too (`StudyChecks`): found here, on the
    /// reading thread, and printed if the record is loaded, so that the thread writing the
    /// database does not look at every value again.
    var readingWarnings: [IngestIssue] = []
    /// What the `breakdown` cell wrote in a dimension of places that was read otherwise than as a
    /// place (`BreakdownCell.placeReadings`): a nationality read as its country, a note; a category
    /// kept as text, a warning; and a place column's name of a country that a listed part of
    /// another country shares (`Georgia`), a warning. Each said at the first row of a file that
    /// writes it (`once`).
    var breakdownReadings: [(once: String, warning: Bool, issue: IngestIssue)] = []

    /// The key the record would write under, and of which kind.
    var key: (String, RecordKind)? {
        switch value {
        case .source(let source): (source.key, .sources)
        case .study(let study): (study.key, .studies)
        case .figure(let figure): (figure.key, .figures)
        case .measure(let measure): (measure.code, .measures)
        case nil: nil
        }
    }

    /// Parses and validates `record` as a row of `plan`'s kind. Pure: safe on any thread.
    static func make(_ record: InputRecord, plan: FilePlan, vocabulary: Vocabulary) -> PreparedRecord {
        if let problem = record.problem {
            return PreparedRecord(row: RowReader(file: plan.path, record: record), problem: problem, value: nil)
        }
        var record = record
        if plan.format != .csv && plan.format != .tsv && plan.format != .cslJSON {
            // A CSV header is checked once and rejects the command; JSON objects may each have
            // their own members, so an unknown one rejects its object only, at the member's name.
            let contract = FieldContract.of(plan.kind)
            let csl = looksLikeCSL(record)
            for field in record.fields where !contract.accepts(field.name) {
                let message = csl && field.name.lowercased() == "id"
                    ? "id: unknown field \"id\"; the object looks like CSL-JSON (id with \(cslMembers.joined(separator: ", "))): pass --format csl-json, or name its key \"key\""
                    : "\(field.name): \(contract.unknownColumnMessage(field.name, noun: "field"))"
                record.fieldProblems.append(IngestIssue(
                    file: plan.path, line: field.nameLine > 0 ? field.nameLine : field.line,
                    column: field.nameLine > 0 ? field.nameColumn : field.column,
                    message: RowReader.shortened(message)))
                record.refusedFields.insert(field.name.lowercased())
            }
        }
        RMissingValue.refuse(in: &record, file: plan.path)
        if plan.kind == .figures { ExtraObjectColumn.expand(in: &record, file: plan.path) }
        let artifacts = SpreadsheetArtifact.refuse(in: &record, file: plan.path, kind: plan.kind, format: plan.format)
        let garbledExtras = MojibakeCheck.refuse(in: &record, file: plan.path, format: plan.format)
        var row = RowReader(file: plan.path, record: record)
        var derivedKey: String?
        var breakdowns: [Breakdown]?
        let value: Value? = switch plan.kind {
        case .sources: SourceBuilder().build(&row, csl: record.cslExtra, isCSL: plan.format == .cslJSON).map(Value.source)
        case .studies: StudyBuilder(vocabulary: vocabulary).build(&row).map(Value.study)
        case .figures: FigureBuilder(vocabulary: vocabulary).build(&row, derivedKey: &derivedKey, breakdowns: &breakdowns).map(Value.figure)
        case .measures: MeasureBuilder(vocabulary: vocabulary).build(&row).map(Value.measure)
        }
        var prepared = PreparedRecord(row: row, problem: nil, value: value, derivedKey: derivedKey)
        prepared.breakdowns = breakdowns
        if case .figure(var figure) = value {
            if plan.format == .csv || plan.format == .tsv { prepared.readingWarnings = SpreadsheetExponentCheck.warnings(for: row, kind: .figures) }
            let zeros = CountDecimalZeros.drop(from: &figure, row: row, vocabulary: vocabulary, format: plan.format)
            if !zeros.isEmpty {
                prepared.value = .figure(figure)
                prepared.readingWarnings += zeros
            }
            if let warning = EUMembershipCheck.warning(for: figure, row: row) { prepared.readingWarnings.append(warning) }
            if let warning = row.periodMonthWarning() { prepared.readingWarnings.append(warning) }
            // `Georgia` is the country: said once a file, for a file of US states.
            if SubnationalPlace.countryNamesakes.contains(figure.place), let text = row.text("place"), let field = row.field("place"),
               let part = SubnationalPlace.named(text), !part.isPart(of: figure.place) {
                let message = "place: \"\(text)\" is read as the country \(vocabulary.placeName(figure.place) ?? figure.place) "
                    + "(\(figure.place)); \(part.listedUnder) too: a figure of that part is \(part.codes) with breakdown "
                    + "\(SubnationalPlace.dimension): \(part.name) (said once per file)"
                prepared.breakdownReadings.append((
                    "place\u{0}\(text.lowercased())", true, IngestIssue(file: plan.path, line: field.line, column: field.column, message: message)))
            }
            if let text = row.text(BreakdownCell.column), let field = row.field(BreakdownCell.column) {
                for reading in BreakdownCell.placeReadings(text, vocabulary: vocabulary) {
                    let message = reading.code.map { code in
                        "\(BreakdownCell.column): \(reading.dimension) \"\(reading.written)\" is read as \(code) (\(vocabulary.placeName(code) ?? code)), "
                            + "the country of that nationality, as its name would be; loaded as \(code) (said once per file)"
                    } ?? "\(BreakdownCell.column): \(reading.dimension) \"\(reading.written)\" names no place tipdb knows, and is kept as text: no "
                        + "brief or search of a place will find it; expected a place's name or code, or a nationality tipdb reads (Albanian, UK "
                        + "national), if it names one (said once per file)"
                    prepared.breakdownReadings.append((
                        "\(reading.dimension)\u{0}\(reading.written.lowercased())", reading.code == nil,
                        IngestIssue(file: plan.path, line: field.line, column: field.column, message: message)))
                }
            }
        }
        if case .study(let study) = value {
            if plan.format == .csv || plan.format == .tsv { prepared.readingWarnings = SpreadsheetExponentCheck.warnings(for: row, kind: .studies) }
            prepared.readingWarnings += StudyChecks.readingWarnings(for: study, row: row)
        }
        prepared.readingWarnings += artifacts + garbledExtras
        return prepared
    }

    /// The members of a CSL-JSON item that, beside `id`, tell one apart from a tipdb object.
    static let cslMembers = ["type", "title", "author", "issued"]

    /// Whether a JSON object read as `--format json` or `ndjson` is most likely a CSL-JSON item:
    /// an `id`, no `key`, and a member of `cslMembers`.
    ///
    /// Why: its `id` got "unknown column; did you mean key?", which sends the user to rename
    /// members by hand in a file that `--format csl-json` reads as it is.
    private static func looksLikeCSL(_ record: InputRecord) -> Bool {
        let names = Set(record.fields.map { $0.name.lowercased() })
        return names.contains("id") && !names.contains("key") && !names.isDisjoint(with: cslMembers)
    }
}
