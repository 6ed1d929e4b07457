/// Writes a brief as plain Markdown: headings, pipe tables, `[n]` citations and a numbered
/// reference list. Charts are separate SVG files referenced by name when the brief goes to a
/// file; on standard output their place is marked.
struct MarkdownRenderer {
    let brief: Brief
    /// The file-name stem for chart SVGs (`brief` → `brief-chart-forced-labour.svg`); nil on stdout.
    let chartStem: String?

    private func e(_ text: String) -> String { MarkdownText.escape(text) }
    private func c(_ text: String, _ marks: CitationMarks) -> String { MarkdownText.escapeKeepingCitations(text, marks: marks) }

    static func chartFile(stem: String, chart: Chart) -> String { "\(stem)-\(chart.id).svg" }

    /// A file name as a Markdown link destination: spaces, parentheses, angle brackets, `%` and
    /// control characters percent-encoded (`my brief-chart-x.svg` → `my%20brief-chart-x.svg`),
    /// since CommonMark ends a bare destination at a space and at an unbalanced parenthesis.
    static func link(_ file: String) -> String {
        var out = ""
        for scalar in file.unicodeScalars {
            switch scalar {
            case "\u{00}"..."\u{20}", "\u{7F}", "(", ")", "<", ">", "%":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The page as UTF-8 bytes, in the pieces it was written in (see `RenderedBrief.utf8`).
    func render() -> TextBuffer {
        var out = TextBuffer(capacity: brief.figureGroups.reduce(4096) { $0 + $1.figures.count * 220 })
        out += "# \(e(brief.title))\n\n"
        out += "Date: \(brief.date)  \nScope: \(e(brief.scope.description))  \n"
        let scope = brief.scope
        out += "Contents: \(Words.count(scope.figureCount, "figure")) for \(Words.count(scope.measureCount, "measure")) "
            + "and \(Words.count(scope.placeCount, "place")), from \(Words.count(scope.sourceCount, "source")); "
            + "\(Words.countOrNo(scope.studyCount, "study", "studies")).\n\n"
        keyFigures(&out)
        comparability(&out)
        charts(&out)
        lineage(&out)
        studies(&out)
        gaps(&out)
        figures(&out)
        citizensElsewhere(&out)
        references(&out)
        provenance(&out)
        return out
    }

    private func keyFigures(_ out: inout TextBuffer) {
        out += "## Key figures\n\n"
        out += "\(KeyFigureSelection.caption)" + (KeyFigureSelection.scopedCaption(brief.scope).map { " " + $0 } ?? "") + "\n\n"
        guard !brief.keyFigures.isEmpty else {
            out += "\(KeyFigureSelection.none)\n\n"
            return
        }
        let notes = TableNotes(brief.keyFigures.map(\.figure))
        out += "| Measure | Place | Figure | Range | Reference period | Source |"
        out += notes.isEmpty ? "\n| --- | --- | --- | --- | --- | --- |\n" : " Note |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for key in brief.keyFigures {
            let figure = key.figure
            out += "| \(e(key.measureLabel)) | \(e(key.placeName)) | \(e(figure.markedText))"
            out += figure.subgroup == "all" ? "" : " (\(e(figure.subgroup)))"
            out += " | \(e(figure.range ?? "")) | \(e(figure.period)) | \(e(figure.sourceLabel)) \(Self.citation(figure)) |"
            if !notes.isEmpty { out += " \(notes.marker(figure) ?? "") |" }
            out += "\n"
        }
        out += "\n"
        Self.list(notes, into: &out)
        // A paragraph between the notes and the cautions: two bullet lists with only a blank line
        // between them are one list in CommonMark, which showed the cautions as notes j, k, ...
        if !notes.isEmpty && !brief.comparability.ageCautions.isEmpty { out += "Cautions:\n\n" }
        cautions(brief.comparability.ageCautions, into: &out)
    }

    /// Cautions as a list, each led by its kind, and a blank line after (nothing for none).
    private func cautions(_ warnings: [ComparabilityWarning], into out: inout TextBuffer) {
        guard !warnings.isEmpty else { return }
        for warning in warnings { out += "- **Caution (\(warning.kind)).** \(c(warning.text, warning.citationMarks))\n" }
        out += "\n"
    }

    /// The notes under a table, lettered as its Note column letters them (nothing without notes).
    /// A bullet list, since Markdown has no lettered one; the letter leads each item's text.
    static func list(_ notes: TableNotes, into out: inout TextBuffer) {
        guard !notes.isEmpty else { return }
        out += "Notes:\n\n"
        for (index, text) in notes.texts.enumerated() {
            out += "- \(notes.marker(ofNote: index + 1)). "
            out += MarkdownText.escape(text)
            out += "\n"
        }
        out += "\n"
    }

    private func comparability(_ out: inout TextBuffer) {
        out += "## Comparability\n\n"
        let cautions = brief.comparability.sectionCautions
        if cautions.isEmpty {
            out += "Nothing here mixes estimates with detected counts, different concepts, the units of one measure, or successive estimates from different studies.\n\n"
        }
        self.cautions(cautions, into: &out)
        out += "### Definitions\n\n"
        for definition in brief.comparability.definitions {
            out += "- **\(e(definition.label))** (\(e(definition.countsText)); concept: \(e(definition.conceptText))"
            if let parent = definition.parentLabel { out += "; part of \(e(parent))" }
            out += "). \(e(definition.definition))"
            if let basis = definition.legalBasis { out += " Legal basis: \(e(basis))." }
            out += "\n"
        }
        out += "\n"
    }

    private func charts(_ out: inout TextBuffer) {
        out += "## Charts\n\n"
        for chart in brief.charts {
            out += "### \(e(chart.title))\n\n"
            if let stem = chartStem {
                // The image's text says what it shows, and the table after it gives its figures,
                // which an image's text alone left out (`ChartFigures`); the heading names it.
                out += "![\(e(chart.description)) Its figures are in the table below.](\(Self.link(Self.chartFile(stem: stem, chart: chart))))\n\n"
                points(chart, into: &out)
                out += "\(c(chart.sourceLine, chart.sourceLineMarks))\n\n"
            } else {
                // No SVG file goes with a brief on standard output: the chart's figures are given
                // as a table under its title, and its source line without the words of a drawing.
                // The advice to write it with -o is the command's note on standard error.
                points(chart, into: &out)
                let line = chart.sourceLine.hasSuffix(ChartSelection.credit)
                    ? String(chart.sourceLine.dropLast(ChartSelection.credit.count)) : chart.sourceLine
                out += "\(c(line, chart.sourceLineMarks))\n\n"
            }
        }
        // After the charts (or alone): the series they leave out for their unit.
        if let note = ChartSelection.note(brief) { out += "\(e(note))\n\n" }
    }

    /// A chart's figures as a table: in its place on standard output, after the image in a file.
    private func points(_ chart: Chart, into out: inout TextBuffer) {
        out += "| " + ChartFigures.columns.joined(separator: " | ") + " |\n| --- | --- | --- | --- |\n"
        for point in chart.points {
            out += "| \(e(point.period)) | \(e(ChartFigures.figure(point, shareOf: chart.shareOf))) | \(e(ChartFigures.range(point) ?? "")) | \(e(point.sourceLabel)) [\(point.citation)] |\n"
        }
        out += "\n"
    }

    private func lineage(_ out: inout TextBuffer) {
        out += "## How these numbers travel\n\n"
        guard !brief.lineage.isEmpty else {
            out += "No figure in scope repeats another: every figure here is primary.\n\n"
            return
        }
        for entry in brief.lineage {
            out += "- \(entry.flagged ? "**Flag:** " : "")\(MarkdownText.blockStart(c(entry.text, entry.citationMarks)))\n"
        }
        out += "\n"
    }

    private func studies(_ out: inout TextBuffer) {
        out += "## Studies\n\n"
        guard !brief.studies.isEmpty else {
            out += "No study in the database is behind these figures: they rest on publications alone.\n\n"
            return
        }
        out += "The empirical studies behind these figures. In-depth studies say more than global totals: read them.\n\n"
        for study in brief.studies {
            out += "### \(e(study.title))\n\n"
            out += StudiesRenderer.facts(study).map { "- \($0.0): \(e($0.1))" }.joined(separator: "\n") + "\n"
            if let label = study.sourceLabel, let number = study.citation { out += "- Source: \(e(label)) [\(number)]\n" }
            if let summary = study.summary { out += "\n\(MarkdownText.escapeBlock(summary))\n" }
            if !study.findings.isEmpty {
                out += "\nFindings in scope:\n\n"
                for finding in study.findings { out += "- \(MarkdownText.escapeBlock(finding.text)) [\(finding.citation)]\n" }
                if study.figureCount > study.findings.count {
                    out += "- and \(study.figureCount - study.findings.count) more (see the tables below)\n"
                }
            }
            out += "\n"
        }
    }

    private func gaps(_ out: inout TextBuffer) {
        out += "## Data gaps\n\n"
        for (index, sentence) in brief.gaps.sentences.enumerated() { out += "- \(MarkdownText.blockStart(c(sentence, brief.gaps.marks(ofSentence: index))))\n" }
        out += "\n"
    }

    private func figures(_ out: inout TextBuffer) {
        out += "## All figures\n\n"
        Self.tables(brief.figureGroups, into: &out)
    }

    /// Citizens of the places asked for counted elsewhere (`CitizensElsewhere`), after the
    /// figures tables, in tables of their own: nothing when there are none.
    private func citizensElsewhere(_ out: inout TextBuffer) {
        guard let part = brief.citizensElsewhere else { return }
        out += "## \(e(part.heading))\n\n"
        out += "\(e(part.text))\n\n"
        Self.tables(part.figureGroups, into: &out)
    }

    /// One figures table per group, each under its measure's heading, with its notes.
    private static func tables(_ groups: [FigureGroup], into out: inout TextBuffer) {
        let notes = TableNotes.byMeasure(groups)
        // Each table's notes by its position, for its rows (one dictionary look-up a table, not a row).
        let tableNotes = groups.map { notes[$0.measure] }
        FigureTables.render(groups, into: &out) { group, out in
            let hasNotes = notes[group.measure]?.isEmpty == false
            out += "### \(MarkdownText.escape(group.measureLabel))\n\n"
            out += hasNotes
                ? "| Figure | Range | Place | Reference period | Subgroup | Method | Source | Note | Key |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
                : "| Figure | Range | Place | Reference period | Subgroup | Method | Source | Key |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        } row: { entry, group, out in
            Self.row(entry, notes: tableNotes[group], into: &out)
        } close: { group, out in
            out += "\n"
            if let tableNotes = notes[group.measure] { Self.list(tableNotes, into: &out) }
        }
    }

    /// One row of a figures table, its bytes written straight into `out` (a brief writes one per
    /// figure). The entry is read in place, field by field (see `FigureTables.render`).
    private static func row(_ entry: UnsafePointer<FigureEntry>, notes: TableNotes?, into out: inout TextBuffer) {
        out.append("| ")
        out.append(markdown: entry.pointee.text)
        // A share of a whole its measure names: `9.6% of all children aged 5 to 17` (`FigureEntry.shownText`).
        if let whole = entry.pointee.shareOf { out.append(markdown: ShareWhole.text("", whole: whole, subgroup: entry.pointee.subgroup)) }
        out.append(" | ")
        if let range = entry.pointee.range { out.append(markdown: range) }
        out.append(" | ")
        out.append(markdown: entry.pointee.placeName)
        out.append(" | ")
        out.append(markdown: entry.pointee.period)
        out.append(" | ")
        out.append(markdown: entry.pointee.subgroup)
        out.append(" | ")
        out.append(markdown: method(
            entry.pointee.method, study: entry.pointee.studyMethod, repeats: entry.pointee.repeats, release: entry.pointee.release))
        if let revised = entry.pointee.revised {
            out.append("; ")
            out += MarkdownText.escapeKeepingCitations(revised, marks: entry.pointee.revisedMarks)
        }
        out.append(" | ")
        out.append(markdown: entry.pointee.sourceLabel)
        out.append(" ")
        appendCitation(entry.pointee.citation, locator: entry.pointee.locator, method: entry.pointee.method, to: &out)
        out.append(" | ")
        if let notes, !notes.isEmpty {
            // Not `entry.pointee.laterNote`: calling a property through the pointer copied the whole entry.
            let keyReused = FigureEntry.laterNote(keyReused: entry.pointee.keyReused, history: entry.pointee.history)
            if let marker = notes.marker(notes: entry.pointee.notes, quote: entry.pointee.quote, keyReused: keyReused) { out += marker }
            out.append(" | ")
        }
        out.append(markdown: entry.pointee.key)
        out.append(" |\n")
    }

    /// `[3, p. 4]`: the figure's reference number with its locator (page, table), as `report
    /// lineage` cites it; `[3]` when it has none.
    static func citation(_ figure: FigureEntry) -> String {
        var out = TextBuffer(capacity: 16)
        appendCitation(figure.citation, locator: figure.locator, method: figure.method, to: &out)
        return out.text
    }

    /// `citation(figure)` written straight into `out`, as each row of the figures tables does.
    private static func appendCitation(_ citation: Int, locator: String?, method: String, to out: inout TextBuffer) {
        out.append("[")
        out.append(decimal: citation)
        if let locator = FigureLocator.text(locator, method: method) {
            out.append(", ")
            out.append(markdown: locator)
        }
        out.append("]")
    }

    /// The method column up to its revision note: the figure's method, the study's, what it
    /// repeats and whether a later release dropped it. The numbers a later load replaced
    /// (`figure.revised`) follow, `; ` before them, written by each renderer with their
    /// citations (`revisedMarks`), which this plain text would escape as brackets of the text.
    static func method(_ figure: FigureEntry) -> String {
        method(figure.method, study: figure.studyMethod, repeats: figure.repeats, release: figure.release)
    }

    /// `method(_:)` from the entry's fields, for a row that reads them in place (`FigureTables`).
    static func method(_ method: String, study: String?, repeats: String?, release: String?) -> String {
        guard study != nil || repeats != nil || release != nil else { return method }
        var text = method
        if let study { text += " (\(study))" }
        if let repeats { text += "; \(repeats)" }
        if let release { text += "; \(release)" }
        return text
    }

    private func references(_ out: inout TextBuffer) {
        out += "## References\n\n"
        for reference in brief.references { out += "[\(reference.number)] \(MarkdownText.entry(reference.parts))\n\n" }
    }

    /// A code fence longer than any run of backticks in `code`, at least three.
    ///
    /// Why: a --title (or a path) holding a line break and a line of three backticks closed the
    /// fence around the command early: the rest of the command rendered as a heading or a
    /// paragraph, and the tables after it as code. CommonMark closes a fence only with one as
    /// long, so a longer fence holds any text.
    static func fence(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    private func provenance(_ out: inout TextBuffer) {
        out += "## Provenance\n\n"
        out += ProvenanceText.rendered(brief.provenance, escape: e) + "\n\n"
        let fence = Self.fence(brief.provenance.command)
        out += "\(fence)sh\n\(brief.provenance.command)\n\(fence)\n\n"
        out += "| Batch | File | SHA-256 | Kind | Ingested | Figures in this brief |\n| --- | --- | --- | --- | --- | --- |\n"
        for batch in brief.provenance.batches {
            out += "| \(batch.id) | \(e(batch.file)) | \(batch.sha256) | \(e(batch.kind)) | \(e(batch.date)) | \(batch.figureCount) |\n"
        }
        out += "\n"
        if let note = ProvenanceText.batchesNote(brief.provenance) { out += note + "\n\n" }
        for note in ProvenanceText.releaseNotes(brief.provenance, escape: e) { out += "- \(note)\n" }
        if brief.provenance.batches.contains(where: { $0.released != nil }) { out += "\n" }
        out += ProvenanceText.digest(brief.provenance) + "\n"
        guard !brief.provenance.vintages.isEmpty else { return }
        out += "\nBulk exports: the release each figure was last published in.\n\n"
        out += "| Series | Released | Source | SHA-256 | Vintage | Figures in this brief |\n| --- | --- | --- | --- | --- | --- |\n"
        for vintage in brief.provenance.vintages {
            let status = vintage.isLatest ? "latest" : "superseded by a newer release"
            out += "| \(e(vintage.series)) | \(e(vintage.released)) | \(e(vintage.source)) | \(vintage.sha256) | \(status) | \(vintage.figureCount) |\n"
        }
    }
}
