/// The kind of record a place is written for, which decides what the advice for a place tipdb
/// cannot hold (England, the Soviet Union) calls the record and where it asks the user to say
/// what the record covers.
///
/// Why: a figure has a `notes` column and a study has none. A studies file told to "say in the
/// figure's notes" that a study covers England only was refused again, for an unknown column
/// "notes"; a study says what it covers in its `summary`.
public enum PlacedRecord: Sendable {
    case figure
    case study

    /// The record as a sentence names it.
    var noun: String {
        switch self {
        case .figure: "figure"
        case .study: "study"
        }
    }

    /// Where a file says what the record covers beyond its place, as a sentence names it.
    var notes: String {
        switch self {
        case .figure: "the figure's notes"
        case .study: "the study's summary column"
        }
    }

    /// What the record does with a former state's people: a figure counts them, a study covers them.
    var verb: String {
        switch self {
        case .figure: "counts"
        case .study: "covers"
        }
    }
}
