/// A CSL text with its rich-text markup read: the HTML-like tags CSL-JSON allows in a title
/// (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`,
/// `<span style="font-variant:small-caps;">`), as Zotero exports a species name or a word in
/// another language (`Forced labour in <i>Dutch</i> horticulture`).
///
/// Why: tipdb stores a title as its record gives it, so that the CSL-JSON export gives it back
/// unchanged, and every output printed the tags as text (`\<i\>Dutch\</i\>`,
/// `&lt;i&gt;`, `\textless{}i\textgreater{}`). Each output now writes the markup in its own
/// terms, or drops it where it has none (`plain`). Only a tag CSL defines, opened and closed in
/// order, is markup, as citeproc-js reads it; any other `<` is text (`published as <5`).
public struct CSLRichText: Sendable, Equatable {
    /// A formatting CSL-JSON's markup gives a run of text.
    public enum Style: Sendable, Equatable {
        case italic, bold, superscript, `subscript`, smallCaps
        /// Text a style must not change the case of (`<span class="nocase">`): a name in a title
        /// that a style writes in sentence case.
        case noCase
    }

    /// Text, or a run of pieces in one style.
    public indirect enum Piece: Sendable, Equatable {
        case text(String)
        case styled(Style, [Piece])
    }

    public let pieces: [Piece]

    public init(_ text: String) {
        pieces = Self.parsed(text)
    }

    /// `text` read for markup only when `markup` is set: a title from a CSL-JSON record. A title
    /// from a CSV or JSON file is data, and a `<b>` in it is shown as written.
    public init(_ text: String, markup: Bool) {
        pieces = markup ? Self.parsed(text) : (text.isEmpty ? [] : [.text(text)])
    }

    /// `text` without any tag CSL defines, closed or not: for an excerpt of a title, which a
    /// search cuts where its words fall, between a tag and its partner.
    public static func withoutTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "<") {
            out += rest[..<start]
            rest = rest[start...]
            if let tag = (openingTags.map(\.tag) + closingTags.map(\.tag)).first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(tag.count)
            } else {
                out += "<"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// The text without its markup, for outputs that have none (CSV, search results, Datasette).
    public var plain: String { render(text: { $0 }, styled: { _, inner in inner }) }

    /// The text written by an output: each piece of text through `text` (its escaping), each
    /// styled run through `styled` with its content already written.
    public func render(text: (String) -> String, styled: (Style, String) -> String) -> String {
        func write(_ pieces: [Piece]) -> String {
            pieces.map { piece in
                switch piece {
                case .text(let words): text(words)
                case .styled(let style, let inner): styled(style, write(inner))
                }
            }.joined()
        }
        return write(pieces)
    }

    /// The text as pieces: each tag CSL defines that closes in order (`<i>…</i>`, `<b><i>…</i></b>`)
    /// a styled run; a tag without its partner, or closing out of order, text as written.
    private static func parsed(_ text: String) -> [Piece] {
        // Open runs, innermost last, each with the tag that opened it and the pieces read in it so far.
        var open: [(style: Style, tag: String, pieces: [Piece])] = []
        var done: [Piece] = []
        func append(_ piece: Piece) {
            if open.isEmpty { Self.append(piece, to: &done) } else { Self.append(piece, to: &open[open.count - 1].pieces) }
        }
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "<") {
            append(.text(String(rest[..<start])))
            rest = rest[start...]
            if let opening = openingTags.first(where: { rest.hasPrefix($0.tag) }) {
                open.append((opening.style, opening.tag, []))
                rest = rest.dropFirst(opening.tag.count)
            } else if let closing = closingTags.first(where: { rest.hasPrefix($0.tag) }),
                      let innermost = open.last, closing.styles.contains(innermost.style) {
                open.removeLast()
                append(.styled(innermost.style, innermost.pieces))
                rest = rest.dropFirst(closing.tag.count)
            } else {
                append(.text("<"))
                rest = rest.dropFirst()
            }
        }
        append(.text(String(rest)))
        // A run never closed is text: its tag as written, then what it held.
        while let run = open.popLast() {
            append(.text(run.tag))
            for piece in run.pieces { append(piece) }
        }
        return done
    }

    /// Appends `piece`, joining text to the text before it and leaving out empty text.
    private static func append(_ piece: Piece, to pieces: inout [Piece]) {
        guard case .text(let words) = piece else { pieces.append(piece); return }
        if words.isEmpty { return }
        if case .text(let before)? = pieces.last {
            pieces[pieces.count - 1] = .text(before + words)
        } else {
            pieces.append(piece)
        }
    }

    /// The tags that open a run, as CSL-JSON writes them (citeproc-js's list).
    private static let openingTags: [(style: Style, tag: String)] = [
        (.italic, "<i>"), (.bold, "<b>"), (.superscript, "<sup>"), (.`subscript`, "<sub>"),
        (.noCase, "<span class=\"nocase\">"), (.smallCaps, "<span style=\"font-variant:small-caps;\">"),
        (.smallCaps, "<span style=\"font-variant: small-caps;\">"),
    ]

    /// The tags that close a run, with the styles each may close.
    private static let closingTags: [(styles: [Style], tag: String)] = [
        ([.italic], "</i>"), ([.bold], "</b>"), ([.superscript], "</sup>"), ([.`subscript`], "</sub>"),
        ([.noCase, .smallCaps], "</span>"),
    ]
}
