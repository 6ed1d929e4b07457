extension Audit {
    static let staleLabelCheck = "source-label-stale"

    static let staleLabelMessage = "sources whose label in source_labels is not the one their values now give "
        + "(authors, publisher or date changed by another program than tipdb), "
        + "so figure_citations.source_label, figure_lineage.primary_source_label and source_usage.label "
        + "disagree with the brief, which cites the label the values give, and a query by the brief's label misses their figures; "
        + "`tipdb migrate --repair` labels them again (so does the next tipdb ingest)"

    /// Sources another program changed after tipdb labelled them: SQL that asks for the label
    /// the brief cites misses their figures (`Database.staleSourceLabels()`).
    func sourcesWithStaleLabel(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for stale in try db.staleSourceLabelRows() { row(stale.text, [stale.key]) }
    }
}
