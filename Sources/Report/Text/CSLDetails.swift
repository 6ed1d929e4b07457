import Storage

/// The parts of a source's CSL-JSON record that a reference entry prints beyond tipdb's own
/// columns: where the work appeared, its series and report number, the place of publication,
/// the ISBN and the contributors. A reader needs them to find the work ("Report I (B)" names
/// one ILO report among many with similar titles). Sources loaded from CSV or JSON have no CSL
/// record, so none of these but the container, which their `container` column gives.
struct CSLDetails {
    /// The journal, blog or book the work appeared in: the `container` column, else the CSL
    /// record's `container-title`.
    var containerTitle: String?
    var volume: String?
    var issue: String?
    var pages: String?
    /// The series (`collection-title`, with its number) and the report number.
    var collection: String?
    var number: String?
    var event: String?
    var place: String?
    /// The edition as CSL gives it: a number (`2`, as Zotero exports it) or text (`Revised edition`).
    var edition: String?
    var isbn: String?
    /// Organisations or people the work was produced with (CSL `contributor`).
    var contributors: String?
    /// The item names editors and no authors: the authors column holds the editors.
    var isEditedOnly = false
    /// The editors of the book or collection a chapter appeared in (when the item has authors too).
    var editors: [String] = []
    /// The end of a publication date range (`issued: {"date-parts": [[2019, 5, 3], [2020, 1]]}`)
    /// as `YYYY[-MM[-DD]]`: the date column holds the start only, csl the whole range.
    var issuedEnd: String?
    /// The CSL type as the reference manager gave it (`paper-conference`, `thesis`), and its genre
    /// (`Master's thesis`, `Working paper`): BibTeX has an entry type or a `type` field for them.
    var type: String?
    var genre: String?
    /// The source is a chapter (`book-chapter`): its edition and pages are the book's, printed
    /// with the container (`container`), not after the chapter's title.
    var isChapter = false

    /// The container with volume, issue and pages: `Crime and Justice, 12(3), 45-67`; for a chapter,
    /// the book with its edition, volume and pages in brackets, as APA gives them: `Bales, Kevin
    /// and Weitzer, Ronald (eds.), The Routledge Handbook of Human Trafficking (3rd ed., pp. 201-219)`.
    ///
    /// Why a chapter apart: its edition is the book's, and printed after the chapter's title it
    /// told a reader the chapter had been revised three times; its bare page range read as part
    /// of the book's title (review of session 52).
    var container: String? {
        guard var container = containerTitle else { return nil }
        if !editors.isEmpty { container = Words.list(editors.map(CSLName.listed)) + (editors.count == 1 ? " (ed.), " : " (eds.), ") + container }
        if isChapter {
            let pageRange = pages.map { ($0.contains(where: { "-\u{2013},".contains($0) }) ? "pp. " : "p. ") + $0 }
            let book = [editionText, volume.map { "Vol. " + $0 }, pageRange].compactMap { $0 }
            return book.isEmpty ? container : container + " (" + book.joined(separator: ", ") + ")"
        }
        if let volume {
            container += ", " + volume + (issue.map { "(\($0))" } ?? "")
        } else if let issue {
            container += ", no. " + issue
        }
        if let pages { container += ", " + pages }
        return container
    }

    /// The edition for a reference entry: `2nd ed.` for a number, as author-date styles (APA,
    /// Harvard) write it; text as given (`Revised edition`), with `ed.` added when it does not say
    /// it is an edition (`second`, `2nd`). Why at all: two editions of one
    /// title (ILO's "Profits and Poverty", 2014 and 2024) are otherwise told apart by the year alone.
    var editionText: String? {
        guard let edition else { return nil }
        guard let number = Int(edition), number > 0 else {
            // `second` or `2nd` alone would read as a subtitle: say what it is.
            let words = edition.lowercased().split(whereSeparator: { !$0.isLetter })
            return words.contains { $0 == "ed" || $0 == "edn" || $0.hasPrefix("edition") || $0 == "version" || $0 == "revised" }
                ? edition : edition + " ed."
        }
        return Self.ordinal(number) + " ed."
    }

    /// The edition for BibTeX: `Second` for a number up to ten, `11th` beyond, text as given. The
    /// BibTeX manual asks for a capitalised ordinal ("Second"), which the standard styles follow
    /// with "edition"; a bare `2` prints "2 edition" there.
    var bibTeXEdition: String? {
        guard let edition else { return nil }
        guard let number = Int(edition), number > 0 else { return edition }
        let words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
        return number <= words.count ? words[number - 1] : Self.ordinal(number)
    }

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, `22nd`, `101st`.
    static func ordinal(_ number: Int) -> String {
        let suffix: String =
            switch (number % 10, number % 100) {
            case (_, 11...13): "th"
            case (1, _): "st"
            case (2, _): "nd"
            case (3, _): "rd"
            default: "th"
            }
        return "\(number)\(suffix)"
    }

    /// Series, event and report number: `International Labour Conference, 93rd Session`, `Report I (B)`.
    var series: [String] { [collection, event, number].compactMap { $0 } }

    /// The details of `source`: its CSL record's, with the `container` column, where it has one,
    /// as the container.
    ///
    /// Why the column first: a sources file sets it, and ingest then drops a CSL record's
    /// container-title (`RowReader.keepingUnstated`); figure_citations' SQL takes it first too.
    init(_ source: Source) {
        self.init(csl: source.csl)
        if let container = source.container { containerTitle = container }
        isChapter = source.kind == "book-chapter" && containerTitle != nil
    }

    init(csl: String?) {
        guard let csl, let tree = try? JSONTree.parse(csl) else { return }
        // CSL numbers (volume, issue, collection-number) may be written as JSON numbers or text.
        func text(_ name: String) -> String? {
            switch tree[name] {
            case .string(let text)? where !text.allSatisfy(\.isWhitespace): text
            case .number(let number)?: number
            default: nil
            }
        }
        containerTitle = text("container-title")
        volume = text("volume")
        issue = text("issue")
        pages = text("page")
        collection = text("collection-title").map { title in text("collection-number").map { "\(title) \($0)" } ?? title }
        event = text("event-title") ?? text("event")
        number = text("number")
        place = text("publisher-place")
        edition = text("edition")
        isEditedOnly = tree["editor"] != nil && tree["author"] == nil
        if !isEditedOnly { editors = Self.nameList(tree["editor"]) }
        isbn = text("ISBN")
        contributors = Self.names(tree["contributor"])
        issuedEnd = Self.rangeEnd(tree["issued"])
        type = text("type")
        genre = text("genre")
    }

    /// The second date of CSL date-parts, `[[2019, 5, 3], [2020, 1]]` → `2020-01`; nil for a
    /// single date, or parts that are not one to three whole numbers (ingest refuses those).
    static func rangeEnd(_ date: JSONTree?) -> String? {
        guard case .array(let dates)? = date?["date-parts"], dates.count == 2, case .array(let parts) = dates[1],
              (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            switch part {
            case .number(let text), .string(let text):
                guard let number = Int(text) else { return nil }
                numbers.append(number)
            default: return nil
            }
        }
        return numbers.enumerated().map { index, number in
            let digits = String(number)
            return String(repeating: "0", count: max(0, (index == 0 ? 4 : 2) - digits.count)) + digits
        }.joined(separator: "-")
    }

    /// CSL names as a list, each written as tipdb writes authors (``CSLName``).
    static func names(_ tree: JSONTree?) -> String? {
        let names = nameList(tree).map(CSLName.listed)
        return names.isEmpty ? nil : Words.list(names)
    }

    /// CSL names, each written as tipdb writes authors.
    static func nameList(_ tree: JSONTree?) -> [String] {
        guard case .array(let people)? = tree else { return [] }
        return people.compactMap { person in
            CSLName { part in
                if case .string(let text)? = person[part], !text.isEmpty { return text } else { return nil }
            }.written
        }
    }
}
