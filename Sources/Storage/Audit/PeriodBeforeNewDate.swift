/// A figure or study stored before an ingest batch whose period starts after the publication
/// date that batch gave its source: a row `tipdb check` lists as `period-after-publication` (a
/// figure) or `study-period-after-publication` (a study), found from the sources file's side.
public struct PeriodBeforeNewDate: Sendable, Equatable {
    /// The check that lists the row: `period-after-publication` or `study-period-after-publication`.
    public var check: String
    /// The check's message, which ingest gives as `tipdb check` does.
    public var message: String
    /// Whether the record is a study (else a figure).
    public var isStudy: Bool
    /// The source the batch gave a new date.
    public var source: String
    /// That new date.
    public var published: String
    /// The figure's or study's key.
    public var key: String
    /// The start of its reference period.
    public var periodStart: String
}
