import Foundation
import Testing

/// A figure's quote, the words of its source that give the number, is shown in the Markdown and
/// HTML briefs as the end of the figure's note under its table, whole and escaped, as JSON and
/// CSV give it in their `quote` field.
@Suite("Markdown and HTML briefs show each figure's quote in its note (built binary)")
struct BriefQuoteTests {
    @Test("the Fixtures' Francis 2013 quote, the words that show the number lost its source, in the Markdown brief")
    func francis() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--measure", "trafficking-victims", "--date", "2026-12-03"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let francis = [
                "- b. Secondary citation: repeats the UNODC statement of April 2012, which repeats the ILO 2005 ",
                "minimum estimate of 2.45 million; reference period 1995-2004, not 2013. In the source's words: \"the number of ",
                "trafficked persons in the world – 2.4 million according to the United Nations\"\n",
            ].joined()
            #expect(brief.stdout.contains(francis), "\(brief.stdout)")
            let unodc = "Stated as 2.4 million people trafficked 'at any one time'. In the source's words: \"at any one time\"\n"
            #expect(brief.stdout.contains(unodc))
        }
    }

    @Test("a quote with a locator: the locator in the citation, the quote in the note, escaped for Markdown and HTML")
    func escaped() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nrep-2021,report,Forced marriage in Niger,Example NGO,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method,locator,quote,notes
                ner-fm,forced-marriage,7000,persons,NER,2020,rep-2021,estimated,"p. 12, table 3",seven thousand *women* <forced> to marry & more,
                ner-fm-2019,forced-marriage,2000,persons,NER,2019,rep-2021,estimated,p. 13,two thousand,Survey round 1

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let markdown = try Tipdb.run(["report", "brief", "--date", "2026-12-03"], in: dir)
            let row = "| Forced marriage | Niger | 7,000 |  | 2020 | Example NGO 2021 [1, p. 12, table 3] | a |\n"
            #expect(markdown.stdout.contains(row), "\(markdown.stdout)")
            let keyNote = "- a. In the source's words: \"seven thousand \\*women\\* \\<forced\\> to marry & more\"\n"
            #expect(markdown.stdout.contains(keyNote), "\(markdown.stdout)")
            // The figures table letters its notes in its own order: 2019 first.
            let tableNotes = "- a. Survey round 1. In the source's words: \"two thousand\"\n- b. In the source's words: "
                + "\"seven thousand \\*women\\* \\<forced\\> to marry & more\"\n"
            #expect(markdown.stdout.contains(tableNotes), "\(markdown.stdout)")

            let html = try Tipdb.run(["report", "brief", "--format", "html", "--date", "2026-12-03"], in: dir)
            let note = "<li id=\"figures-forced-marriage-note-b\">In the source&#39;s words: &quot;seven thousand "
                + "*women* &lt;forced&gt; to marry &amp; more&quot; <a class=\"back\" href=\"#figures-forced-marriage-note-b-cite\" "
                + "aria-label=\"Back to the first row with note b\">Back to table</a></li>"
            #expect(html.stdout.contains(note), "\(html.stdout)")
            // JSON keeps the quote in its own field, as it was.
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-03"], in: dir)
            #expect(json.stdout.contains("\"quote\": \"seven thousand *women* <forced> to marry & more\""), "\(json.stdout)")
        }
    }
}
