import Foundation

/// What a share of a measure is a share of, as the measure's definition says it: `all children
/// aged 5 to 17` for child labour, defined "as a number of children, or as a share of all
/// children aged 5 to 17 (SDG indicator 8.7.1)".
///
/// Why: a brief printed the ILO and UNICEF's 9.6 % of 2020 as "9.6%" with the subgroup "all",
/// and a reader could not tell 9.6 % of what (a child-rights reviewer, session 57). Child
/// labour's shares are stored with age group total, as the definition asks, so no subgroup can
/// name the whole; the definition is where tipdb, and a measures file (`tipdb ingest --help`:
/// "its denominator in definition"), write it. Read from the definition rather than kept per
/// measure, so that a measure of one's own defined the same way is worded the same way.
enum ShareWhole {
    /// The words that introduce the whole in a definition, matched without regard to case.
    static let marker = "a share of "

    /// The whole that `definition` says its measure's shares are of, up to the first bracket,
    /// semicolon, comma or full stop after it; nil when it names none (every other measure of
    /// tipdb's: their shares are parts of the measure's own people, named by their subgroup or notes).
    ///
    /// Only the words themselves: not inside another word ("data share of"), not denied ("not as a
    /// share of"), and a full stop ends the whole only before a space or the end, so that "a share
    /// of the 1.5 million" keeps its number.
    static func of(definition: String) -> String? {
        var searched = definition.startIndex..<definition.endIndex
        while let found = definition.range(of: marker, options: .caseInsensitive, range: searched) {
            searched = found.upperBound..<definition.endIndex
            let before = definition[..<found.lowerBound]
            guard before.last.map({ !$0.isLetter && !$0.isNumber }) ?? true else { continue }
            let words = before.lowercased().split(whereSeparator: { !$0.isLetter })
            if words.last == "not" || words.suffix(2) == ["not", "as"] { return nil }
            let rest = definition[found.upperBound...]
            var end = rest.endIndex
            for index in rest.indices {
                let next = rest.index(after: index)
                if "(;,:".contains(rest[index]) || rest[index] == "." && (next == rest.endIndex || rest[next] == " ") {
                    end = index
                    break
                }
            }
            let whole = rest[..<end].trimmingCharacters(in: .whitespaces)
            return whole.isEmpty ? nil : whole
        }
        return nil
    }

    /// A share's number with its whole, as the brief prints it: `9.6% of all children aged 5 to
    /// 17`; for a subgroup's share, `11.2% of all children aged 5 to 17 in the subgroup`, a share
    /// of the subgroup's own children (of boys, for boys), not a part of every child.
    static func text(_ number: String, whole: String, subgroup: String) -> String {
        number + " of " + whole + (subgroup == "all" ? "" : " in the subgroup")
    }
}
