import Storage

/// A validated figure waiting to be written with the rest of its chunk, with what a lineage
/// error about it would need to say where it came from.
struct PendingFigure {
    let figure: Figure
    /// Fields the record did not give: an update keeps their stored values.
    let unstated: UnstatedFields
    let file: String
    /// Position of the `cites` value (of the record when there is none).
    let line: Int
    let column: Int
    /// The record's text, kept only when the figure cites another (a lineage failure rejects it).
    let raw: String
    /// The row has no key: `figure.key` was derived from its fields, and a lineage error names it.
    let derivedKey: Bool
    /// The row, for `cells`: at most a chunk's rows (`Database.figureChunk`) are queued.
    let row: RowReader
    /// Where the row gave the figure's measure, place, period and subgroup: an update that moves
    /// the figure is warned about at the cell that moved it (`KeyReuseCheck`).
    ///
    /// Found when asked, for a figure that replaced another: finding the cells of every row, as
    /// they were once, looked up eleven fields by name per row for nothing on a first load.
    var cells: KeyReuseCheck.Cells { KeyReuseCheck.Cells(row) }
    /// Where the row gave an empty value beside low 1 and high k - 1 without a `censored` column:
    /// over a stored `<k` it is warned about there (`CensoredRangeCheck`); nil for any other row.
    var censoredRange: KeyReuseCheck.Cells.Position? = nil
    /// Where the row gave its `cites` cell, empty or not; nil without a cites column. An update
    /// that clears a stored cites is noted there (`ClearedCiteNote`).
    var citesCell: KeyReuseCheck.Cells.Position? = nil
    /// The breakdowns the row's `breakdown` cell states, written with the figure; nil when the
    /// row has no such column, and the stored ones are kept.
    var breakdowns: [Breakdown]? = nil
}
