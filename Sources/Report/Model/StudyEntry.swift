/// An empirical study behind figures in scope: who was studied, how, where and when.
public struct StudyEntry: Codable, Sendable, Equatable {
    public var key: String
    public var title: String
    public var method: String?
    /// The method in words: "multiple systems estimation"; "method not stated" when unknown.
    public var methodText: String
    public var population: String?
    public var sampleSize: Int?
    public var period: String?
    /// Names of the places the study covers.
    public var places: [String]
    public var summary: String?
    public var source: String?
    public var sourceLabel: String?
    public var citation: Int?
    /// The study's figures in scope, as findings (the first ten in table order).
    public var findings: [StudyFinding]
    /// How many figures in scope the study produced (findings lists at most ten).
    public var figureCount: Int
}

/// A figure a study produced, as a finding.
public struct StudyFinding: Codable, Sendable, Equatable {
    public var key: String
    /// "27.6 million: Forced labour, World, 2021".
    public var text: String
    public var citation: Int
}
