import Foundation
import Storage

/// Sources as BibTeX entries for LaTeX users, keyed by the tipdb source key.
public enum BibTeXExport {
    /// One entry, with the fields its type reads in the standard styles (btxdoc): `@article`
    /// takes its `journal` (the `container` column, else the CSL container; an article that names
    /// none is `@misc`, with its publisher as `howpublished`: a publisher such as Taylor & Francis
    /// is not a journal, and `@article` requires one), `@techreport` its required
    /// `institution` (the publisher, else the organisations among the authors; a report with
    /// neither is written `@misc`, which requires nothing), `@phdthesis` or `@mastersthesis` its
    /// `school`, `@inproceedings` (a CSL `paper-conference`) its `booktitle`, `@misc` the
    /// container and publisher as `howpublished` (a `publisher` there is printed by no style).
    /// A report, data set, web page or statement without authors has its publisher as author, an
    /// organisation (`author = {{UNODC}}`, `Source.organisationAuthor`).
    /// A CSL genre is BibTeX's `type` (`Working paper`, `MSc dissertation`), which styles print
    /// in place of "Technical report" or "Master's thesis".
    ///
    /// - Parameter key: the BibTeX key, when not the source key (`renamedKeys`).
    public static func entry(_ source: Source, key: String? = nil) -> String {
        let details = CSLDetails(source)
        let authors = (source.authors ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
        let organisations = authors.filter { source.namesOrganisation($0) || !$0.contains(",") }
        let institution = source.publisher ?? (organisations.isEmpty ? nil : Words.list(organisations))
        // The CSL type kept while the kind still agrees with it, as the CSL-JSON export gives it back.
        let cslType = details.type.flatMap { Source.kindOfCSLType[$0] == source.kind ? $0 : nil }
        let type: String =
            switch source.kind {
            case "report": institution == nil ? "misc" : "techreport"
            case "journal-article" where cslType == "paper-conference": "inproceedings"
            // A publisher is not a journal: without the journal @article lacks a field it requires.
            case "journal-article": details.containerTitle == nil ? "misc" : "article"
            case "book": "book"
            // `@incollection` requires the book's title: a chapter that names none (no container
            // column, no CSL container) is `@misc`, as an article without its journal is.
            case "book-chapter": details.containerTitle == nil ? "misc" : "incollection"
            case "thesis": details.genre.map(isMastersGenre) == true ? "mastersthesis" : "phdthesis"
            default: "misc"
            }
        var fields: [(String, String)] = []
        // A name with a dropping particle is written with it in front, as BibTeX's von part (`de Gaulle, Anne`).
        let particled = droppingParticleNames(source.csl)
        func person(_ name: String) -> String { bibTeXName(particled[name] ?? name, organisation: source.namesOrganisation(name)) }
        if let issuer = source.statementIssuer {
            // A statement is its issuer's, as the brief cites it; its speakers go in the note.
            fields.append(("author", bibTeXName(issuer, organisation: true)))
        } else if !authors.isEmpty {
            let names = authors.map(person)
            fields.append((details.isEditedOnly ? "editor" : "author", names.joined(separator: " and ")))
        }
        // A report or data set without authors is its publisher's: written as one organisation.
        if let organisation = source.organisationAuthor { fields.append(("author", bibTeXName(organisation, organisation: true))) }
        if !details.editors.isEmpty {
            fields.append(("editor", details.editors.map(person).joined(separator: " and ")))
        }
        // A CSL-JSON title's markup (`<i>Dutch</i>`) as LaTeX commands (`\textit{Dutch}`).
        fields.append(("title", "{" + source.richTitle.bibTeX + "}"))
        // Where the work appeared, from its container column and CSL record: BibTeX's own field for each part.
        switch type {
        case "article":
            if let journal = details.containerTitle { fields.append(("journal", escape(journal))) }
        case "incollection":
            if let container = details.containerTitle { fields.append(("booktitle", escape(container))) }
        case "inproceedings":
            if let proceedings = details.containerTitle ?? details.event { fields.append(("booktitle", escape(proceedings))) }
        case "misc":
            // The publisher is not repeated where it is the author, as in tipdb's own reference lists,
            // nor where it is the container: an article without a byline took its paper as publisher
            // (`howpublished = {The Guardian, The Guardian}`).
            let publisher = source.organisationAuthor == nil && source.statementIssuer == nil ? source.publisher : nil
            let published = [details.containerTitle, publisher == details.containerTitle ? nil : publisher].compactMap { $0 }
            if !published.isEmpty { fields.append(("howpublished", escape(published.joined(separator: ", ")))) }
        case "book":
            // A book's container is the series it belongs to, when the CSL record names no other.
            if details.collection == nil, let container = details.containerTitle { fields.append(("series", escape(container))) }
        default:
            // BibTeX's report and thesis types read no container field: it goes in the note (below), which every style prints.
            break
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
        // biblatex's field for a data set's or software's release (`Source.version`); BibTeX styles skip it.
        if let version = source.version { fields.append(("version", escape(version))) }
        if let place = details.place { fields.append(("address", escape(place))) }
        if let isbn = details.isbn { fields.append(("isbn", escape(isbn))) }
        switch type {
        case "techreport": if let institution { fields.append(("institution", escape(institution))) }
        case "phdthesis", "mastersthesis": if let school = source.publisher { fields.append(("school", escape(school))) }
        case "book", "incollection", "inproceedings": if let publisher = source.publisher { fields.append(("publisher", escape(publisher))) }
        default: break
        }
        if let genre = details.genre, ["techreport", "phdthesis", "mastersthesis"].contains(type) { fields.append(("type", escape(genre))) }
        if let published = source.published { fields += dateFields(published, rangeEnd: details.issuedEnd, circa: source.isCirca) }
        // A work in press (`Source.isInPress`) has no date: BibTeX styles (natbib, apalike) and pybtex
        // print the year as written, "Okafor (in press)"; biblatex reads `pubstate`, which its
        // styles (biblatex-apa too) print as "in press" in the reader's language. Without either
        // it was cited as undated (review of session 52).
        if source.isInPress { fields += [("year", "in press"), ("pubstate", "inpress")] }
        if let url = source.url { fields.append(("url", balanced(url))) }
        if let doi = source.doi { fields.append(("doi", balanced(doi))) }
        if let accessed = source.accessed { fields.append(("urldate", accessed)) }
        let containerNote = ["techreport", "phdthesis", "mastersthesis"].contains(type) ? details.containerTitle.map { "In: " + $0 } : nil
        let delivered = source.statementIssuer == nil ? nil : "Delivered by " + Words.list(authors.map(CitationText.displayOrder))
        let note = [delivered, containerNote, source.notes].compactMap { $0 }
        if !note.isEmpty { fields.append(("note", escape(note.joined(separator: ". ")))) }
        // Titles sit in a second pair of braces so that styles keep their capitals; months are BibTeX macros.
        let body = fields.map { name, value in "  \(name) = \(name == "month" ? value : "{" + value + "}")" }
        return "@\(type){\(key ?? source.key),\n" + body.joined(separator: ",\n") + "\n}\n"
    }

    /// Whether a CSL thesis genre names a degree below the doctorate (`Master's thesis`, `MSc
    /// dissertation`, `Bachelor's thesis`): BibTeX's `@mastersthesis`, where `@phdthesis` would
    /// print "PhD thesis" for it. A genre that names no degree (`Dissertation`) stays a doctorate.
    static func isMastersGenre(_ genre: String) -> Bool {
        // Dots dropped first, so that M.Sc. and M.A. read as msc and ma.
        let words = genre.lowercased().replacingOccurrences(of: ".", with: "").split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
        let degrees: Set<Substring> = ["master", "master's", "master\u{2019}s", "masters", "msc", "mphil", "ma", "mres", "llm", "mba", "bachelor",
                                       "bachelor's", "bachelor\u{2019}s", "bachelors", "ba", "bsc", "undergraduate", "diploma", "licentiate"]
        return words.contains { degrees.contains($0) }
    }

    /// `year` and `month` of the publication's start, which BibTeX reads, and biblatex's `date`
    /// when they lose something: the day (`2019-05-03`), or the end of a range
    /// (`2019-05-03/2020-01`, an ISO 8601 interval as biblatex reads it). Without `date` a day
    /// or a range's end was dropped, and a range was cited as its start.
    ///
    /// An approximate date (`circa`, `Source.isCirca`) is `year = {c. 2005}`, as BibTeX styles print
    /// the year as written, and `date = {2005~}`, biblatex's (EDTF) approximate date: a plain
    /// `year = {2005}` cited a guess as a fact, the slip tipdb's own references no longer make.
    static func dateFields(_ published: String, rangeEnd: String?, circa: Bool = false) -> [(String, String)] {
        let year = String(published.prefix(4))
        var fields = [("year", circa ? "c. " + year : year)]
        let parts = published.split(separator: "-")
        if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
            fields.append(("month", ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]))
        }
        if let rangeEnd {
            fields.append(("date", published + (circa ? "~" : "") + "/" + rangeEnd))
        } else if parts.count >= 3 || circa {
            fields.append(("date", published + (circa ? "~" : "")))
        }
        return fields
    }

    /// A URL or DOI as written, but for its braces, percent-encoded (`%7B`, `%7D`, as a URL
    /// writes them): BibTeX counts every brace in a field, and one brace in `https://x.org/a}b`
    /// left the field unbalanced, so BibTeX and pybtex rejected the whole file. A resolver reads
    /// the encoded form as the same address (doi.org decodes a DOI as any URL path).
    static func balanced(_ text: String) -> String {
        guard text.contains(where: { $0 == "{" || $0 == "}" }) else { return text }
        return text.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
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
        // More commas than BibTeX's three forms allow ("Too many commas"; pybtex rejects the file):
        // read as tipdb and the CSL-JSON export read it, the family name, then the rest given, braced.
        if parts.count > 3 { return namePart(parts[0]) + ", {" + escape(parts.dropFirst().joined(separator: ", ")) + "}" }
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
