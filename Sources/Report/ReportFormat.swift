/// The output formats of a brief.
public enum ReportFormat: String, CaseIterable, Codable, Sendable {
    case md
    case html
    case json
    case csv
}
