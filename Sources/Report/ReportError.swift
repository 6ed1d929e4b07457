import Foundation

/// Why a report could not be produced, in words that say what to do next.
///
/// Every case is one line: the CLI prints it after `tipdb: error:` and exits 1.
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
    /// No figure matches the filters; `filters` is the filters as command-line options.
    case emptyScope(filters: String)
    /// A `--measure` value that names no measure.
    case unknownMeasure(String, suggestion: String?)
    /// A `--concept` value that is not one of the schema's concepts.
    case unknownConcept(String, known: [String])
    /// A `--place` value that names no place, code or alias.
    case unknownPlace(String, suggestion: String?)
    /// A figure key given to `report lineage` that is not in the database.
    case unknownFigure(String, suggestions: [String])
    /// A `--date` that is not a calendar date.
    case invalidDate(String)
    /// A template file that cannot be read or parsed.
    case template(path: String, reason: String)
    /// An output file that cannot be written.
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .emptyScope(let filters):
            // Without filters there is nothing to widen: the database is empty of figures.
            guard !filters.isEmpty else { return "the database holds no figures yet; load some with tipdb ingest" }
            return "no figures match \(filters); widen the filters or ingest figures first (tipdb status shows what the database holds)"
        case .unknownMeasure(let name, let suggestion):
            return "unknown measure \"\(name)\"\(Self.didYouMean(suggestion)); give a measure code such as forced-labour (SELECT code FROM measures lists them)"  // sql-constant: a message, never executed
        case .unknownConcept(let name, let known):
            return "unknown concept \"\(name)\"; expected one of \(known.joined(separator: ", "))"
        case .unknownPlace(let name, let suggestion):
            return "unknown place \"\(name)\"\(Self.didYouMean(suggestion)); give an ISO code, a region code such as ILO-ASIA-PACIFIC, or an English name"
        case .unknownFigure(let key, let suggestions):
            let hint = suggestions.isEmpty
                ? "" : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "unknown figure \"\(key)\"\(hint) (give a key from figures.key)"
        case .invalidDate(let text):
            return "\"\(text)\" is not a date; expected --date YYYY-MM-DD, such as 2026-11-29"
        case .template(let path, let reason):
            return "template \(path): \(reason); check the path and the Mustache syntax (the data model is the output of --format json)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); check that the directory exists and is writable"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
