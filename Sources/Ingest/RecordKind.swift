/// What a file holds: measures, sources, studies or figures. Files are loaded in this order so
/// that a figure may refer to a measure, source or study defined in another file of the same command.
public enum RecordKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// Measures a user defines (`MeasureBuilder`): first, so that the figures files after them may state them.
    case measures
    case sources
    case studies
    case figures

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
