/// Numbers a quote spells in words (`two million`, `twenty-seven million`) or groups with spaces
/// (`27 600 000`), as reports in French or German, and some in English, write them.
///
/// Why: `quote-contradicts-value` read only digits, so a quote reading "two million people" beside
/// a figure of 3,000,000 passed unnoticed, and so did "27 600 000" and "27.600.000" (session 54).
/// Kept as narrow as the digits' reading: a spelled number counts only before a scale word
/// (`thousand`, `million`, `billion`), since "two victims" or "one of three" are not the figure's kind;
/// and a number grouped by plain spaces needs two groups (`27 600 000`), since "page 12 450 victims"
/// is two numbers, while one group suffices after a no-break, narrow no-break or thin space
/// (`17 004`), which only typesetting puts between digits.
extension QuoteNumbers {
    /// The spelled numbers from one to nineteen.
    private static let ones: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]

    /// The spelled tens, twenty to ninety.
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The scale words a spelled number can stand before (not `mn` or `bn`, which follow digits).
    private static let spelledScales: [String: Int] = [
        "thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12,
    ]

    /// The width in bytes of a space that may group thousands at `i`: a space (1), a no-break
    /// space (2), a narrow no-break or thin space (3); 0 when there is none.
    static func groupingSpaceWidth(in bytes: [UInt8], at i: Int) -> Int {
        guard bytes.indices.contains(i) else { return 0 }
        if bytes[i] == UInt8(ascii: " ") { return 1 }
        if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89 { return 3 }
        return 0
    }

    /// The index after the spaces (any `groupingSpaceWidth` reads) from `i`.
    static func spacesEnd(in bytes: [UInt8], from i: Int) -> Int {
        var i = i
        while case let width = groupingSpaceWidth(in: bytes, at: i), width > 0 { i += width }
        return i
    }

    /// Whether a quote holds `illion` or `thousand`, character by character in lower case: a word
    /// with a mark joined to it (`million` and U+0301) is not one.
    static func holdsScaleWord(_ quote: String) -> Bool {
        let lowercased = quote.lowercased()
        return lowercased.contains("illion") || lowercased.contains("thousand")
    }

    /// Whether `bytes` hold `word` (lowercase ASCII letters) in any case of its letters.
    static func contains(_ bytes: [UInt8], lowercase word: StaticString) -> Bool {
        word.withUTF8Buffer { word in
            guard let first = word.first, bytes.count >= word.count else { return false }
            for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == first {
                var matched = 1
                while matched < word.count, bytes[start + matched] | 0x20 == word[matched] { matched += 1 }
                if matched == word.count { return true }
            }
            return false
        }
    }

    /// The word (ASCII letters) from `i`, lowercased, and the index after it.
    static func word(in bytes: [UInt8], at i: Int) -> (String, Int) {
        var end = i
        while end < bytes.count, case let byte = bytes[end] | 0x20, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { end += 1 }
        return (String(decoding: bytes[i..<end], as: UTF8.self).lowercased(), end)
    }

    /// The end of the groups of three digits that follow the digits ending at `end`, each after
    /// the same space (`27 600 000`): nil when there are too few (see the discussion), when a
    /// group has more or fewer than three digits, or when a decimal point or comma follows (`27 600,5`
    /// may be two numbers).
    static func spaceGroupsEnd(in bytes: [UInt8], after end: Int) -> Int? {
        func isDigit(_ i: Int) -> Bool { bytes.indices.contains(i) && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        var groupsEnd = end, groups = 0
        var space: ArraySlice<UInt8>?
        while case let width = groupingSpaceWidth(in: bytes, at: groupsEnd), width > 0 {
            let start = groupsEnd + width
            guard space == nil || space == bytes[groupsEnd..<start], isDigit(start), isDigit(start + 1), isDigit(start + 2), !isDigit(start + 3) else { break }
            space = bytes[groupsEnd..<start]
            groups += 1
            groupsEnd = start + 3
        }
        guard let space, groups >= (space == [UInt8(ascii: " ")] ? 2 : 1) else { return nil }
        if groupsEnd < bytes.count, bytes[groupsEnd] == UInt8(ascii: ",") || bytes[groupsEnd] == UInt8(ascii: "."), isDigit(groupsEnd + 1) { return nil }
        return groupsEnd
    }

    /// The number spelled from `start` up to and with its scale word (`two million`, `twenty-seven
    /// million`, `two hundred and fifty thousand`), and the index after it; nil when the words there
    /// are no number below a thousand followed by a scale word.
    static func spelledNumber(in bytes: [UInt8], at start: Int) -> (number: Stated, end: Int)? {
        /// The spelled number below a hundred from `i` (`seven`, `twenty-seven`, `twenty seven`).
        func belowHundred(at i: Int) -> (Int, Int)? {
            let (first, firstEnd) = word(in: bytes, at: i)
            if let one = ones[first] { return (one, firstEnd) }
            guard let ten = tens[first] else { return nil }
            let next = firstEnd < bytes.count && bytes[firstEnd] == UInt8(ascii: "-") ? firstEnd + 1 : spacesEnd(in: bytes, from: firstEnd)
            let (second, secondEnd) = word(in: bytes, at: next)
            if let one = ones[second], one < 10 { return (ten + one, secondEnd) }
            return (ten, firstEnd)
        }
        guard case var (number, end)? = belowHundred(at: start) else { return nil }
        let (hundred, hundredEnd) = word(in: bytes, at: spacesEnd(in: bytes, from: end))
        if hundred == "hundred", number < 10 {
            number *= 100
            end = hundredEnd
            // `two hundred and fifty`, `two hundred fifty`
            var next = spacesEnd(in: bytes, from: end)
            if case let ("and", andEnd) = word(in: bytes, at: next) { next = spacesEnd(in: bytes, from: andEnd) }
            if let (rest, restEnd) = belowHundred(at: next) {
                number += rest
                end = restEnd
            }
        }
        let (scale, scaleEnd) = word(in: bytes, at: spacesEnd(in: bytes, from: end))
        guard let exponent = spelledScales[scale], let value = Double("\(number)e\(exponent)") else { return nil }
        let text = String(decoding: bytes[start..<scaleEnd], as: UTF8.self)
        return (Stated(text: text, value: value, kind: .amount, money: false), scaleEnd)
    }
}
