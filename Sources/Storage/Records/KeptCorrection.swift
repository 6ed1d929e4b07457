/// A field of a stored figure that a load left as `tipdb ingest --correction` had fixed it,
/// because the load gave back the very value that correction had replaced.
///
/// Why: a correction is tipdb's own fix of its copy (a typing slip, an export's error), and the
/// file that held the slip does not change when it is loaded again. Writing its value back undid
/// the fix, and briefs printed the undoing as the source's revision ("2,041 (revised from 2,014)"
/// for a number UNODC only ever published as 2,041). Ingest reports each one in a note.
public struct KeptCorrection: Sendable, Equatable {
    /// The figure's key.
    public let figure: String
    /// The field as a column name: `value` (the number with its bounds and censoring), `period`,
    /// or another column of figures.
    public let field: String
    /// The field as stored and kept, and as the load gave it, in words (`2014`, `"IND"`).
    public let kept: String
    public let given: String
    /// The `--correction` batch that set the kept value.
    public let batch: Int64
}
