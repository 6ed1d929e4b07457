import Storage

/// The sections of the HTML brief, in reading order.
extension HTMLRenderer {
    func keyFigures(_ out: inout TextBuffer) {
        open(&out, "key-figures", first: true)
        out += "<p>\(e(KeyFigureSelection.caption + (KeyFigureSelection.scopedCaption(brief.scope).map { " " + $0 } ?? "")))</p>\n"
        guard !brief.keyFigures.isEmpty else {
            out += "<p>\(e(KeyFigureSelection.none))</p>\n</section>\n"
            return
        }
        // A caption names the table, and measure and place are both row headers: six rows of one
        // measure differ by place alone, and a screen reader moving down the Figure column said
        // the measure six times and never the place.
        out += "<table id=\"key-figures-table\">\n<caption>\(e(KeyFigureSelection.tableCaption))</caption>\n<thead>\n<tr><th scope=\"col\">Measure</th><th scope=\"col\">Place</th><th scope=\"col\">Figure</th>"
        let notes = TableNotes(brief.keyFigures.map(\.figure))
        out += "<th scope=\"col\">Range</th><th scope=\"col\">Reference period</th><th scope=\"col\">Source</th>"
        out += notes.isEmpty ? "</tr>\n</thead>\n<tbody>\n" : "<th scope=\"col\">Note</th></tr>\n</thead>\n<tbody>\n"
        for key in brief.keyFigures {
            let figure = key.figure
            let subgroup = figure.subgroup == "all" ? "" : " (\(e(figure.subgroup)))"
            let revised = figure.revisedFrom.map { " (\(e($0)))" } ?? ""
            out += "<tr><th scope=\"row\">\(e(key.measureLabel))</th><th scope=\"row\" class=\"place\">\(e(key.placeName))</th>"
            out += "<td class=\"number\"><strong>\(e(figure.shownText))</strong>\(revised)\(subgroup)</td><td>\(e(figure.range ?? ""))</td>"
            out += "<td>\(e(figure.period))</td><td>\(source(figure.sourceLabel, figure.citation, locator: figure.locator, method: figure.method))</td>"
            if !notes.isEmpty {
                let number = notes.number(notes: figure.notes, quote: figure.quote, keyReused: figure.laterNote)
                Self.noteCell(number.map(notes.marker(ofNote:)), first: number.map { notes.firstKeys[$0 - 1] == figure.key } ?? false,
                              table: "key-figures", into: &out)
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        Self.list(notes, table: "key-figures", into: &out)
        cautions(brief.comparability.ageCautions, into: &out)
        out += "</section>\n"
    }

    /// A Note cell: the letter of the figure's note, linked to it under the table, whose notes'
    /// ids begin with `table` and the escaped `measure`. Written piece by piece into `out`: a
    /// figures table has one per row, and building the link as a string cost 27M instructions
    /// over 100,000 figures (`callgrind`). The `first` row with the note gets the id its note
    /// links back to (`table…-note-a-cite`).
    static func noteCell(_ marker: String?, first: Bool, table: StaticString, measure: String? = nil, into out: inout TextBuffer) {
        guard let marker else {
            out.append("<td class=\"note\"></td>")
            return
        }
        // The note's id under the table: `table`, the escaped measure, -note-, the letter.
        func noteID() {
            out.append(table)
            if let measure { out.append(xml: measure) }
            out.append("-note-")
            out += marker
        }
        out.append("<td class=\"note\"><a ")
        if first {
            out.append("id=\"")
            noteID()
            out.append("-cite\" ")
        }
        // Named "Note a" for a screen reader's list of links, where "a" alone says nothing.
        out.append("href=\"#")
        noteID()
        out.append("\" aria-label=\"Note ")
        out += marker
        out.append("\">")
        out += marker
        out.append("</a></td>")
    }

    /// The notes under a table, lettered as its Note column letters them (nothing without notes).
    /// `table` is the id prefix of the notes: unique in the page.
    static func list(_ notes: TableNotes, table: String, into out: inout TextBuffer) {
        guard !notes.isEmpty else { return }
        out += "<p class=\"notes-title\">Notes:</p>\n<ol class=\"notes\" type=\"a\">\n"
        // Escaped straight into the page, each letter as the table made it: a note holds a quote, so
        // it always has something to escape (`TextBuffer.append(xml:)`).
        for (index, text) in notes.texts.enumerated() {
            out.append("<li id=\"")
            out += table
            out.append("-note-")
            out += notes.marker(ofNote: index + 1)
            out.append("\">")
            out.append(xml: text)
            // Back to the first row with the note, which a reader who followed its letter left.
            out.append(" <a class=\"back\" href=\"#")
            out += table
            out.append("-note-")
            out += notes.marker(ofNote: index + 1)
            out.append("-cite\" aria-label=\"Back to the first row with note ")
            out += notes.marker(ofNote: index + 1)
            out.append("\">Back to table</a></li>\n")
        }
        out += "</ol>\n"
    }

    /// Cautions as paragraphs, each led by its kind.
    private func cautions(_ warnings: [ComparabilityWarning], into out: inout TextBuffer) {
        for warning in warnings {
            out.append("<p class=\"warning\"><strong>Caution (")
            out.append(xml: warning.kind)
            out.append(").</strong> ")
            Self.appendCited(warning.text, marks: warning.citationMarks, names: names, firsts: firsts, to: &out)
            out.append("</p>\n")
        }
    }

    func comparability(_ out: inout TextBuffer) {
        open(&out, "comparability")
        let cautions = brief.comparability.sectionCautions
        if cautions.isEmpty {
            out += "<p>Nothing here mixes estimates with detected counts, different concepts, the units of one measure, or successive estimates from different studies.</p>\n"
        }
        self.cautions(cautions, into: &out)
        out += "<h3>Definitions</h3>\n<dl>\n"
        for definition in brief.comparability.definitions {
            out += "<dt><strong>\(e(definition.label))</strong> (\(e(definition.countsText)); concept: \(e(definition.conceptText))"
            if let parent = definition.parentLabel { out += "; part of \(e(parent))" }
            out += ")</dt>\n<dd>\(e(definition.definition))"
            if let basis = definition.legalBasis { out += " Legal basis: \(e(basis))." }
            out += "</dd>\n"
        }
        out += "</dl>\n</section>\n"
    }

    func charts(_ out: inout TextBuffer) {
        open(&out, "charts")
        for chart in brief.charts {
            // The drawing is named by its title; what it shows is its caption, and its figures the
            // table after it (`ChartFigures`): each said once to a screen reader.
            out += "<figure id=\"\(e(chart.id))\">\n\(ChartRenderer.inline(chart))<figcaption>\(e(chart.description)) \(cited(chart.sourceLine, marks: chart.sourceLineMarks))</figcaption>\n</figure>\n"
            out += "<table id=\"\(e(chart.id))-figures\" class=\"chart-figures\">\n<caption>\(e(ChartFigures.caption(chart)))</caption>\n<thead>\n<tr>"
            for name in ChartFigures.columns { out += "<th scope=\"col\">\(name)</th>" }
            out += "</tr>\n</thead>\n<tbody>\n"
            for point in chart.points {
                out += "<tr><th scope=\"row\">\(e(point.period))</th><td class=\"number\">\(e(ChartFigures.figure(point, shareOf: chart.shareOf)))</td><td>\(e(ChartFigures.range(point) ?? ""))</td>"
                out += "<td>\(source(point.sourceLabel, point.citation))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        // After the charts, as in Markdown: the series they leave out for their unit.
        if let note = ChartSelection.note(brief) { out += "<p>\(e(note))</p>\n" }
        out += "</section>\n"
    }

    func lineage(_ out: inout TextBuffer) {
        open(&out, "lineage")
        if brief.lineage.isEmpty {
            out += "<p>No figure in scope repeats another: every figure here is primary.</p>\n"
        } else {
            out += "<ul>\n"
            for entry in brief.lineage {
                out.append("<li id=\"lineage-")
                out.append(xml: entry.figure)
                out.append("\">")
                if entry.flagged { out.append("<span class=\"flag\">Flag:</span> ") }
                Self.appendCited(entry.text, marks: entry.citationMarks, names: names, firsts: firsts, to: &out)
                out.append("</li>\n")
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
    }

    func studies(_ out: inout TextBuffer) {
        open(&out, "studies")
        if brief.studies.isEmpty {
            out += "<p>No study in the database is behind these figures: they rest on publications alone.</p>\n"
        } else {
            out += "<p>The empirical studies behind these figures. In-depth studies say more than global totals: read them.</p>\n"
        }
        for study in brief.studies {
            out += "<article id=\"study-\(e(study.key))\">\n<h3>\(e(study.title))</h3>\n<ul>\n"
            for (name, value) in StudiesRenderer.facts(study) { out += "<li>\(name): \(e(value))</li>\n" }
            if let label = study.sourceLabel, let number = study.citation {
                out += "<li>Source: \(source(label, number))</li>\n"
            }
            out += "</ul>\n"
            if let summary = study.summary { out += "<p>\(e(summary))</p>\n" }
            if !study.findings.isEmpty {
                out += "<p>Findings in scope:</p>\n<ul>\n"
                for finding in study.findings { out += "<li>\(e(finding.text)) \(citation(finding.citation))</li>\n" }
                if study.figureCount > study.findings.count {
                    out += "<li>and \(study.figureCount - study.findings.count) more (see All figures)</li>\n"
                }
                out += "</ul>\n"
            }
            out += "</article>\n"
        }
        out += "</section>\n"
    }

    func gaps(_ out: inout TextBuffer) {
        open(&out, "gaps")
        out += "<ul>\n"
        for (index, sentence) in brief.gaps.sentences.enumerated() {
            out += "<li>\(cited(sentence, marks: brief.gaps.marks(ofSentence: index)))</li>\n"
        }
        out += "</ul>\n</section>\n"
    }

    func figures(_ out: inout TextBuffer) {
        open(&out, "figures")
        tables(brief.figureGroups, idPrefix: "figures-", into: &out)
        out += "</section>\n"
    }

    /// Citizens of the places asked for counted elsewhere (`CitizensElsewhere`), after the
    /// figures tables, in tables of their own (ids `elsewhere-MEASURE`): nothing when there are none.
    func citizensElsewhere(_ out: inout TextBuffer) {
        guard let part = brief.citizensElsewhere else { return }
        open(&out, Self.citizensElsewhereID, title: e(part.heading))
        out += "<p>\(e(part.text))</p>\n"
        tables(part.figureGroups, idPrefix: "elsewhere-", into: &out)
        out += "</section>\n"
    }

    /// One figures table per group, captioned with its measure, with its notes; `idPrefix` and
    /// the measure make each table's id, unique in the page.
    private func tables(_ groups: [FigureGroup], idPrefix: StaticString, into out: inout TextBuffer) {
        let notes = TableNotes.byMeasure(groups)
        // Each table's notes by its position, for its rows (one dictionary look-up a table, not a row).
        let tableNotes = groups.map { notes[$0.measure] }
        let referenceNames = names
        let firstRows = firsts.firstRows(groups)
        FigureTables.render(groups, into: &out) { group, out in
            let hasNotes = notes[group.measure]?.isEmpty == false
            out += "<table id=\"\(idPrefix)\(XMLText.escape(group.measure))\" class=\"figures\">\n<caption>\(XMLText.escape(group.measureLabel))</caption>\n<thead>\n<tr>"
            let names = ["Figure", "Range", "Place", "Reference period", "Subgroup", "Method", "Source"] + (hasNotes ? ["Note"] : [])
            for name in names + ["Key"] {
                out += "<th scope=\"col\">\(name)</th>"
            }
            out += "</tr>\n</thead>\n<tbody>\n"
        } row: { entry, group, out in
            // Read in place, field by field (see `FigureTables.render`).
            out.append("<tr><td class=\"number\">")
            out.append(xml: entry.pointee.text)
            // A share of a whole its measure names: `9.6% of all children aged 5 to 17` (`FigureEntry.shownText`).
            if let whole = entry.pointee.shareOf { out.append(xml: ShareWhole.text("", whole: whole, subgroup: entry.pointee.subgroup)) }
            out.append("</td><td>")
            if let range = entry.pointee.range { out.append(xml: range) }
            // Place and period are the row's headers: a number is read with what it is for.
            out.append("</td><th scope=\"row\">")
            out.append(xml: entry.pointee.placeName)
            out.append("</th><th scope=\"row\">")
            out.append(xml: entry.pointee.period)
            out.append("</th><td>")
            out.append(xml: entry.pointee.subgroup)
            out.append("</td><td>")
            // `MarkdownRenderer.method` piece by piece, with no `String` made for the row.
            out.append(xml: entry.pointee.method)
            if let study = entry.pointee.studyMethod {
                out.append(" (")
                out.append(xml: study)
                out.append(")")
            }
            if let repeats = entry.pointee.repeats {
                out.append("; ")
                out.append(xml: repeats)
            }
            if let release = entry.pointee.release {
                out.append("; ")
                out.append(xml: release)
            }
            if let revised = entry.pointee.revised {
                out.append("; ")
                Self.appendCited(revised, marks: entry.pointee.revisedMarks, names: referenceNames, firsts: nil, to: &out)
            }
            out.append("</td><td>")
            let citation = entry.pointee.citation
            // The row a reference is first cited in, by its key (`FirstCitations.firstRows`).
            let first = firstRows.indices.contains(citation - 1) && firstRows[citation - 1] == entry.pointee.key
            Self.appendSource(
                entry.pointee.sourceLabel, citation, locator: entry.pointee.locator, method: entry.pointee.method,
                id: first ? "cite-\(citation)" : nil, to: &out)
            out.append("</td>")
            if let notes = tableNotes[group], !notes.isEmpty {
                // Not `entry.pointee.laterNote`: calling a property through the pointer copied the whole entry.
                let keyReused = FigureEntry.laterNote(keyReused: entry.pointee.keyReused, history: entry.pointee.history)
                let number = notes.number(notes: entry.pointee.notes, quote: entry.pointee.quote, keyReused: keyReused)
                Self.noteCell(number.map(notes.marker(ofNote:)), first: number.map { notes.firstKeys[$0 - 1] == entry.pointee.key } ?? false,
                              table: idPrefix, measure: entry.pointee.measure, into: &out)
            }
            out.append("<td class=\"key\">")
            out.append(xml: entry.pointee.key)
            out.append("</td></tr>\n")
        } close: { group, out in
            out += "</tbody>\n</table>\n"
            if let tableNotes = notes[group.measure] {
                Self.list(tableNotes, table: "\(idPrefix)" + XMLText.escape(group.measure), into: &out)
            }
        }
    }

    func references(_ out: inout TextBuffer) {
        open(&out, "references")
        out += "<ol class=\"references\">\n"
        for reference in brief.references {
            out += "<li id=\"ref-\(reference.number)\" value=\"\(reference.number)\">"
            // Its parts as `ReferenceText.html` writes them, the form a template reads too.
            out += reference.html
            if firsts.isCited(reference.number) {
                out += " <a class=\"back\" href=\"#cite-\(reference.number)\" aria-label=\"Back to the first citation of reference \(reference.number)\">Back to text</a>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    func provenance(_ out: inout TextBuffer) {
        open(&out, "provenance")
        out += "<p>\(ProvenanceText.rendered(brief.provenance, escape: e))</p>\n"
        out += "<pre><code>\(e(brief.provenance.command))</code></pre>\n"
        // File paths, hashes and times have no space to break at: classed so that they wrap
        // (`HTMLStyle`), where on A4 they pushed the last column off the page.
        out += "<table>\n<caption>Ingest batches</caption>\n<thead>\n<tr><th scope=\"col\">Batch</th><th scope=\"col\">File</th><th scope=\"col\">SHA-256</th>"
        out += "<th scope=\"col\">Kind</th><th scope=\"col\">Ingested</th><th scope=\"col\">Figures in this brief</th></tr>\n</thead>\n<tbody>\n"
        for batch in brief.provenance.batches {
            out += "<tr><th scope=\"row\">\(batch.id)</th><td class=\"path\">\(e(batch.file))</td><td class=\"key\">\(e(batch.sha256))</td>"
            out += "<td>\(e(batch.kind))</td><td class=\"path\">\(e(batch.date))</td><td class=\"number\">\(batch.figureCount)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let note = ProvenanceText.batchesNote(brief.provenance) { out += "<p>\(note)</p>\n" }
        let releases = ProvenanceText.releaseNotes(brief.provenance, escape: e)
        if !releases.isEmpty { out += "<ul>\n" + releases.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n" }
        out += "<p>\(ProvenanceText.digest(brief.provenance) { "<code class=\"key\">\($0)</code>" })</p>\n"
        if !brief.provenance.vintages.isEmpty {
            out += "<p>Bulk exports: the release each figure was last published in.</p>\n"
            out += "<table>\n<caption>Bulk export releases</caption>\n<thead>\n<tr><th scope=\"col\">Series</th><th scope=\"col\">Released</th><th scope=\"col\">Source</th>"
            out += "<th scope=\"col\">SHA-256</th><th scope=\"col\">Vintage</th><th scope=\"col\">Figures in this brief</th></tr>\n</thead>\n<tbody>\n"
            for vintage in brief.provenance.vintages {
                let status = vintage.isLatest ? "latest" : "superseded by a newer release"
                out += "<tr><td>\(e(vintage.series))</td><td>\(e(vintage.released))</td><td class=\"key\">\(e(vintage.source))</td>"
                out += "<td class=\"key\">\(e(vintage.sha256))</td><td>\(status)</td><td class=\"number\">\(vintage.figureCount)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</section>\n"
    }
}
