import Foundation
import Testing

/// A sources CSV of `key,title,authors` that corrects a chapter's authors deleted the editors of
/// its book, which its CSL-JSON item had given (`sources.csl`): the CSV has no column for them, and
/// columns a file does not have keep their stored values. Editors that stood in for absent
/// authors are the authors column, and are what such a file corrects.
@Suite("A sources CSV that changes a chapter's authors keeps the book's editors (built binary)")
struct ChapterEditorsKeptTests {
    static let chapter = """
        [{"id":"oz-2019","type":"chapter","title":"Trafficking along the Balkan route","author":[{"family":"Özdemir","given":"Çağla"},{"family":"Wang","given":"Xiaoming"}],\
        "editor":[{"family":"Winterdyk","given":"John"},{"family":"Jones","given":"Jackie"}],"container-title":"The Palgrave International Handbook of Human Trafficking",\
        "publisher":"Palgrave Macmillan","issued":{"date-parts":[[2019]]}}]
        """

    @Test("the reference keeps In: Winterdyk, John and Jones, Jackie (eds.), csl its editors and the new author, and CSL-JSON gives both back")
    func editorsKept() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.chapter.utf8).write(to: dir.appendingPathComponent("refs.json"))
            try Data("key,title,authors\noz-2019,Trafficking along the Balkan route,\"Özdemir, Çağla\"\n".utf8).write(to: dir.appendingPathComponent("fix.csv"))
            #expect(try Tipdb.run(["ingest", "refs.json"], in: dir).status == 0)
            let fix = try Tipdb.run(["ingest", "fix.csv"], in: dir)
            #expect(fix.status == 0, "\(fix.stderr)")
            #expect(fix.stdout.contains("fix.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected (batch 2)"), "\(fix.stdout)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == "# Sources\n\n- Özdemir, Çağla (2019). Trafficking along the Balkan route. In: Winterdyk, John and Jones, Jackie (eds.), "
                + "The Palgrave International Handbook of Human Trafficking. Palgrave Macmillan. (key: oz-2019)\n", "\(list.stdout)")
            let csl = try Tipdb.run(["sql", "--format", "csv", "SELECT authors, csl FROM sources"], in: dir)
            #expect(csl.stdout == "authors,csl\r\n\"Özdemir, Çağla\",\"{\"\"author\"\":[{\"\"family\"\":\"\"Özdemir\"\",\"\"given\"\":\"\"Çağla\"\"}],"
                + "\"\"container-title\"\":\"\"The Palgrave International Handbook of Human Trafficking\"\",\"\"editor\"\":[{\"\"family\"\":\"\"Winterdyk\"\","
                + "\"\"given\"\":\"\"John\"\"},{\"\"family\"\":\"\"Jones\"\",\"\"given\"\":\"\"Jackie\"\"}]}\"\r\n", "\(csl.stdout)")
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("  author = {Özdemir, Çağla},\n"), "\(bib.stdout)")
            #expect(bib.stdout.contains("  editor = {Winterdyk, John and Jones, Jackie},\n"), "\(bib.stdout)")
            // Exported and loaded again, the source is unchanged.
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "back.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let back = try Tipdb.run(["ingest", "back.json"], in: dir)
            #expect(back.stdout.contains("back.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)"), "\(back.stdout)")
        }
    }

    @Test("an edited book's editors, which are its authors column, are what a CSV's authors replace")
    func standInEditorsReplaced() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id":"hb-2019","type":"book","title":"Handbook","editor":[{"family":"Winterdyk","given":"John"}],"publisher":"Palgrave Macmillan","issued":{"date-parts":[[2019]]}}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            try Data("key,title,authors\nhb-2019,Handbook,\"Jones, Jackie\"\n".utf8).write(to: dir.appendingPathComponent("fix.csv"))
            #expect(try Tipdb.run(["ingest", "refs.json"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "fix.csv"], in: dir).status == 0)
            let csl = try Tipdb.run(["sql", "--format", "csv", "SELECT authors, csl FROM sources"], in: dir)
            #expect(csl.stdout == "authors,csl\r\n\"Jones, Jackie\",\r\n", "\(csl.stdout)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == "# Sources\n\n- Jones, Jackie (2019). Handbook. Palgrave Macmillan. (key: hb-2019)\n", "\(list.stdout)")
        }
    }
}
