/// Output formats of `tipdb sql`.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table
    case csv
    case tsv
    case json
    case ndjson
    case markdown
}
