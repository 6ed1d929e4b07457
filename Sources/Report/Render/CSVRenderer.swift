import Storage

/// Writes the brief's figures table as RFC 4180 CSV: one row per figure in scope, in the brief's
/// order, with the stored values (for computing) next to the words (for reading).
///
/// The CSV stands alone: it has no reference list, so each row carries its source's full
/// reference entry (`reference`) beside the brief's reference number (`citation`), which only
/// means something next to the Markdown, HTML or JSON brief of the same command.
enum CSVRenderer {
    /// The columns, in order. New columns go at the end, so that a reader taking columns by
    /// position still finds the old ones where they were.
    static let header = [
        "key", "measure", "measure_label", "value", "censored", "low", "high", "ci_level", "unit", "text", "range",
        "place", "place_name", "period_start", "period_end", "period", "sex", "age_group", "form", "subgroup",
        "method", "study", "study_method", "source", "source_label", "citation", "cites", "primary", "repeats",
        "locator", "quote", "notes", "release", "reference", "period_basis", "later_edition", "breakdown",
        "share_of",
    ]

    /// - Parameter style: `.spreadsheet` for `--spreadsheet`: a byte order mark first, and text
    ///   that a spreadsheet would run as a formula guarded (`CSVStyle`).
    static func render(_ brief: Brief, style: CSVStyle = .plain) -> String {
        var out = TextBuffer(capacity: brief.figureGroups.reduce(4096) { $0 + $1.figures.count * 400 })
        out += style.start
        let extras = extraColumns(brief)
        // A brief with citizens counted elsewhere (`CitizensElsewhere`) says which part each row
        // is in, after the fixed columns: those rows are not the scope's figures, and a sheet
        // summing the rows must be able to leave them out. Any other brief's CSV is as before.
        let elsewhere = brief.citizensElsewhere
        CSVText.append(line: header + (elsewhere == nil ? [] : [partColumn]) + extras, style: style, to: &out)
        let entries = Dictionary(brief.references.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        let own: String? = elsewhere == nil ? nil : Part.all
        FigureTables.render(brief.figureGroups, into: &out) { _, _ in } row: { entry, _, out in
            append(entry.pointee, reference: entries[entry.pointee.citation] ?? "", part: own, extras: extras, style: style, to: &out)
        } close: { _, _ in }
        if let elsewhere {
            FigureTables.render(elsewhere.figureGroups, into: &out) { _, _ in } row: { entry, _, out in
                append(entry.pointee, reference: entries[entry.pointee.citation] ?? "", part: Part.elsewhere, extras: extras, style: style, to: &out)
            } close: { _, _ in }
        }
        return out.text
    }

    /// The column, after `header`'s, that a brief with citizens counted elsewhere has.
    static let partColumn = "part"

    /// The values of `partColumn`: the brief's own figures (its All figures), and citizens of
    /// the places asked for counted elsewhere, which are not the scope's.
    enum Part {
        static let all = "all figures"
        static let elsewhere = "citizens counted elsewhere"
    }

    /// The `x_` columns of the figures in the brief, by name in byte order: one CSV column each,
    /// after the fixed ones, so that a sheet loaded with `x_sector` gets it back beside its figures.
    static func extraColumns(_ brief: Brief) -> [String] {
        var names: Set<String> = []
        for group in brief.figureGroups + (brief.citizensElsewhere?.figureGroups ?? []) {
            for figure in group.figures {
                if let extra = figure.extra { names.formUnion(extraCells(extra).keys) }
            }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A figure's `x_` columns as cells: a text as it is, any other value as its JSON.
    static func extraCells(_ extra: String) -> [String: String] {
        guard case .object(let members)? = try? JSONTree.parse(extra) else { return [:] }
        var cells: [String: String] = [:]
        for (name, value) in members {
            if case .string(let text) = value { cells[name] = text } else if value != .null { cells[name] = value.compact }
        }
        return cells
    }

    /// One figure as a CSV line, field by field, in the header's order.
    ///
    /// - Parameters:
    ///   - reference: the full reference entry of the figure's source, as the brief's reference
    ///     list writes it under the figure's citation number.
    ///   - style: how each cell's text is written (`CSVStyle.cell`).
    ///   - part: the row's `partColumn` cell, nil in a CSV without that column.
    static func append(
        _ figure: FigureEntry, reference: String, part: String? = nil, extras: [String] = [], style: CSVStyle = .plain, to out: inout TextBuffer
    ) {
        func field(_ text: String, last: Bool = false) {
            CSVText.append(text, style: style, to: &out)
            out += last ? "\r\n" : ","
        }
        func number(_ value: Double?) { field(value.map(NumberText.plain) ?? "") }
        field(figure.key)
        field(figure.measure)
        field(figure.measureLabel)
        number(figure.value)
        field(figure.censored ? "1" : "0")
        number(figure.low)
        number(figure.high)
        number(figure.ciLevel)
        field(figure.unit)
        field(figure.text)
        field(figure.range ?? "")
        field(figure.place)
        field(figure.placeName)
        field(figure.periodStart)
        field(figure.periodEnd)
        field(figure.period)
        field(figure.sex)
        field(figure.ageGroup)
        field(figure.form ?? "")
        field(figure.subgroup)
        field(figure.method)
        field(figure.study ?? "")
        field(figure.studyMethod ?? "")
        field(figure.source)
        field(figure.sourceLabel)
        field(String(figure.citation))
        field(figure.cites ?? "")
        field(figure.primary ?? "")
        field(figure.repeats ?? "")
        field(figure.locator ?? "")
        field(figure.quote ?? "")
        // A key that held another figure is said after the notes, as the tables' note says it: the
        // CSV, passed on alone, is what a reader holding an older brief that cites the key compares.
        field(figure.laterNote.flatMap { TableNotes.note(figure.notes, quote: nil, keyReused: $0) } ?? figure.notes ?? "")
        // A revision goes with the release: both say which publication of the number this is, and
        // so does a later edition's revision of it.
        field([figure.release, figure.revised, figure.laterEdition].compactMap { $0 }.joined(separator: "; "))
        field(reference)
        field(figure.periodBasis)
        // The key of the later edition's figure for the same period, to join on `key`.
        field(figure.laterEditionKey ?? "")
        field(figure.breakdown ?? "")
        // What a share in percent is of, when its measure's definition says (`shareOf`): the
        // tables print 9.6% "of all children aged 5 to 17", and a sheet read without them had
        // only 9.6 (session 57's review). A subgroup's share is of that whole's part in it.
        field(figure.shareOf ?? "", last: extras.isEmpty && part == nil)
        if let part { field(part, last: extras.isEmpty) }
        let cells = figure.extra.map(extraCells) ?? [:]
        for (index, name) in extras.enumerated() { field(cells[name] ?? "", last: index == extras.count - 1) }
    }
}
