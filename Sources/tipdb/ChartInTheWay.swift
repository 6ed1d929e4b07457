import Foundation

/// A chart file a brief would write is already there and is not this brief's to replace: a
/// chart edited by hand (its mark deleted, as the mark says to keep it), a link, a folder, or a
/// chart drawn for another brief of the same stem (`brief.md` beside `brief.markdown`).
///
/// Why an error and not a warning: writing over it loses the user's file, and the brief and its
/// charts go together, so nothing is written (exit 1) and the message says how to go on.
struct ChartInTheWay: LocalizedError {
    /// The chart as the user spelled -o's folder: `r1/brief-chart-forced-marriage.svg`.
    let path: String
    /// What is there: `exists and is not a chart tipdb drew (no tipdb mark in its first 512 bytes)`.
    let problem: String
    /// This brief's own earlier charts already written over when the file came to be in the way
    /// (`ChartFiles`: a file saved there while the brief was being written): nothing else was written.
    var redrawn: [String] = []

    var errorDescription: String? {
        let written = redrawn.isEmpty ? "nothing was written" : "nothing was written but \(redrawn.joined(separator: ", ")), charts this brief drew before, now drawn again"
        return "\(path) \(problem); \(written): move it, or write this brief under another name"
    }
}
