/// What a file holds: sources, studies or figures. Files are loaded in this order so that a
/// figure may refer to a source or study defined in another file of the same command.
public enum RecordKind: String, CaseIterable, Codable, Sendable, Comparable {
    case sources
    case studies
    case figures

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
