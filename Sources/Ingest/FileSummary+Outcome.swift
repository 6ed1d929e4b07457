import Storage

/// Counting a row's outcome in its file's summary, and taking it back when the lineage check
/// refuses the row after it was written.
extension FileSummary {
    mutating func count(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    mutating func uncount(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted -= 1
        case .updated: updated -= 1
        case .unchanged: unchanged -= 1
        }
    }
}
