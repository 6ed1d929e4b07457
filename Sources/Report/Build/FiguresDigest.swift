import Foundation
import Storage

/// The SHA-256 of the figures a brief reports, as stored: one JSON array per figure, in key order
/// (byte order), each `[key, measure, value, censored, low, high, ciLevel, unit, place,
/// periodStart, periodEnd, sex, ageGroup, form, source, study, locator, cites]` followed by a line
/// feed; numbers written as `tipdb sql` writes them plainly (`2450000`, `12.5`), absent values as
/// `null`.
///
/// Why: a brief's batch numbers and load times are those of one database, so a database rebuilt
/// from the provenance's files elsewhere lists other ones; the digest is what a rebuild can be
/// checked against. It reads stored values, not the brief's words, and sorts by key, so that a
/// build that words or orders a brief otherwise gives the same digest for the same figures.
enum FiguresDigest {
    /// The hex SHA-256 of `figures`, one line each in key order.
    ///
    /// Each figure's line is written as bytes into one buffer, and the lines are put in key order
    /// by sorting their positions with `memcmp` on the keys' bytes: making a `String` per line and
    /// sorting byte arrays generically took 13 % of a brief's time over 100,000 figures.
    ///
    /// From the records as read, not the brief's entries: the digest is of stored values, which
    /// the records hold as the entries do, so it can be made on another thread from the start
    /// while the brief is written (7 % of a 100,000-figure brief's main thread, session 54).
    static func sha256(of figures: [FigureRecord]) -> String {
        var lines: [UInt8] = []
        lines.reserveCapacity(figures.count * 160)
        var keys: [UInt8] = []
        var spans: [(key: Range<Int>, line: Range<Int>)] = []
        spans.reserveCapacity(figures.count)
        for figure in figures {
            let keyStart = keys.count, lineStart = lines.count
            append(figure.key, to: &keys)
            append(figure, to: &lines)
            spans.append((keyStart..<keys.count, lineStart..<lines.count))
        }
        keys.withUnsafeBufferPointer { keyBytes in
            spans.sort { precedes(keyBytes[$0.key], keyBytes[$1.key]) }
        }
        return Checksum.sha256(lines, pieces: spans.lazy.map(\.line))
    }

    /// Byte order, as `memcmp` gives it, then the shorter first.
    private static func precedes(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let shared = min(a.count, b.count)
        if shared > 0, let left = UnsafeBufferPointer(rebasing: a).baseAddress, let right = UnsafeBufferPointer(rebasing: b).baseAddress {
            let order = memcmp(left, right, shared)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }

    /// Appends `text`'s UTF-8 to `out` in one copy. Why: appended through its `utf8` view, byte
    /// by byte, some twenty strings a figure were half of the digest (`perf`, session 59).
    private static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out.append(contentsOf: text.utf8) }
    }

    /// Appends `figure`'s line to `out`: its JSON array and a line feed.
    private static func append(_ figure: FigureRecord, to out: inout [UInt8]) {
        func string(_ value: String?) {
            guard let value else { return append("null", to: &out) }
            if JSONString.needsEscaping(value) { return append(JSONString.literal(value), to: &out) }
            out.append(0x22)
            append(value, to: &out)
            out.append(0x22)
        }
        func number(_ value: Double?) {
            guard let value else { return append("null", to: &out) }
            // JSON has no infinity: written as the brief's JSON writes it, a string.
            if value.isFinite { return append(NumberText.plain(value), to: &out) }
            string(value > 0 ? "Infinity" : "-Infinity")
        }
        func comma() { out.append(0x2C) }
        out.append(0x5B)
        string(figure.key); comma()
        string(figure.measure); comma()
        number(figure.value); comma()
        append(figure.censored ? "true" : "false", to: &out); comma()
        number(figure.low); comma()
        number(figure.high); comma()
        number(figure.ciLevel); comma()
        string(figure.unit); comma()
        string(figure.place); comma()
        string(figure.periodStart); comma()
        string(figure.periodEnd); comma()
        string(figure.sex); comma()
        string(figure.ageGroup); comma()
        string(figure.form); comma()
        string(figure.source); comma()
        string(figure.study); comma()
        string(figure.locator); comma()
        string(figure.cites)
        append("]\n", to: &out)
    }
}
