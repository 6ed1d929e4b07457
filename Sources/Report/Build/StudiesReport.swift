import Storage

/// `tipdb report studies`: the empirical studies in scope, with their methods and figures.
public struct StudiesReport {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// - Throws: `ReportError.emptyScope` when no figure matches the filters.
    public func render(_ filters: BriefFilters, format: StudiesRenderer.Format) throws -> String {
        let context = try BriefBuilder(db: db).makeContext(filters)
        let ordered = context.inReadingOrder(context.set.figures)
        let studies = StudySection.build(ordered, context: context)
        switch format {
        case .md:
            return StudiesRenderer.markdown(studies, references: ReferenceList.build(context: context),
                                            scope: context.scope.description)
        case .csv:
            return StudiesRenderer.csv(studies)
        }
    }
}
