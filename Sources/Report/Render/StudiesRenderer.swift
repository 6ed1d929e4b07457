import Storage

/// The studies in scope on their own (`tipdb report studies`), as Markdown or CSV.
public enum StudiesRenderer {
    /// The formats `report studies` writes.
    public enum Format: String, CaseIterable, Sendable {
        case md
        case csv
    }

    /// The facts about a study a reader needs first, as (name, value) pairs; unknown ones say so.
    static func facts(_ study: StudyEntry) -> [(String, String)] {
        [
            ("Method", study.methodText),
            ("Population", study.population ?? "not stated"),
            ("Sample size", study.sampleSize.map { NumberText.decimal(Double($0), digits: 0) } ?? "not stated"),
            ("Reference period", study.period ?? "not stated"),
            ("Places", study.places.isEmpty ? "not stated" : study.places.joined(separator: ", ")),
        ]
    }

    /// - Parameter databaseHoldsStudies: whether the database holds any study, in scope or not:
    ///   what an empty list is said to mean.
    static func markdown(_ studies: [StudyEntry], references: [Reference], scope: String, databaseHoldsStudies: Bool) -> String {
        let e = MarkdownText.escape
        var out = "# Studies\n\nScope: \(e(scope))  \n\(count(studies.count, databaseHoldsStudies: databaseHoldsStudies))\n\n"
        for study in studies {
            out += "## \(e(study.title))\n\n"
            out += facts(study).map { "- \($0.0): \(e($0.1))" }.joined(separator: "\n") + "\n"
            if let label = study.sourceLabel, let number = study.citation { out += "- Source: \(e(label)) [\(number)]\n" }
            out += "- Key: \(e(study.key))\n"
            if let summary = study.summary { out += "\n\(MarkdownText.escapeBlock(summary))\n" }
            if !study.findings.isEmpty {
                out += "\nFigures in scope (\(study.figureCount)):\n\n"
                for finding in study.findings { out += "- \(MarkdownText.escapeBlock(finding.text)) [\(finding.citation)]\n" }
                if study.figureCount > study.findings.count { out += "- and \(study.figureCount - study.findings.count) more\n" }
            }
            out += "\n"
        }
        if !references.isEmpty {
            out += "## References\n\n"
            for reference in references { out += "[\(reference.number)] \(MarkdownText.entry(reference.parts))\n\n" }
        }
        return out
    }

    /// The line under the scope: how many studies follow, or, for none, a sentence saying why, as
    /// the brief says it has no study ("0 studies." read as a table cell, and did not say whether
    /// the filters or the database were the reason).
    static func count(_ count: Int, databaseHoldsStudies: Bool) -> String {
        guard count == 0 else { return Words.count(count, "study", "studies") + "." }
        return databaseHoldsStudies
            ? "No study is in scope: none in the database is behind the figures in scope, or covers these places and years."
            : "No studies: the database holds none yet; load a studies file with tipdb ingest."
    }

    /// The contract's columns of a studies file, in its order (README, "File contract").
    static let fileColumns = ["key", "title", "source", "method", "period", "places", "population", "sample_size", "summary"]

    /// The studies as a studies file that `tipdb ingest` reads back into the same studies: the
    /// contract's columns in its order, places as codes, the period as ingest reads one, then
    /// the studies' own `x_` columns (`studies.extra`), sorted by name.
    ///
    /// Why no reader's columns (source label, place names, figure count): the export wrote them
    /// in place of the contract's, so it did not load back; as `x_` columns ingest would store
    /// them in `extra`, and a re-ingest would report every study updated. The Markdown has them.
    ///
    /// With `style` `.spreadsheet` the file is for reading in a spreadsheet, not for ingest: a
    /// guarded cell (`'=...`) would load with its apostrophe.
    static func csv(_ studies: [Study], style: CSVStyle = .plain) -> String {
        let extras = studies.map { extraColumns($0.extra) }
        let names = Set(extras.flatMap { $0.keys }).sorted()
        var out = style.start + CSVText.line(fileColumns + names, style: style)
        for (study, extra) in zip(studies, extras) {
            out += CSVText.line([
                study.key, study.title, study.source ?? "", study.method ?? "", periodText(start: study.periodStart, end: study.periodEnd),
                study.places.joined(separator: ";"), study.population ?? "", study.sampleSize.map(String.init) ?? "", study.summary ?? "",
            ] + names.map { extra[$0] ?? "" }, style: style)
        }
        return out
    }

    /// A period as a studies file writes it: `2016`, `1995-2004`, and an ISO interval
    /// (`2019-05/2020-01`) for any other span, which ingest reads back to the same dates.
    static func periodText(start: String?, end: String?) -> String {
        switch (start, end) {
        case (let start?, let end?) where start == end: start
        case (let start?, let end?) where start.count == 4 && end.count == 4: start + "-" + end
        case (let start?, let end?): start + "/" + end
        case (let start?, nil): start
        case (nil, let end?): end
        default: ""
        }
    }

    /// The `x_` values of `extra` as CSV cells: a text as it is, a number, `true` or `false` as
    /// JSON writes them (ingest compares those with the stored JSON values as equal), a list or
    /// an object as compact JSON. Names in lower case, as ingest stores them (a tipdb before
    /// 2026-11-30 kept `X_Note` as written; header names are case-insensitive).
    static func extraColumns(_ extra: String?) -> [String: String] {
        guard let extra, case .object(let members)? = try? JSONTree.parse(extra) else { return [:] }
        var cells: [String: String] = [:]
        for (name, value) in members where name.lowercased().hasPrefix("x_") {
            switch value {
            case .null: continue
            case .string(let text): cells[name.lowercased()] = text
            default: cells[name.lowercased()] = value.compact
            }
        }
        return cells
    }
}
