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
            let names = authors.components(separatedBy: "; ").filter { !$0.isEmpty }.map(bibTeXName)
            fields.append((details.isEditedOnly ? "editor" : "author", names.joined(separator: " and ")))
        }
        if !details.editors.isEmpty { fields.append(("editor", details.editors.map(bibTeXName).joined(separator: " and "))) }
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
    /// split it into given and family names.
    static func bibTeXName(_ name: String) -> String {
        let parts = name.components(separatedBy: ", ")
        switch parts.count {
        case 1: return "{" + escape(name) + "}"
        case 3: return escape(parts[0]) + ", " + escape(parts[2]) + ", " + escape(parts[1])
        default: return escape(name)
        }
    }

    /// Escapes the characters LaTeX treats specially.
    ///
    /// Braces are written as `\textbraceleft{}` and `\textbraceright{}`, not `\{` and `\}`: BibTeX
    /// counts every brace in a field, escaped or not, so a lone `\{` in a note left the field
    /// unbalanced and BibTeX (and pybtex) rejected the whole file. The commands keep every field
    /// balanced whatever the text holds.
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
            default: out.append(character)
            }
        }
        return out
    }
}
