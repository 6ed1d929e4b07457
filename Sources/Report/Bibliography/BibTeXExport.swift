import Foundation
import Storage

/// Sources as BibTeX entries for LaTeX users, keyed by the tipdb source key.
public enum BibTeXExport {
    public static func entry(_ source: Source) -> String {
        let type: String =
            switch source.kind {
            case "report": "techreport"
            case "journal-article": "article"
            case "book": "book"
            case "book-chapter": "incollection"
            case "thesis": "phdthesis"
            default: "misc"
            }
        var fields: [(String, String)] = []
        let details = CSLDetails(source.csl)
        if let authors = source.authors {
            let names = authors.components(separatedBy: "; ").filter { !$0.isEmpty }
                .map { bibTeXName($0, organisation: source.namesOrganisation($0)) }
            fields.append((details.isEditedOnly ? "editor" : "author", names.joined(separator: " and ")))
        }
        if !details.editors.isEmpty {
            fields.append(("editor", details.editors.map { bibTeXName($0, organisation: source.namesOrganisation($0)) }.joined(separator: " and ")))
        }
        fields.append(("title", "{" + escape(source.title) + "}"))
        // Where the work appeared, from its CSL record: BibTeX's own field for each part.
        if let container = details.containerTitle {
            fields.append((type == "article" ? "journal" : type == "incollection" ? "booktitle" : "howpublished", escape(container)))
        }
        if let volume = details.volume { fields.append(("volume", escape(volume))) }
        if let number = details.issue ?? details.number { fields.append(("number", escape(number))) }
        // BibTeX writes a page range with two hyphens (an en dash in print).
        if let pages = details.pages {
            let range = pages.replacingOccurrences(of: "\u{2013}", with: "--")
            fields.append(("pages", escape(range.contains("--") ? range : range.replacingOccurrences(of: "-", with: "--"))))
        }
        if let series = details.collection { fields.append(("series", escape(series))) }
        if let edition = details.bibTeXEdition { fields.append(("edition", escape(edition))) }
        if let place = details.place { fields.append(("address", escape(place))) }
        if let isbn = details.isbn { fields.append(("isbn", escape(isbn))) }
        if let publisher = source.publisher { fields.append((type == "techreport" ? "institution" : "publisher", escape(publisher))) }
        if let published = source.published {
            fields.append(("year", String(published.prefix(4))))
            let parts = published.split(separator: "-")
            if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
                fields.append(("month", ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]))
            }
        }
        if let url = source.url { fields.append(("url", url)) }
        if let doi = source.doi { fields.append(("doi", doi)) }
        if let accessed = source.accessed { fields.append(("urldate", accessed)) }
        if let notes = source.notes { fields.append(("note", escape(notes))) }
        // Titles sit in a second pair of braces so that styles keep their capitals; months are BibTeX macros.
        let body = fields.map { name, value in "  \(name) = \(name == "month" ? value : "{" + value + "}")" }
        return "@\(type){\(source.key),\n" + body.joined(separator: ",\n") + "\n}\n"
    }

    /// A name as BibTeX reads it: `Family, Given`, `Family, Suffix, Given` (tipdb writes
    /// `King, Martin Luther, Jr.`), and an organisation in extra braces, so that BibTeX does not
    /// split it into given and family names: a name without a comma, or one its CSL record gave
    /// whole (`organisation`), whose comma BibTeX would otherwise read as `Family, Given`
    /// (`{Smith, Jones \& Partners}`, not a Mr Smith with the given names "Jones & Partners").
    static func bibTeXName(_ name: String, organisation: Bool = false) -> String {
        let parts = name.components(separatedBy: ", ")
        if organisation || parts.count == 1 { return "{" + escape(name) + "}" }
        if parts.count == 3 { return namePart(parts[0]) + ", " + namePart(parts[2]) + ", " + namePart(parts[1]) }
        return parts.map(namePart).joined(separator: ", ")
    }

    /// One part of a person's name, braced when it holds the word "and": BibTeX splits a list of
    /// names at every "and" outside braces, in any case, so `Smith and Wesson, Jo` was two authors.
    private static func namePart(_ part: String) -> String {
        part.lowercased().split(separator: " ").contains("and") ? "{" + escape(part) + "}" : escape(part)
    }

    /// Escapes the characters LaTeX treats specially.
    ///
    /// Braces are written as `\textbraceleft{}` and `\textbraceright{}`, not `\{` and `\}`: BibTeX
    /// counts every brace in a field, escaped or not, so a lone `\{` in a note left the field
    /// unbalanced and BibTeX (and pybtex) rejected the whole file. The commands keep every field
    /// balanced whatever the text holds. `<`, `>` and `|` are commands too: LaTeX's default (OT1)
    /// fonts print them as `¡`, `¿` and `—`, so a GLOTIP source's "published as <5" read "¡5".
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            default: out.append(character)
            }
        }
        return out
    }
}
