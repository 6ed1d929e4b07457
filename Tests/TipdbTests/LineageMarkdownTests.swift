import Foundation
import Testing

/// `report lineage --format md` was the terminal text under another name: details indented under
/// each key (one paragraph once rendered) and data unescaped. Markdown now has a heading, a list
/// item per figure with its details under it, escaped data and section headings; the default,
/// `text`, is the layout it was.
@Suite("report lineage: text by default, real Markdown with --format md (built binary)")
struct LineageMarkdownTests {
    @Test("md: heading, list items, escaped quote, references as paragraphs; text unchanged and the default")
    func markdown() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let key = "francis-2013-trafficked-wld"
            let text = try Tipdb.run(["report", "lineage", key], in: dir)
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.hasPrefix("\(key)\n  2.4 million: Victims of trafficking in persons (estimated), World, reference period 1995-2004\n"), "\(text.stdout)")
            #expect(text.stdout.contains("\nrepeats unodc-2012-trafficked-wld\n") && text.stdout.contains("\nReferences:\n[1] "), "\(text.stdout)")
            #expect(try Tipdb.run(["report", "lineage", key, "--format", "text"], in: dir).stdout == text.stdout)

            let md = try Tipdb.run(["report", "lineage", key, "--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.hasPrefix("# Lineage of \(key)\n\n- **\(key)**\n  - 2.4 million: Victims of trafficking in persons (estimated), World, reference period 1995-2004\n"), "\(md.stdout)")
            #expect(md.stdout.contains("\n- repeats **unodc-2012-trafficked-wld**\n"), "\(md.stdout)")
            #expect(md.stdout.contains("\n## References\n\n[1] ") && md.stdout.contains("\n\n[2] "), "\(md.stdout)")
            #expect(try Tipdb.run(["report", "lineage", key, "--format", "markdown"], in: dir).stdout == md.stdout)
        }
    }

    @Test("md escapes what a figure's quote holds; text prints it as stored")
    func escaping() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let figures = """
                key,measure,value,place,period,source,quote
                esc-1,forced-labour,100,NGA,2019,ilo-2005-global-alliance,"victims_under *18* in #Nigeria"

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("esc.csv"))
            let load = try Tipdb.run(["ingest", "esc.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let md = try Tipdb.run(["report", "lineage", "esc-1", "--format", "md"], in: dir)
            #expect(md.stdout.contains("  - \"victims\\_under \\*18\\* in \\#Nigeria\"\n"), "\(md.stdout)")
            let text = try Tipdb.run(["report", "lineage", "esc-1"], in: dir)
            #expect(text.stdout.contains("  \"victims_under *18* in #Nigeria\"\n"), "\(text.stdout)")
        }
    }
}
