/// A field of a stored figure that a load left as `tipdb ingest --correction` had fixed it, or as
/// another file's later load had set it, because the load gave back the very value that
/// correction (or that load) had replaced.
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
    /// The batch that set the kept value: a `--correction` batch, or the ordinary load named by
    /// `otherFile`.
    public let batch: Int64
    /// The file (its name as loaded) whose ordinary load set the kept value, over the value the
    /// file loaded again gives; nil for a value a correction set.
    ///
    /// Why kept too: a figures file gives, when loaded again, what it gave before, and the file
    /// that changed the figure since (a newer report's figures, a colleague's fix) said otherwise
    /// later. Writing the old value back printed "1,208 (revised from 1,250, and before that from
    /// 1,208)" in briefs, a revision no source made (a review of session 44).
    public let otherFile: String?
    /// Whether the file loaded now gave nothing before `otherFile`'s load: not a reload, but
    /// another copy (a colleague's export made before that load). Ingest warns of it, where a
    /// reload gets a note: two files disagree, and the analyst must say which holds.
    public let firstLoad: Bool

    public init(figure: String, field: String, kept: String, given: String, batch: Int64, otherFile: String? = nil, firstLoad: Bool = false) {
        (self.figure, self.field, self.kept, self.given) = (figure, field, kept, given)
        (self.batch, self.otherFile, self.firstLoad) = (batch, otherFile, firstLoad)
    }
}
