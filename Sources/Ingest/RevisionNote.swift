import Storage

/// Ingest's word at a row of a figures file that changes a stored figure's number without
/// `--correction`: what the load records (the source's revision, which briefs print as "revised
/// from"), what it replaced and which load had written that, and how to record it otherwise.
///
/// Why: a merge of two analysts' databases is where two files disagree. A colleague's typing slip
/// (280 typed from page 4 over 300 from page 3) was recorded as the source revising 300 to 280,
/// and a colleague's export made before an erratum wrote the older number back over it, and the
/// team brief said "410 (revised from 412, and before that from 410)"; ingest and its dry run said
/// only "2 updated" (review of session 52, merge 1). A number that goes back to one the figure held
/// before is a warning: no source is likely to have revised twice to where it started. Any other
/// changed number is a note, since a new edition's number is the ordinary case and its load stays
/// clean.
enum RevisionNote {
    /// How many changed numbers of one file get a note of their own; the rest are counted in one
    /// (`untold`). A number that goes back to an earlier one is always warned about.
    static let listed = 20

    /// `12 more figures' numbers are recorded as their sources' revisions; figure_changes lists
    /// them all: tipdb sql "..."`.
    static func untold(_ count: Int, batch: Int64) -> String {
        "\(count) more \(count == 1 ? "figure's number is" : "figures' numbers are") recorded as \(count == 1 ? "its source's revision" : "their sources' revisions") "
            + "(notes above name the first \(listed)); figure_changes lists them all: tipdb sql \"SELECT figure, old_value, new_value "
            + "FROM figure_changes WHERE batch_id = \(batch) AND field = 'value'\""  // sql-constant: a message, never executed
    }

    /// The note or warning for `stored` (the figure as this load writes it) over `revision`'s
    /// replaced number, at the cell that gave the number.
    static func issue(_ revision: WrittenRevision, stored: Figure, at cell: KeyReuseCheck.Cells.Position, file: String) -> (issue: IngestIssue, warning: Bool) {
        let writer = revision.replacedLoadedBy.map { "batch \($0)" + (revision.replacedFile.map { ", \($0)" } ?? "") } ?? "an earlier load"
        let recorded = "recorded as its source's revision of \(revision.replaced) (\(writer)) to \(stored.numberText), which briefs print as \"revised from\""
        guard let back = revision.returnsTo else {
            return (IngestIssue(
                file: file, line: cell.line, column: cell.column,
                message: "value: figure \(stored.key) is \(recorded); if \(revision.replaced) was tipdb's slip, load this file with tipdb ingest "
                    + "--correction instead (briefs then print \(stored.numberText) alone); if this file's number is the slip, or a copy's "
                    + "that disagrees (a colleague's export), leave its row out"), false)
        }
        let other = "batch \(back.batch)" + (back.file.map { " (\($0))" } ?? "")
        return (IngestIssue(
            file: file, line: cell.line, column: cell.column,
            message: "value: figure \(stored.key) goes back to \(stored.numberText), the number \(other) replaced with \(back.gave), and is "
                + "\(recorded): a revision back to where it was, which no source is likely to have made; expected, when this file was made "
                + "before \(other) (a colleague's export, a file not yet corrected), its row left out; if the source itself went back to "
                + "\(stored.numberText), loaded as given"), true)
    }
}
