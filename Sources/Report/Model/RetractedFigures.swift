/// Figures matching a brief's filters that `tipdb retract` withdrew (and that no load has brought
/// back since), so the brief does not show them.
///
/// Why the brief says so: a retracted figure leaves `figures`, so it leaves every table, chart and
/// count of the brief without a trace there. A reader who remembers the number, or finds it in
/// an older brief, must be able to tell that it was withdrawn on purpose, when and why, rather
/// than lost; `figure_retractions` keeps its last values.
public struct RetractedFigures: Codable, Sendable, Equatable {
    /// How many figures: each key once, as its latest retraction left it.
    public var count: Int
    /// Their keys, in byte order.
    public var keys: [String]
    /// The retract commands that withdrew them, oldest first.
    public var batches: [RetractBatch]
    /// The command that lists every withdrawn figure with its last values.
    public var command: String

    /// `command`, as the brief gives it.
    static let listCommand = "tipdb sql \"SELECT figure, retracted_at, reason, previous FROM figure_retractions ORDER BY figure\""
}
