extension JSONValue {
    /// The first member, at any depth, whose object already has a member of that name, with the
    /// member it repeats. JSON tools disagree on which of the two wins, so a value tipdb keeps as
    /// JSON text (an `x_` member) must not hold one. Names compare exactly, as JSON's do.
    var firstRepeatedMember: (first: JSONMember, again: JSONMember)? {
        switch self {
        case .array(let nodes):
            for node in nodes {
                if let repeated = node.value.firstRepeatedMember { return repeated }
            }
            return nil
        case .object(let members):
            var seen: [String: JSONMember] = [:]
            for member in members {
                if let first = seen[member.key] { return (first, member) }
                seen[member.key] = member
                if let repeated = member.value.value.firstRepeatedMember { return repeated }
            }
            return nil
        case .null, .bool, .number, .string:
            return nil
        }
    }
}
