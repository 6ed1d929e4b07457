import Storage

/// The words of an Our World in Data indicator title, each with the clause it is in and whether
/// it is inside a parenthesis: what `OWIDTitle` reads concepts and subgroups from.
///
/// A clause ends at a comma, semicolon, colon, parenthesis or a spaced dash (` - `, the separator
/// of the UN SDG series titles Our World in Data republishes), so that a negation ("not
/// children") reaches only the words of its own clause. Letters and digits are separate words
/// (`under18` is `under 18`), a hyphen between digits is `to` (`0-17`, CTDC's `18--20`), and a
/// hyphen between letters separates words (`state-imposed`, `non-children`).
struct OWIDTitleWords {
    struct Word: Equatable {
        var text: String
        var clause: Int
        var inParentheses: Bool
    }

    private(set) var words: [Word] = []

    /// Spellings that mean the same word: American and British, singular and plural of the
    /// words the phrase tables use.
    private static let spellings = [
        "labor": "labour", "offenses": "offences", "offense": "offences", "offence": "offences",
        "organs": "organ", "victim": "victims", "marriages": "marriage", "profit": "profits",
    ]

    init(_ title: String) {
        let scalars = Array(title.lowercased().unicodeScalars)
        var clause = 0
        var depth = 0
        var current = ""
        var currentIsNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            words.append(Word(text: Self.spellings[current] ?? current, clause: clause, inParentheses: depth > 0))
            current = ""
        }
        func add(_ token: String) {
            flush()
            words.append(Word(text: token, clause: clause, inParentheses: depth > 0))
        }
        func isDigit(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        func isSpace(_ index: Int) -> Bool {
            index < 0 || index >= scalars.count || scalars[index].properties.isWhitespace
        }
        for (index, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.unicodeScalars.append(scalar)
                continue
            }
            if scalar.properties.isAlphabetic {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "." where currentIsNumber && !current.isEmpty && isDigit(index + 1),
                 "," where currentIsNumber && !current.isEmpty && isDigit(index + 1):
                // 16.2.2 and 100,000 are one number, not three clauses.
                current.unicodeScalars.append(scalar)
            case _ where scalar == "-" || Dashes.hyphenLike.contains(scalar):
                if isSpace(index - 1) && isSpace(index + 1) {
                    flush()
                    clause += 1
                } else if currentIsNumber && !current.isEmpty {
                    add("to")  // 0-17; the second hyphen of 18--20 finds nothing to flush
                } else {
                    flush()
                }
            case "(", "[":
                flush()
                depth += 1
                clause += 1
            case ")", "]":
                flush()
                depth = max(0, depth - 1)
                clause += 1
            case ",", ";", ":", "|":
                flush()
                clause += 1
            case "+", "<":
                add(String(scalar))
            default:
                flush()
            }
        }
        flush()
    }

    /// The start of every place where `phrase` (words separated by spaces) is written, within
    /// one clause.
    func starts(of phrase: String) -> [Int] {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, words.count >= parts.count else { return [] }
        return (0...(words.count - parts.count)).filter { start in
            parts.indices.allSatisfy { offset in
                words[start + offset].text == parts[offset] && words[start + offset].clause == words[start].clause
            }
        }
    }

    /// Whether any word is one of `texts`.
    func contains(_ texts: Set<String>) -> Bool {
        words.contains { texts.contains($0.text) }
    }

    /// Words that say what follows is left out.
    private static let negations: Set<String> = ["not", "non", "excluding", "excl", "except", "without", "minus", "exclusive", "excludes"]

    /// The negation before the word at `index` in its clause ("not", "excluding", "other than"),
    /// up to three words back, as written; nil when there is none.
    func negation(before index: Int) -> String? {
        var back = index - 1
        while back >= 0 && back >= index - 3 && words[back].clause == words[index].clause {
            let text = words[back].text
            if Self.negations.contains(text) { return text }
            if text == "than", back > 0, words[back - 1].text == "other", words[back - 1].clause == words[index].clause {
                return "other than"
            }
            back -= 1
        }
        return nil
    }
}
