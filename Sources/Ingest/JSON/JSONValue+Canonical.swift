import Storage

extension JSONValue {
    /// The value as compact JSON text with the members of every object sorted by name, at every
    /// depth; arrays keep their order, numbers their text.
    ///
    /// Why: JSON kept as text (`sources.csl`, `sources.extra`) is compared as text when a record is
    /// loaded again. A reference manager may write `{"given", "family"}` one day and
    /// `{"family", "given"}` the next; the members' order means nothing in JSON, an array's order does.
    var canonicalText: String {
        switch self {
        case .null, .bool, .number, .string: compactText
        case .array(let items): "[" + items.map(\.value.canonicalText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }
                .map { JSONString.literal($0.key) + ":" + $0.value.value.canonicalText }.joined(separator: ",") + "}"
        }
    }

    /// `text` (stored JSON) in its canonical form, or nil when it is not JSON.
    static func canonicalText(of text: String) -> String? {
        (try? JSONParser.parse(Array(text.utf8)))?.value.canonicalText
    }
}
