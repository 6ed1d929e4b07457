/// The numbers a figure's quote states that can be compared with the figure's own, and whether
/// one of them is its number: the rule behind `quote-contradicts-value`.
///
/// Why: 1,578 was stored beside a quote reading "the government identified 1,857 trafficking
/// victims" (a transposition), and ingest, check, the brief and lineage printed the two side by
/// side without a word (an expert witness's review, session 53): the misquotation counsel finds first.
///
/// Why so narrow: quotes hold years, ages, page numbers, percentages of something else and counts
/// of other groups, so only a number that can only be a quantity of the figure's kind is read,
/// and a figure is named only when the quote states such numbers and none of them is its number:
///
/// - for a count or an amount of money, a number with a scale word (`27.6 million`, `2 billion`,
///   `150 thousand`) or with its thousands grouped by commas (`1,857`, `17,004`): no year or age
///   is written so; for money also one after a currency sign (`US$150`, `$4,000`). A number after
///   `per` (`per 100,000`) is a rate's base, not a count.
/// - for a share in percent, a number followed by `%`, `per cent` or `percent`;
/// - for a rate, a number followed by `per` and the rate's own base (`5.3 per 1,000`, `per 100,000`).
///
/// A stated number is the figure's when it is within half the unit of the last significant digit
/// of either (`RepeatChange.lastDigitUnit`: "1.9 million" is 1,850,000 to 1,950,000; 1,600 stored
/// covers a quote of 1,578) of its value, low or high; or when all of them added are (a quote
/// giving women and men, the figure their sum; a plain number, `657`, is added too, and matches alone,
/// though it is never judged: see `Kind.plain`). A decimal comma before a scale word (`27,6
/// million`) is read as a decimal point, since its group is not three digits.
public enum QuoteNumbers {
    /// A number a quote states, as written and as read.
    public struct Stated: Equatable, Sendable {
        /// The number as the quote writes it, scale word and sign included: `1,857`, `27.6 million`, `32%`.
        public let text: String
        public let value: Double
        /// What it is: an amount (a count or money), a share, or a rate per `base`.
        public let kind: Kind
        /// Whether a currency sign stands before it (`US$`, `$`): money, not a count.
        public let money: Bool
    }

    /// What a stated number is a quantity of.
    public enum Kind: Equatable, Sendable {
        case amount
        case percent
        case rate(base: Double)
        /// A number without a scale word, grouping, sign or unit (`657`, `2023`, `18`): never
        /// judged, since it may be a year, an age or a page, but a figure that is one of them, or
        /// their sum with the others, agrees with its quote.
        case plain
    }

    /// The numbers of `quote` that contradict a figure of `dimension` (`units.dimension`) and
    /// `unit`: those of its kind when none is its value, low or high, nor all of them added; empty
    /// when one is, or when the quote states none of its kind (nothing to compare).
    public static func contradicting(quote: String, value: Double?, low: Double?, high: Double?, dimension: String, unit: String) -> [Stated] {
        let numbers = [value, low, high].compactMap { $0 }
        guard !numbers.isEmpty else { return [] }
        let all = stated(in: quote)
        let comparable = all.filter { number in
            switch (dimension, number.kind) {
            case ("count", .amount): !number.money
            case ("money", .amount): true
            case ("share", .percent): true
            case ("rate", .rate(let base)): FigureRules.rateBase(unit) == base
            default: false
            }
        }
        guard !comparable.isEmpty else { return [] }
        // The quote's other numbers too, each alone and added with the rest but for years: a figure
        // of 1,857 beside "1,200 women and 657 men" is their sum.
        let plain = all.filter { $0.kind == .plain }
        let added = (comparable + plain.filter { !isYear($0) }).reduce(0) { $0 + $1.value }
        let candidates = comparable.map(\.value) + plain.map(\.value) + (comparable.count + plain.count > 1 ? [added] : [])
        for candidate in candidates {
            for number in numbers where agree(candidate, number) { return [] }
        }
        return comparable
    }

    /// Whether a plain number reads as a year (1800 to 2100 written in four digits).
    static func isYear(_ number: Stated) -> Bool {
        number.text.count == 4 && number.value == number.value.rounded() && (1800...2100).contains(number.value)
    }

    /// Whether two numbers are one, at the precision of the less precise (half the unit of its last
    /// significant digit either side).
    static func agree(_ a: Double, _ b: Double) -> Bool {
        let unit = max(RepeatChange.lastDigitUnit(of: a), RepeatChange.lastDigitUnit(of: b))
        return abs(a - b) <= unit / 2 * (1 + 1e-9)
    }

    /// The words that scale the number before them, with their factor.
    private static let scaleWords: [String: Int] = [
        "thousand": 3, "thousands": 3, "million": 6, "millions": 6, "mn": 6,
        "billion": 9, "billions": 9, "bn": 9, "trillion": 12, "trillions": 12,
    ]

    /// Every number of `quote` that is a quantity (see the type's discussion), in the order written.
    public static func stated(in quote: String) -> [Stated] {
        let bytes = Array(quote.utf8)
        func isDigit(_ i: Int) -> Bool { bytes.indices.contains(i) && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        func isLetter(_ i: Int) -> Bool {
            guard bytes.indices.contains(i) else { return false }
            let byte = bytes[i] | 0x20
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }
        func skipSpaces(_ i: Int) -> Int { spacesEnd(in: bytes, from: i) }
        func word(at i: Int) -> (String, Int) { QuoteNumbers.word(in: bytes, at: i) }
        // Numbers in words are looked for only in quotes with a scale word a number can be spelled
        // before: most quotes have none, and their words need no look-up. Looked for in the bytes:
        // Foundation's `contains` on a lowercased copy was 40 % of the brief's search of 100,000
        // quotes (`perf`, session 61). A quote of ASCII alone that the bytes hold a word in holds it
        // as characters too; in any other, a mark joined to the word (`million` and U+0301) makes
        // another character, so it is asked as before.
        let mayHaveWords = (contains(bytes, lowercase: "illion") || contains(bytes, lowercase: "thousand"))
            && (!bytes.contains { $0 >= 0x80 } || Self.holdsScaleWord(quote))
        var found: [Stated] = []
        var i = 0
        while i < bytes.count {
            if mayHaveWords, isLetter(i), !isLetter(i - 1), !isDigit(i - 1) {
                if let spelled = spelledNumber(in: bytes, at: i) {
                    found.append(spelled.number)
                    i = spelled.end
                } else {
                    i = word(at: i).1
                }
                continue
            }
            guard isDigit(i), !isDigit(i - 1), !isLetter(i - 1) else { i += 1; continue }
            // The run: digits with single commas or points between digits.
            var end = i
            while isDigit(end) || ((bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ".")) && isDigit(end - 1) && isDigit(end + 1)) {
                end += 1
                if end >= bytes.count { break }
            }
            // Thousands grouped by spaces (`27 600 000`, `17 004` with a no-break space).
            if end - i <= 3, bytes[i..<end].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
               let grouped = spaceGroupsEnd(in: bytes, after: end) { end = grouped }
            let run = String(decoding: bytes[i..<end], as: UTF8.self)
            defer { i = end }
            // Before it: a currency sign (US$, $), or `per` (a rate's base, not a quantity).
            var before = i - 1
            while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
            let money = before >= 0 && bytes[before] == UInt8(ascii: "$")
            if before >= 2, word(at: before - 2).0 == "per", !isLetter(before - 3) { continue }
            guard case let (digits, grouped)? = read(run), let number = Double(digits) else { continue }
            // After it: a scale word, a percent sign or words, or `per` and a base.
            let next = skipSpaces(end)
            if bytes.indices.contains(next), bytes[next] == UInt8(ascii: "%") {
                found.append(Stated(text: run + "%", value: number, kind: .percent, money: false))
                continue
            }
            let (after, afterEnd) = word(at: next)
            if after == "percent" {
                found.append(Stated(text: run + " percent", value: number, kind: .percent, money: false))
                continue
            }
            if after == "per" {
                let baseStart = skipSpaces(afterEnd)
                let (baseWord, _) = word(at: baseStart)
                if baseWord == "cent" {
                    found.append(Stated(text: run + " per cent", value: number, kind: .percent, money: false))
                    continue
                }
                var baseEnd = baseStart
                while isDigit(baseEnd) || (bytes.indices.contains(baseEnd) && bytes[baseEnd] == UInt8(ascii: ",") && isDigit(baseEnd + 1)) { baseEnd += 1 }
                if baseEnd > baseStart, case let (baseDigits, _)? = read(String(decoding: bytes[baseStart..<baseEnd], as: UTF8.self)),
                   let base = Double(baseDigits) {
                    found.append(Stated(text: "\(run) per \(String(decoding: bytes[baseStart..<baseEnd], as: UTF8.self))", value: number, kind: .rate(base: base), money: false))
                    continue
                }
            }
            if let exponent = scaleWords[after], let scaled = Double("\(digits)e\(exponent)") {
                // Read with its exponent, rounded once: 27.6 million is 27,600,000, not 27,599,999.999999996.
                found.append(Stated(text: "\(money ? "$" : "")\(run) \(after)", value: scaled, kind: .amount, money: money))
            } else if grouped || money {
                found.append(Stated(text: "\(money ? "$" : "")\(run)", value: number, kind: .amount, money: money))
            } else {
                found.append(Stated(text: run, value: number, kind: .plain, money: false))
            }
        }
        return found
    }

    /// The decimal digits a run of digits, commas and points writes (`1857`, `27.6`), and whether
    /// its thousands are grouped by commas (`1,857`, `2,450,000.5`), by points (`27.600.000`,
    /// `1.857,5`) or by spaces (`27 600 000`, as `spaceGroupsEnd` took them); nil for a run that is
    /// no one number (`1.2.3`). A single comma followed by one or two digits, or four or more, is a
    /// decimal comma (`27,6`); a single point is always a decimal point (`1.857` is 1.857, not 1,857:
    /// which one a report meant cannot be told).
    static func read(_ run: String) -> (String, Bool)? {
        if run.contains(where: { !$0.isASCII || $0 == " " }) { return (run.filter { $0.isASCII && $0.isNumber }, true) }
        let points = run.split(separator: ".", omittingEmptySubsequences: false)
        if points.count > 1, !points[0].contains(",") {
            let last = points[points.count - 1].split(separator: ",", omittingEmptySubsequences: false)
            let isGrouped = (1...3).contains(points[0].count) && points.dropFirst().dropLast().allSatisfy { $0.count == 3 && !$0.contains(",") }
                && last.count <= 2 && last[0].count == 3
            // Two points, or one and a decimal comma after it: a point that can only group thousands.
            if isGrouped, points.count > 2 || last.count == 2 {
                return (points.dropLast().joined() + last[0] + (last.count == 2 ? "." + last[1] : ""), true)
            }
        }
        let groups = run.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            let inner = groups.dropFirst().dropLast()
            let last = groups[groups.count - 1].split(separator: ".", omittingEmptySubsequences: false)
            let isGrouped = (1...3).contains(groups[0].count) && !groups[0].contains(".") && inner.allSatisfy { $0.count == 3 && !$0.contains(".") }
                && last.count <= 2 && last[0].count == 3
            if isGrouped { return (groups.joined(), true) }
            guard groups.count == 2, !run.contains(".") else { return nil }
            return (String(groups[0]) + "." + String(groups[1]), false)
        }
        guard run.filter({ $0 == "." }).count <= 1 else { return nil }
        return (run, false)
    }
}
