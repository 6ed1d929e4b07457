/// A figure that one of `tipdb check`'s errors names, with what is wrong with it.
public struct FigureError: Sendable, Equatable {
    /// The figure's key.
    public let key: String
    /// The check, as `tipdb check` names it: `value-outside-unit`, `period-form`, `bounds`, `unit-contradicts-measure`.
    public let check: String
    /// What check prints after the key: `negative in persons`, `2019-02-30`; nil when the key is all it prints.
    public let detail: String?
    /// The check's message, as `tipdb check` prints it.
    public let message: String
}
