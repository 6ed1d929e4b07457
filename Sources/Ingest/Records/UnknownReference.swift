/// A `source` or `study` that named no key of its kind, in the database or read so far, when its
/// row was checked: listed as unknown, and named again by `Ingester` once every file of the
/// command is read. One for each key, field and file: every row of a file that names the key
/// got the same message.
///
/// Why later: the key may be one this command reads as another kind after the row (a figure
/// further down the file, one in a figures file, which loads after sources and studies), and then
/// it is no typo but a key in the wrong column, which the message must say, as it does for a key
/// of another kind already stored.
struct UnknownReference {
    /// The file of the rows, as issues name it.
    let file: String
    /// The message as the rows' issues hold it (`source: unknown source "f9"; ...`), which a
    /// settled one replaces in the report and in `ingest_rejects`.
    let message: String
    /// `source` or `study`.
    let field: String
    let key: String
    /// `.sources` or `.studies`: what `field` takes.
    let kind: RecordKind
    let batch: Int64
}
