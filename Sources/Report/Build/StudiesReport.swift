import Storage

/// `tipdb report studies`: the empirical studies in scope, with their methods and figures.
public struct StudiesReport {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// The studies in scope: those behind a figure in scope, and those without figures whose places
    /// and years are in scope, so a database of studies alone lists them (as `report sources`
    /// lists sources); without filters an empty database gives an empty list.
    ///
    /// - Parameter csvStyle: how `--format csv` writes its cells (`--spreadsheet`); the Markdown
    ///   ignores it.
    /// - Throws: `ReportError.noStudies` when filters are given and neither a figure nor a study
    ///   matches them.
    public func render(_ filters: BriefFilters, format: StudiesRenderer.Format, csvStyle: CSVStyle = .plain) throws -> String {
        let context = try BriefBuilder(db: db).makeContext(filters, requiringFigures: false)
        let ordered = context.inReadingOrder(context.set.figures)
        let studies = StudySection.build(ordered, context: context)
        if studies.isEmpty, ordered.isEmpty, !filters.isEmpty { throw ReportError.noStudies(filters: filters.asTyped) }
        switch format {
        case .md:
            return StudiesRenderer.markdown(studies, references: ReferenceList.build(context: context),
                                            scope: context.scope.description,
                                            databaseHoldsStudies: !context.catalog.studies.isEmpty)
        case .csv:
            // The stored records, in the Markdown's order: what ingest reads back.
            return StudiesRenderer.csv(studies.compactMap { context.catalog.studies[$0.key] }, style: csvStyle)
        }
    }
}
