import Storage

extension JSONValue {
    /// The value as compact JSON text: no whitespace between tokens, members in the order written,
    /// numbers exactly as written, strings re-escaped.
    ///
    /// Why: fields kept for export (`sources.csl`) are compared on re-ingest. Kept as the file's
    /// raw text, the same item re-exported with other indentation counted as changed.
    var compactText: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let literal): literal
        case .string(let text): JSONString.literal(text)
        case .array(let items): "[" + items.map(\.value.compactText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { JSONString.literal($0.key) + ":" + $0.value.value.compactText }.joined(separator: ",") + "}"
        }
    }
}
