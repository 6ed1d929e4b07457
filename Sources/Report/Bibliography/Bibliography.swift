import Storage

/// `tipdb report sources`: the bibliography of a scope, as Markdown, CSL-JSON or BibTeX.
///
/// Without filters it lists every source in the database; with filters, the sources of the
/// figures in scope, of the figures their lineage reaches, and of the studies in scope: the
/// brief's reference list, ordered by author (or publisher), year, title and key.
public struct Bibliography {
    /// The formats `report sources` writes.
    public enum Format: String, CaseIterable, Sendable {
        case md
        case cslJSON = "csl-json"
        case bibtex
    }

    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// - Throws: `ReportError.emptyScope` when filters are given and no figure matches them.
    public func render(_ filters: BriefFilters, format: Format) throws -> String {
        let sources = try select(filters)
        switch format {
        case .md: return markdown(sources, suffixes: CitationText.yearSuffixes(try Catalog(db: db).sources))
        case .cslJSON: return CSLExport.items(sources).pretty + "\n"
        case .bibtex: return sources.map(BibTeXExport.entry).joined(separator: "\n")
        }
    }

    /// The sources in scope, in bibliography order.
    func select(_ filters: BriefFilters) throws -> [Source] {
        // With filters the brief's context already holds the catalog: read it once.
        let context = filters.isEmpty ? nil : try BriefBuilder(db: db).makeContext(filters)
        let catalog = try context?.catalog ?? Catalog(db: db)
        var keys: Set<String>
        if let context {
            keys = Set(context.set.figures.map(\.source)).union(context.set.byKey.values.map(\.source))
            for figure in context.set.figures { if let study = figure.study, let source = catalog.studies[study]?.source { keys.insert(source) } }
        } else {
            keys = Set(catalog.sources.keys)
        }
        return keys.compactMap { catalog.sources[$0] }.sorted(by: CitationText.precedes)
    }

    /// - Parameter suffixes: the year letters of every source in the database, so that an entry
    ///   reads as it does in any brief (`UNODC (2024a)`).
    private func markdown(_ sources: [Source], suffixes: [String: String]) -> String {
        var out = "# Sources\n\n"
        for source in sources {
            let entry = CitationText.full(source, yearSuffix: suffixes[source.key] ?? "")
            out += "- " + MarkdownText.escape(entry) + " (key: " + MarkdownText.escape(source.key) + ")\n"
        }
        return out
    }
}
