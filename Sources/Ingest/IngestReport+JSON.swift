import Foundation
import Storage

extension IngestReport {
    /// Writes the report as `--json` prints it, in `JSONLayout`, in pieces: the document without
    /// its problems, then the items of `errors` a thousand at a time, read back from memory or
    /// from a spill (`forEachError`), then the rest of the document.
    ///
    /// Why in pieces: the document used to be built whole, with every spilled problem moved back
    /// into memory first, so `--json` held all of a bulk file's problems however many: a
    /// 250,000-row CTDC file whose every row is refused peaked several times higher under `--json`
    /// than without it. The text is the same, byte for byte: the problems are `errors`, a member of
    /// the top-level object, which `JSONLayout` writes at a depth of one, its items at two.
    ///
    /// - Throws: an encoding error, or the spill's error when it cannot be read back: then
    ///   `write` has been given part of the document only.
    public func writeJSON(_ write: (String) -> Void) throws {
        var outline = self
        outline.errors = []
        let document = try JSONLayout.document(outline)
        let empty = "\n  \"errors\": [],\n"
        guard errorCount > 0 else { return write(document) }
        guard let place = document.range(of: empty) else {
            // Not the layout this relies on: the whole document, problems in memory, as before.
            return write(try JSONLayout.document(try withSpilledErrors()))
        }
        write(String(document[..<place.lowerBound]) + "\n  \"errors\": [")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var separator = "\n"
        var pending: [IngestIssue] = []
        pending.reserveCapacity(Self.itemsPerPiece)
        // A piece is an array laid out at the depth of `errors` (`[`, items at depth 2, `]`),
        // written without its brackets.
        func flush() throws {
            guard !pending.isEmpty else { return }
            let array = JSONLayout.indented(try encoder.encode(pending), depth: 1)
            write(separator + array.dropFirst(2).dropLast(5))  // "[\n" and "\n  ]\n"
            separator = ",\n"
            pending.removeAll(keepingCapacity: true)
        }
        try forEachError { issue in
            pending.append(issue)
            if pending.count == Self.itemsPerPiece { try flush() }
        }
        try flush()
        write("\n  ],\n" + document[place.upperBound...])
    }

    /// Problems encoded at a time by `writeJSON`: some 250 KB of text, one encoder call for them.
    private static let itemsPerPiece = 1_000
}
