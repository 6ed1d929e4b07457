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
    /// The hex SHA-256 of `groups`' figures, one line each in key order.
    ///
    /// Each figure's line is written as bytes into one buffer, and the lines are put in key order
    /// by sorting their positions with `memcmp` on the keys' bytes: making a `String` per line and
    /// sorting byte arrays generically took 13 % of a brief's time over 100,000 figures.
    static func sha256(of groups: [FigureGroup]) -> String {
        let count = groups.reduce(0) { $0 + $1.figures.count }
        var lines: [UInt8] = []
        lines.reserveCapacity(count * 160)
        var keys: [UInt8] = []
        var spans: [(key: Range<Int>, line: Range<Int>)] = []
        spans.reserveCapacity(count)
        // Each entry read in place: `for figure in group.figures` copied it, retaining its some 40
        // strings and arrays (1.5 % of the brief's time, session 54).
        for group in groups {
            group.figures.withUnsafeBufferPointer { figures in
                guard let first = figures.baseAddress else { return }
                for index in figures.indices {
                    let keyStart = keys.count, lineStart = lines.count
                    keys.append(contentsOf: figures[index].key.utf8)
                    append(first + index, to: &lines)
                    spans.append((keyStart..<keys.count, lineStart..<lines.count))
                }
            }
        }
        keys.withUnsafeBufferPointer { keyBytes in
            spans.sort { precedes(keyBytes[$0.key], keyBytes[$1.key]) }
        }
        var ordered: [UInt8] = []
        ordered.reserveCapacity(lines.count)
        for span in spans { ordered.append(contentsOf: lines[span.line]) }
        return Checksum.sha256(ordered)
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

    /// Appends `figure`'s line to `out`: its JSON array and a line feed. The entry is read in
    /// place through its pointer: given by value, it was copied whole for each call, every string
    /// retained and released again.
    private static func append(_ figure: UnsafePointer<FigureEntry>, to out: inout [UInt8]) {
        func string(_ value: String?) {
            guard let value else { return out.append(contentsOf: "null".utf8) }
            if JSONString.needsEscaping(value) { return out.append(contentsOf: JSONString.literal(value).utf8) }
            out.append(0x22)
            out.append(contentsOf: value.utf8)
            out.append(0x22)
        }
        func number(_ value: Double?) {
            guard let value else { return out.append(contentsOf: "null".utf8) }
            // JSON has no infinity: written as the brief's JSON writes it, a string.
            if value.isFinite { return out.append(contentsOf: NumberText.plain(value).utf8) }
            string(value > 0 ? "Infinity" : "-Infinity")
        }
        func comma() { out.append(0x2C) }
        out.append(0x5B)
        string(figure.pointee.key); comma()
        string(figure.pointee.measure); comma()
        number(figure.pointee.value); comma()
        out.append(contentsOf: (figure.pointee.censored ? "true" : "false").utf8); comma()
        number(figure.pointee.low); comma()
        number(figure.pointee.high); comma()
        number(figure.pointee.ciLevel); comma()
        string(figure.pointee.unit); comma()
        string(figure.pointee.place); comma()
        string(figure.pointee.periodStart); comma()
        string(figure.pointee.periodEnd); comma()
        string(figure.pointee.sex); comma()
        string(figure.pointee.ageGroup); comma()
        string(figure.pointee.form); comma()
        string(figure.pointee.source); comma()
        string(figure.pointee.study); comma()
        string(figure.pointee.locator); comma()
        string(figure.pointee.cites)
        out.append(contentsOf: "]\n".utf8)
    }
}
