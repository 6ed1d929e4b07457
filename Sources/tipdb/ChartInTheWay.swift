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

    var errorDescription: String? {
        "\(path) \(problem); nothing was written: move it, or write this brief under another name"
    }
}
