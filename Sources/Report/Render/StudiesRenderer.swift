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
            if let summary = study.summary { out += "\n\(e(summary))\n" }
            if !study.findings.isEmpty {
                out += "\nFigures in scope (\(study.figureCount)):\n\n"
                for finding in study.findings { out += "- \(e(finding.text)) [\(finding.citation)]\n" }
                if study.figureCount > study.findings.count { out += "- and \(study.figureCount - study.findings.count) more\n" }
            }
            out += "\n"
        }
        if !references.isEmpty {
            out += "## References\n\n"
            for reference in references { out += "[\(reference.number)] \(e(reference.text))\n\n" }
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

    static func csv(_ studies: [StudyEntry]) -> String {
        var out = CSVText.line([
            "key", "title", "method", "population", "sample_size", "period", "places", "source", "source_label",
            "figure_count", "summary",
        ])
        for study in studies {
            out += CSVText.line([
                study.key, study.title, study.method ?? "", study.population ?? "", study.sampleSize.map(String.init) ?? "",
                study.period ?? "", study.places.joined(separator: "; "), study.source ?? "", study.sourceLabel ?? "",
                String(study.figureCount), study.summary ?? "",
            ])
        }
        return out
    }
}
