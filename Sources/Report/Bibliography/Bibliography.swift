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

    /// - Parameter warn: told of what the output changed to stay readable, a line each: the
    ///   BibTeX keys written with a suffix (`BibTeXExport.renamedKeys`).
    /// - Throws: `ReportError.noSources` when filters are given and no figure matches them.
    public func render(_ filters: BriefFilters, format: Format, warn: (String) -> Void = { _ in }) throws -> String {
        let (sources, catalog) = try select(filters)
        let all = catalog.sources, allKeys = Array(all.keys)
        switch format {
        case .md:
            // Lettered as the brief of the same filters letters them: the database's letters, or
            // none for a source no other listed one shares its short label with.
            let lettered = CitationText.lettered(listed: Set(sources.map(\.key)), among: all)
            // Two exports of one date read alike but for their letter, as in the brief's
            // references: the file and its SHA-256 tell them apart.
            let distinctions = ReferenceDistinction.sentences(for: sources.map(\.key), catalog: catalog)
            return markdown(sources, suffixes: lettered.mapValues(\.letter), distinctions: distinctions)
        case .cslJSON: return CSLExport.items(sources).pretty + "\n"
        case .bibtex:
            let renamed = BibTeXExport.renamedKeys(try db.sourceKeysInLoadOrder())
            for source in sources {
                guard let key = renamed[source.key] else { continue }
                let others = allKeys.filter { $0 != source.key && $0.lowercased() == source.key.lowercased() }.sorted()
                warn("source \(source.key) is written with BibTeX key \(key): BibTeX reads keys without case, and \(others.joined(separator: ", ")) is also a key")
            }
            return sources.map { BibTeXExport.entry($0, key: renamed[$0.key]) }.joined(separator: "\n")
        }
    }

    /// The sources in scope, in bibliography order: with filters, those the brief of the same
    /// filters can cite (`BriefContext.documentSources`); with every source in the database, by
    /// key, among which year letters are made and BibTeX keys made unique.
    func select(_ filters: BriefFilters) throws -> (sources: [Source], catalog: Catalog) {
        // With filters the brief's context already holds the catalog: read it once.
        let context: BriefContext?
        do {
            context = filters.isEmpty ? nil : try BriefBuilder(db: db).makeContext(filters)
        } catch ReportError.emptyScope(let filters), ReportError.emptyScopeBesideRegions(let filters, _),
            ReportError.emptyScopeBesideCitizens(let filters, _, _) {
            // Said of what this command lists: "no figures match" read as if it listed figures.
            throw ReportError.noSources(filters: filters)
        }
        let catalog = try context?.catalog ?? Catalog(db: db)
        let keys = context.map { BriefContext.documentSources(catalog: $0.catalog, scope: $0.scope, set: $0.set) }
            ?? Set(catalog.sources.keys)
        return (keys.compactMap { catalog.sources[$0] }.sorted(by: CitationText.precedes), catalog)
    }

    /// - Parameters:
    ///   - suffixes: the year letters of the sources listed, so that an entry reads as it does in
    ///     the brief of the same filters (`UNODC (2024a)`).
    ///   - distinctions: the sentence naming the file and SHA-256 of an export that would read
    ///     as another's (`ReferenceDistinction`).
    private func markdown(_ sources: [Source], suffixes: [String: String], distinctions: [String: String]) -> String {
        var out = "# Sources\n\n"
        // An empty list said nothing of why; only the database can be the reason (with filters
        // and no source, the command fails naming them).
        if sources.isEmpty { out += "No sources: the database holds none yet; load a sources file with tipdb ingest.\n" }
        for source in sources {
            let parts = CitationText.segments(
                source, yearSuffix: suffixes[source.key] ?? "", distinction: distinctions[source.key]
            ).map(ReferencePart.init)
            out += "- " + MarkdownText.blockStart(MarkdownText.entry(parts)) + " (key: " + MarkdownText.escape(source.key) + ")\n"
        }
        return out
    }
}
