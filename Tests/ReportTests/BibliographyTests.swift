import Foundation
import Report
import Storage
import Testing

@Suite("bibliography: CSL-JSON, BibTeX, labels")
struct BibliographyTests {
    @Test("CSL-JSON maps columns to CSL fields and merges the kept CSL fields back")
    func csl() throws {
        let source = Source(
            key: "k", kind: "statement", title: "T", authors: "Fedotov, Yury; United Nations", publisher: "UNODC",
            published: "2012-04-03", url: "https://x.org", doi: "10.1/x", accessed: "2026-11-29", notes: "N",
            csl: #"{"event-title":"Debate","genre":"Statement"}"#)
        let item = CSLExport.item(source)
        #expect(item["type"] == .string("speech"))
        // A statement is its issuer's, as briefs cite it; its speakers are contributors.
        #expect(item["author"] == .array([.object([("literal", .string("UNODC"))])]))
        #expect(item["contributor"] == .array([
            .object([("family", .string("Fedotov")), ("given", .string("Yury"))]), .object([("literal", .string("United Nations"))]),
        ]))
        #expect(item["issued"]?.compact == #"{"date-parts":[[2012,4,3]]}"#)
        #expect(item["accessed"]?.compact == #"{"date-parts":[[2026,11,29]]}"#)
        #expect(item["DOI"] == .string("10.1/x"))
        #expect(item["note"] == .string("N"))
        #expect(item["event-title"] == .string("Debate"))
        var stored = source
        stored.csl = #"{"author":[{"literal":"Exact Org"}]}"#
        #expect(CSLExport.item(stored)["author"]?.compact == #"[{"literal":"Exact Org"}]"#)
        for (kind, type) in [("report", "report"), ("journal-article", "article-journal"), ("blog-post", "post-weblog"),
                             ("legal-instrument", "legislation"), ("book-chapter", "chapter"), ("news", "article-newspaper"),
                             ("other", "document")] {
            var typed = source
            typed.kind = kind
            #expect(CSLExport.item(typed)["type"] == .string(type))
        }
    }

    @Test("CSL-JSON writes the x_ columns from extra, which win over a copy an older tipdb kept in csl")
    func cslExtra() {
        // A report without authors is its publisher's: ILO as an organisation author.
        var source = Source(key: "b1", title: "T", publisher: "ILO", csl: #"{"page":"3","x_shelf":"A3"}"#, extra: #"{"x_9":1,"x_shelf":"B4"}"#)
        #expect(CSLExport.item(source).compact == #"{"id":"b1","type":"report","title":"T","author":[{"literal":"ILO"}],"publisher":"ILO","page":"3","custom":{"tipdb-author-is-publisher":true},"x_9":1,"x_shelf":"B4"}"#)
        // Until a file gives x_ columns, those csl holds are the stored ones.
        source.extra = nil
        #expect(CSLExport.item(source).compact == #"{"id":"b1","type":"report","title":"T","author":[{"literal":"ILO"}],"publisher":"ILO","page":"3","custom":{"tipdb-author-is-publisher":true},"x_shelf":"A3"}"#)
    }

    @Test("a source dated before 1800 (the Code Noir, 1685) is labelled, printed and exported with its date")
    func oldDates() {
        let source = Source(key: "code-noir", kind: "legal-instrument", title: "Code Noir", publisher: "Louis XIV", published: "1685-03")
        #expect(CitationText.shortLabel(source) == "Louis XIV 1685")
        #expect(CitationText.full(source) == "Louis XIV (1685). Code Noir [Legal instrument]. March 1685.")
        #expect(BibTeXExport.entry(source).contains("  year = {1685},\n  month = mar"))
        #expect(CSLExport.item(source)["issued"]?.compact == #"{"date-parts":[[1685,3]]}"#)
    }

    @Test("BibTeX escapes LaTeX and keeps organisations whole")
    func bibtex() {
        let source = Source(key: "ilo-2005", title: "Profits & 100% poverty", authors: "International Labour Office; Doe, Jane",
                            publisher: "ILO", published: "2005-09")
        let entry = BibTeXExport.entry(source)
        #expect(entry.hasPrefix("@techreport{ilo-2005,\n"))
        #expect(entry.contains("  author = {{International Labour Office} and Doe, Jane},\n"))
        #expect(entry.contains("  title = {{Profits \\& 100\\% poverty}},\n"))
        #expect(entry.contains("  month = sep"))
    }

    @Test("BibTeX writes braces as commands, so that every field stays balanced whatever the text holds")
    func bibTeXBraces() {
        let source = Source(key: "k", title: "Sets {a} and } or {", authors: "Doe, {Jane", publisher: "P}", published: "2020",
                            notes: "100% sure; see {x")
        let entry = BibTeXExport.entry(source)
        #expect(entry == """
            @techreport{k,
              author = {Doe, \\textbraceleft{}Jane},
              title = {{Sets \\textbraceleft{}a\\textbraceright{} and \\textbraceright{} or \\textbraceleft{}}},
              institution = {P\\textbraceright{}},
              year = {2020},
              note = {100\\% sure; see \\textbraceleft{}x}
            }

            """)
        // BibTeX's own rule: within each field, braces never close more than they opened, and balance at the end.
        for line in entry.split(separator: "\n").dropFirst().dropLast() {
            var depth = 0
            for character in line {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                #expect(depth >= 0, "\(line)")
            }
            #expect(depth == 0, "\(line)")
        }
    }

    @Test("BibTeX takes journal, volume, number and pages from the CSL record, and editors as editors")
    func bibTeXFromCSL() {
        let article = BibTeXExport.entry(Source(
            key: "a", kind: "journal-article", title: "Counting", authors: "Doe, Jane", published: "2019",
            csl: #"{"container-title":"Crime & Justice","issue":3,"page":"45-67","volume":"12"}"#))
        #expect(article.contains("  author = {Doe, Jane},\n  title = {{Counting}},\n  journal = {Crime \\& Justice},\n  volume = {12},\n  number = {3},\n  pages = {45--67},\n"), "\(article)")
        let edited = BibTeXExport.entry(Source(
            key: "b", kind: "book", title: "Handbook", authors: "Roe, Ann", published: "2020",
            csl: #"{"editor":[{"family":"Roe","given":"Ann"}],"publisher-place":"Oxford"}"#))
        #expect(edited.contains("  editor = {Roe, Ann},\n") && !edited.contains("author =") && edited.contains("  address = {Oxford},\n"), "\(edited)")
        let chapter = Source(
            key: "c", kind: "book-chapter", title: "Counting victims", authors: "King, Martin Luther, Jr.", published: "2018",
            csl: #"{"author":[{"family":"King","given":"Martin Luther","suffix":"Jr."}],"container-title":"Handbook","editor":[{"family":"Doe","given":"Jane"},{"family":"Roe","given":"Rick"}],"page":"10-20"}"#)
        let entry = BibTeXExport.entry(chapter)
        #expect(entry.contains("  author = {King, Jr., Martin Luther},\n  editor = {Doe, Jane and Roe, Rick},\n"), "\(entry)")
        #expect(entry.contains("  booktitle = {Handbook},\n"), "\(entry)")
        // A chapter's pages are the book's, after its title with pp., as APA gives them (session 52).
        #expect(CitationText.full(chapter) == "King, Martin Luther, Jr. (2018). Counting victims. In: Doe, Jane and Roe, Rick (eds.), Handbook (pp. 10-20).")
    }

    @Test("each kind is the BibTeX type with the fields it reads: a report's institution, an article's journal, a thesis's school, howpublished for @misc")
    func bibTeXTypes() {
        // A report with an organisation author and no publisher: the organisation is the institution.
        let report = BibTeXExport.entry(Source(key: "r", title: "T", authors: "International Labour Office; Doe, Jane", published: "2005"))
        #expect(report == "@techreport{r,\n  author = {{International Labour Office} and Doe, Jane},\n  title = {{T}},\n  institution = {International Labour Office},\n  year = {2005}\n}\n")
        // Neither publisher nor organisation: @misc, which requires nothing, not a @techreport without its institution.
        let people = BibTeXExport.entry(Source(key: "p", title: "T", authors: "Doe, Jane; Roe, Ann", published: "2005"))
        #expect(people.hasPrefix("@misc{p,\n") && !people.contains("institution"), "\(people)")
        // @misc: the publisher (after the container) is howpublished; no publisher field, which no style prints.
        let blog = BibTeXExport.entry(Source(
            key: "b", kind: "blog-post", title: "T", authors: "Francis, Kate", publisher: "The Asia Foundation", published: "2013-02-06",
            csl: #"{"container-title":"InAsia"}"#))
        #expect(blog.contains("  howpublished = {InAsia, The Asia Foundation},\n") && !blog.contains("publisher ="), "\(blog)")
        let dataset = BibTeXExport.entry(Source(key: "d", kind: "dataset", title: "T", publisher: "UNODC", published: "2024"))
        // A data set without authors is its publisher's: an organisation author, not repeated as howpublished.
        #expect(dataset == "@misc{d,\n  author = {{UNODC}},\n  title = {{T}},\n  year = {2024}\n}\n")
        // @article takes the journal its CSL record names; without one the publisher is no journal: @misc, howpublished.
        let article = BibTeXExport.entry(Source(key: "a", kind: "journal-article", title: "T", authors: "Doe, Jane", publisher: "Taylor & Francis", published: "2019",
                                                csl: #"{"container-title":"Anti-Trafficking Review"}"#))
        #expect(article == "@article{a,\n  author = {Doe, Jane},\n  title = {{T}},\n  journal = {Anti-Trafficking Review},\n  year = {2019}\n}\n")
        let unnamed = BibTeXExport.entry(Source(key: "a", kind: "journal-article", title: "T", authors: "Doe, Jane", publisher: "Taylor & Francis", published: "2019"))
        #expect(unnamed == "@misc{a,\n  author = {Doe, Jane},\n  title = {{T}},\n  howpublished = {Taylor \\& Francis},\n  year = {2019}\n}\n")
        let thesis = BibTeXExport.entry(Source(key: "t", kind: "thesis", title: "T", authors: "Doe, Jane", publisher: "University of Oxford", published: "2019"))
        #expect(thesis.hasPrefix("@phdthesis{t,\n") && thesis.contains("  school = {University of Oxford},\n") && !thesis.contains("publisher ="), "\(thesis)")
        let book = BibTeXExport.entry(Source(key: "k", kind: "book", title: "T", authors: "Doe, Jane", publisher: "OUP", published: "2019"))
        #expect(book.contains("  publisher = {OUP},\n"), "\(book)")
    }

    @Test("the CSL type and genre choose the BibTeX type: a conference paper is @inproceedings in its proceedings, a master's thesis @mastersthesis, a genre is BibTeX's type; a report's or thesis's container is in the note, a book's is its series")
    func bibTeXFromCSLTypes() {
        let paper = BibTeXExport.entry(Source(
            key: "c", kind: "journal-article", title: "T", authors: "Doe, Jane", publisher: "ACM", published: "2019",
            csl: #"{"type":"paper-conference","container-title":"Proceedings of X","page":"1-9"}"#))
        #expect(paper == "@inproceedings{c,\n  author = {Doe, Jane},\n  title = {{T}},\n  booktitle = {Proceedings of X},\n  pages = {1--9},\n  publisher = {ACM},\n  year = {2019}\n}\n")
        // The kind changed since the CSL record was loaded: the kind wins, as in the CSL-JSON export.
        let changed = BibTeXExport.entry(Source(key: "c2", kind: "report", title: "T", publisher: "ILO", published: "2019", csl: #"{"type":"paper-conference"}"#))
        #expect(changed.hasPrefix("@techreport{c2,\n"), "\(changed)")
        let masters = BibTeXExport.entry(Source(
            key: "m", kind: "thesis", title: "T", authors: "Doe, Jane", publisher: "University of Oxford", published: "2019",
            csl: #"{"type":"thesis","genre":"M.Sc. dissertation"}"#))
        #expect(masters == "@mastersthesis{m,\n  author = {Doe, Jane},\n  title = {{T}},\n  school = {University of Oxford},\n  type = {M.Sc. dissertation},\n  year = {2019}\n}\n")
        for genre in ["Master's thesis", "Master\u{2019}s thesis", "MA thesis", "Bachelor thesis"] {
            let entry = BibTeXExport.entry(Source(key: "g", kind: "thesis", title: "T", publisher: "U", published: "2019", csl: #"{"genre":"\#(genre)"}"#))
            #expect(entry.hasPrefix("@mastersthesis{g,\n"), "\(genre): \(entry)")
        }
        for genre in ["PhD thesis", "Doctoral dissertation", "Dissertation", "Thèse de doctorat"] {
            let entry = BibTeXExport.entry(Source(key: "g", kind: "thesis", title: "T", publisher: "U", published: "2019", csl: #"{"genre":"\#(genre)"}"#))
            #expect(entry.hasPrefix("@phdthesis{g,\n") && entry.contains("  type = {\(genre)},\n"), "\(genre): \(entry)")
        }
        let report = BibTeXExport.entry(Source(
            key: "r", kind: "report", title: "T", publisher: "ILO", published: "2019", notes: "Revised",
            csl: #"{"genre":"Working paper","container-title":"ILO Working Papers","number":"12"}"#))
        #expect(report == "@techreport{r,\n  author = {{ILO}},\n  title = {{T}},\n  number = {12},\n  institution = {ILO},\n  type = {Working paper},\n  year = {2019},\n  note = {In: ILO Working Papers. Revised}\n}\n")
        #expect(!report.contains("howpublished"), "\(report)")
        let book = BibTeXExport.entry(Source(key: "k", kind: "book", title: "T", publisher: "OUP", published: "2019", csl: #"{"container-title":"Studies in Crime"}"#))
        #expect(book.contains("  series = {Studies in Crime},\n") && !book.contains("howpublished"), "\(book)")
    }

    @Test("a known day and a CSL date range are kept: biblatex date beside year and month, both years at the head of the entry, the range back in CSL-JSON")
    func dateRanges() {
        let day = Source(key: "d", title: "T", publisher: "ILO", published: "2019-05-03")
        #expect(BibTeXExport.entry(day).contains("  year = {2019},\n  month = may,\n  date = {2019-05-03}\n"), "\(BibTeXExport.entry(day))")
        #expect(!BibTeXExport.entry(Source(key: "m", title: "T", publisher: "ILO", published: "2019-05")).contains("date ="))
        let range = Source(key: "r", title: "T", publisher: "ILO", published: "2019-05-03", csl: #"{"issued":{"date-parts":[[2019,5,3],[2020,1]]}}"#)
        #expect(BibTeXExport.entry(range).contains("  year = {2019},\n  month = may,\n  date = {2019-05-03/2020-01}\n"), "\(BibTeXExport.entry(range))")
        #expect(CitationText.full(range) == "ILO (2019-2020). T. 3 May 2019 to January 2020.")
        #expect(CitationText.full(range, yearSuffix: "a").hasPrefix("ILO (2019-2020a). "))
        #expect(CSLExport.item(range)["issued"]?.compact == #"{"date-parts":[[2019,5,3],[2020,1]]}"#)
        let years = Source(key: "y", title: "T", publisher: "ILO", published: "2019", csl: #"{"issued":{"date-parts":[["2019"],["2020"]]}}"#)
        #expect(CitationText.full(years) == "ILO (2019-2020). T.")
        #expect(BibTeXExport.entry(years).contains("  year = {2019},\n  date = {2019/2020}\n"), "\(BibTeXExport.entry(years))")
        // A range within one year: one year at the head, the months after the publisher.
        let months = Source(key: "w", title: "T", publisher: "ILO", published: "2019-05", csl: #"{"issued":{"date-parts":[[2019,5],[2019,7]]}}"#)
        #expect(CitationText.full(months) == "ILO (2019). T. May 2019 to July 2019.")
    }

    @Test("the CSL edition is printed: '2nd ed.' after the title in reference entries, 'Second' in BibTeX", arguments: [
        (#""2""#, "2nd ed.", "Second"), ("2", "2nd ed.", "Second"), (#""1""#, "1st ed.", "First"), ("3", "3rd ed.", "Third"),
        ("11", "11th ed.", "11th"), ("12", "12th ed.", "12th"), ("13", "13th ed.", "13th"), ("21", "21st ed.", "21st"),
        ("22", "22nd ed.", "22nd"), ("103", "103rd ed.", "103rd"), (#""Revised & expanded""#, "Revised & expanded", "Revised \\& expanded"),
        (#""second""#, "second ed.", "second"), (#""2nd""#, "2nd ed.", "2nd"), (#""Second edition""#, "Second edition", "Second edition"),
    ])
    func edition(csl: String, entry: String, bibTeX: String) {
        let source = Source(
            key: "ilo-2024", title: "Profits and Poverty", authors: "International Labour Office",
            publisher: "International Labour Office", published: "2024-03",
            csl: #"{"edition":"# + csl + #","publisher-place":"Geneva"}"#)
        #expect(CitationText.full(source) == "International Labour Office [ILO] (2024). Profits and Poverty (\(entry)). Geneva, March 2024.")
        #expect(BibTeXExport.entry(source).contains("  edition = {\(bibTeX)},\n  address = {Geneva},\n"), "\(BibTeXExport.entry(source))")
        var blog = source
        blog.kind = "blog-post"
        #expect(CitationText.full(blog) == "International Labour Office [ILO] (2024). Profits and Poverty (\(entry)) [Blog post]. Geneva, March 2024.")
    }

    @Test("short labels: organisations by initials, people by family name, statements by their issuer")
    func labels() {
        #expect(CitationText.shortLabel(Source(key: "a", title: "t", authors: "International Labour Office", published: "2005")) == "ILO 2005")
        #expect(CitationText.shortLabel(Source(key: "b", title: "t", authors: "Francis, Kate", published: "2013")) == "Francis 2013")
        #expect(CitationText.shortLabel(Source(key: "c", kind: "statement", title: "t", authors: "Fedotov, Yury",
                                               publisher: "United Nations Office on Drugs and Crime", published: "2012")) == "UNODC 2012")
        #expect(CitationText.shortLabel(Source(key: "d", title: "t", authors: "A, B; Walk Free; C, D", published: nil)) == "A et al. n.d.")
    }

    @Test("reference entries print the CSL details a reader needs to find the work: container, volume, issue, pages, series, number, place, ISBN, contributors")
    func entryDetails() {
        let article = Source(
            key: "a", kind: "journal-article", title: "Counting the hidden", authors: "Doe, Jane", published: "2019-05",
            csl: #"{"container-title":"Crime and Justice","issue":3,"page":"45-67","volume":"12"}"#)
        #expect(CitationText.full(article) == "Doe, Jane (2019). Counting the hidden. In: Crime and Justice, 12(3), 45-67. May 2019.")
        let report = Source(
            key: "r", title: "A global alliance", authors: "International Labour Office", publisher: "International Labour Office",
            published: "2005",
            csl: #"{"ISBN":"92-2-115360-6","collection-title":"Global Report","contributor":[{"literal":"IOM"},{"family":"Gogh","given":"Vincent","non-dropping-particle":"van"}],"event-title":"International Labour Conference, 93rd Session","number":"Report I (B)","publisher-place":"Geneva"}"#)
        #expect(CitationText.full(report) == "International Labour Office [ILO] (2005). A global alliance. Global Report, International Labour Conference, 93rd Session, Report I (B). With IOM and van Gogh, Vincent. Geneva. ISBN 92-2-115360-6.")
        let speech = Source(
            key: "s", kind: "statement", title: "Statement at the thematic debate", authors: "Fedotov, Yury",
            publisher: "UNODC", published: "2012-04-03", csl: #"{"event-title":"thematic debate","number":"No. 5","publisher-place":"Vienna"}"#)
        #expect(CitationText.full(speech) == "UNODC (2012). Statement at the thematic debate [Statement]. Delivered by Yury Fedotov. No. 5. Vienna, 3 April 2012.")
        #expect(CitationText.full(Source(key: "p", title: "Plain", publisher: "P", published: "2020")) == "P (2020). Plain.")
    }

    @Test("JSON text round-trips through JSONTree with order and numbers kept")
    func jsonTree() throws {
        let text = #"{"b":[1,2.50,"x\"\u00e9\n"],"a":{"c":null,"d":true}}"#
        let tree = try JSONTree.parse(text)
        #expect(tree.compact == #"{"b":[1,2.50,"x\"é\n"],"a":{"c":null,"d":true}}"#)
        #expect(throws: JSONTree.ParseError.self) { try JSONTree.parse("{\"a\":}") }
    }
}
