/// The authorizer's state for `refusingPragmas`: the rule, and the first PRAGMA it refused.
final class PragmaGuard {
    let refusal: (String, String?) -> Error?
    private(set) var refused: Error?

    init(refusal: @escaping (String, String?) -> Error?) {
        self.refusal = refusal
    }

    /// Whether the PRAGMA `name` may compile with `argument`; a refusal is kept for the caller.
    func allows(name: String, argument: String?) -> Bool {
        guard let error = refusal(name.lowercased(), argument) else { return true }
        if refused == nil { refused = error }
        return false
    }
}
