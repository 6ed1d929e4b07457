/// The authorizer's state for `refusingPragmas`: the rule, and the first PRAGMA (or native
/// function) it refused.
final class PragmaGuard {
    let refusal: (String, String?) -> Error?
    private(set) var refused: Error?

    init(refusal: @escaping (String, String?) -> Error?) {
        self.refusal = refusal
    }

    /// Whether the SQL function `name` may compile: `fts3_tokenizer` may not
    /// (`SQLRefusal.nativeFunction`); a refusal is kept for the caller.
    func allows(function name: String) -> Bool {
        guard name.lowercased() == "fts3_tokenizer" else { return true }
        if refused == nil { refused = SQLRefusal.nativeFunction(name: name.lowercased()) }
        return false
    }

    /// Whether the PRAGMA `name` may compile with `argument`; a refusal is kept for the caller.
    func allows(name: String, argument: String?) -> Bool {
        guard let error = refusal(name.lowercased(), argument) else { return true }
        if refused == nil { refused = error }
        return false
    }
}
