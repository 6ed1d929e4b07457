import Foundation
import Storage
import Testing

@Suite("tipdb search keeps one result to its lines whatever the stored text holds")
struct SearchLayoutTests {
    /// A database whose sources, studies and figures hold line breaks, tabs, escape sequences and
    /// a bidirectional control in every text field search prints: titles, keys, the figure's form
    /// (part of its title line), and the columns excerpts come from.
    private func makeDatabase(in dir: URL) throws {
        let sources = #"""
            [{"id": "zebra-source", "type": "report",
              "title": "Zebra counts:\nline two\tand \u001b[31mred\u001b[0m",
              "publisher": "Okapi\r\nHouse", "note": "tapir notes\n  second line"}]
            """#
        let studies = "key,title,source,method,period,places,population,sample_size,summary\n"
            + "zebra-study,\"Zebra study\nsecond line\",zebra-source,,2020,WLD,\"okapi pop\tadults\",,\"tapir summary\nmore\u{07} text\"\n"
        let figures = "key,measure,value,unit,place,period,form,source,quote,notes\n"
            + "zebra-figure,forced-labour,5,persons,WLD,2020,\"sexual\nexploitation\",zebra-source,"
            + "\"zebra quote\r\nnext line\",\"tapir note \u{202E}reversed\"\n"
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.json"))
        try Data(studies.utf8).write(to: dir.appendingPathComponent("studies.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "studies.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        // Ingest stores a form from its vocabulary ("sexual\nexploitation" as sexual-exploitation)
        // and refuses a key holding a control character; another program may store any text
        // there, and search prints it on one line all the same.
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute("UPDATE figures SET key = ?, form = ? WHERE key = ?", ["zebra\tfigure", "sexual\nexploitation", "zebra-figure"])
    }

    @Test("every text field of every index prints on its result's line: breaks and tabs as one space, other controls as \\u{...}")
    func controlCharacters() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let expected: [(query: [String], stdout: String)] = [
                (["zebra", "--kind", "sources"], """
                    source  zebra-source  Zebra counts: line two and \\u{1B}[31mred\\u{1B}[0m
                        [Zebra] counts: line two and \\u{1B}[31mred\\u{1B}[0m
                    (1 result)

                    """),
                (["okapi", "--kind", "sources"], """
                    source  zebra-source  Zebra counts: line two and \\u{1B}[31mred\\u{1B}[0m
                        [Okapi] House
                    (1 result)

                    """),
                (["tapir", "--kind", "sources"], """
                    source  zebra-source  Zebra counts: line two and \\u{1B}[31mred\\u{1B}[0m
                        [tapir] notes second line
                    (1 result)

                    """),
                (["okapi", "--kind", "studies"], """
                    study  zebra-study  Zebra study second line
                        [okapi] pop adults
                    (1 result)

                    """),
                (["tapir", "--kind", "studies"], """
                    study  zebra-study  Zebra study second line
                        [tapir] summary more\\u{7} text
                    (1 result)

                    """),
                (["zebra", "--kind", "figures"], """
                    figure  zebra figure  forced-labour (Forced labour), WLD (World), 2020 (sexual exploitation): 5 — Okapi House n.d.
                        [zebra] quote next line
                    (1 result)

                    """),
                (["tapir", "--kind", "figures"], """
                    figure  zebra figure  forced-labour (Forced labour), WLD (World), 2020 (sexual exploitation): 5 — Okapi House n.d.
                        [tapir] note \\u{202E}reversed
                    (1 result)

                    """),
            ]
            for (query, stdout) in expected {
                let result = try Tipdb.run(["search"] + query, in: dir)
                #expect(result.status == 0, "\(query): \(result.stderr)")
                #expect(result.stdout == stdout, "\(query)")
            }
            // All three kinds at once: every line is a result, an indented excerpt or the count.
            let all = try Tipdb.run(["search", "zebra OR okapi OR tapir"], in: dir)
            let lines = all.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 7, "\(all.stdout)")
            #expect(lines.allSatisfy { $0.hasPrefix("source  ") || $0.hasPrefix("study  ") || $0.hasPrefix("figure  ") || $0.hasPrefix("    [") || $0 == "(3 results)" }, "\(all.stdout)")
            #expect(!all.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(all.stdout)")
        }
    }
}
