import Foundation

extension CSLMapping {
    /// The year of the `index`th date of `{"date-parts": [[YYYY, ...], ...]}`, written as a number
    /// or as text; nil when there is none.
    static func year(from node: JSONNode, at index: Int = 0) -> Int? {
        guard let parts = dateParts(of: node, at: index), let year = parts.first else { return nil }
        switch year.value {
        case .number(let literal): return Int(literal)
        case .string(let text): return Int(text)
        default: return nil
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from CSL's `{"date-parts": [[YYYY, M, D]]}`, or else the
    /// text of `{"raw": "..."}` or `{"literal": "..."}`, a date in words as the date column writes
    /// it (`March 2019` is 2019-03, `15 March 2019` 2019-03-15); nil when date-parts are malformed
    /// or none is there. A text that is no date (`Spring 2016`) is given as it is, for the caller
    /// to find unreadable.
    ///
    /// Why the words and the literal: Zotero exports a date it could not split into parts as raw
    /// text, and such a source was cited "n.d." and exported to BibTeX without a year.
    static func date(from node: JSONNode) -> String? {
        if node["date-parts"] == nil, let text = dateText(of: node) {
            return PeriodParser.dateOfWords(text) ?? text.trimmingWhitespace()
        }
        return partsDate(of: node, at: 0)
    }

    /// The text of a date without date-parts, `{"raw": "Spring 2016"}` or `{"literal": "..."}`;
    /// nil for any other date.
    static func dateText(of node: JSONNode) -> String? {
        guard node["date-parts"] == nil else { return nil }
        if case .string(let raw)? = node["raw"]?.value { return raw }
        if case .string(let literal)? = node["literal"]?.value { return literal }
        return nil
    }

    /// The `index`th date of date-parts (0: the start, 1: a range's end) as `YYYY[-MM[-DD]]`;
    /// nil when it is missing or not one to three whole numbers.
    static func partsDate(of node: JSONNode, at index: Int) -> String? {
        guard let parts = dateParts(of: node, at: index), !parts.isEmpty, parts.count <= 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            switch part.value {
            case .number(let n): guard let v = Int(n) else { return nil }; numbers.append(v)
            case .string(let s): guard let v = Int(s) else { return nil }; numbers.append(v)
            default: return nil
            }
        }
        var text = String(format: "%04d", numbers[0])
        for number in numbers.dropFirst() { text += String(format: "-%02d", number) }
        return text
    }

    /// What is wrong with the end of a date range (`{"date-parts": [[2015, 1], [2016, 2]]}`), or
    /// nil when it is a real date, not before `start`, or there is no range.
    ///
    /// Why check what only csl keeps: a reference list prints the range, so `[[2015], [2105]]` or an
    /// end before the start would be cited as published; CSL allows a start and an end, no more.
    static func rangeEndProblem(_ node: JSONNode, start: String?, kind: DateKind) -> String? {
        guard case .array(let outer)? = node["date-parts"]?.value, outer.count > 1 else { return nil }
        let expected = "expected a start and an end, [[YYYY, M, D], [YYYY, M, D]], with month and day optional"
        guard outer.count == 2 else { return "\(outer.count) dates in date-parts; \(expected)" }
        if let year = year(from: node, at: 1), !kind.years.contains(year) {
            return "the end of the range: \(kind.outOfRange(year, in: nil))"
        }
        guard let end = partsDate(of: node, at: 1) else { return "the end of the range is not a date; \(expected)" }
        do {
            _ = try PeriodParser.date(end, original: end, kind: kind)
        } catch {
            return "the end of the range: \(error.message)"
        }
        if let start {
            let length = min(start.count, end.count)
            if end.prefix(length) < start.prefix(length) {
                return "the range ends (\(end)) before it starts (\(start)); expected the end on or after the start"
            }
        }
        return nil
    }

    /// The parts of the `index`th date of date-parts.
    private static func dateParts(of node: JSONNode, at index: Int) -> [JSONNode]? {
        guard case .array(let outer)? = node["date-parts"]?.value, index < outer.count,
              case .array(let parts) = outer[index].value else { return nil }
        return parts
    }
}
