import Foundation
import Storage
import Testing

/// `tipdb search` listed Francis 2013's 2.4 million, which repeats UNODC 2012's (itself ILO 2005's
/// "at least 2.45 million" repeated), as though it were the world's own independent figure, with
/// no source and nothing to say it was a repeat (review of session 37). Each figure result now
/// names its source as briefs cite it and, for a repeat, the figure it repeats and whose that is.
@Suite("tipdb search names each figure's source and the figure a repeat repeats (built binary)")
struct SearchRepeatTests {
    static let title = "trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004"
    /// ILO 2005's own figure, the first of the chain.
    static let ilo = "figure  ilo-2005-trafficked-wld  \(title): at least 2.45 million — ILO 2005"
    /// UNODC 2012's statement repeating ILO 2005: an organisation's label.
    static let unodc = "figure  unodc-2012-trafficked-wld  \(title): 2.4 million — UNODC 2012, repeating ilo-2005-trafficked-wld (ILO 2005)"
    /// What lineage flags of UNODC 2012's repeat, which the result's title ends with (`SearchRepeatFlagTests`).
    static let unodcFlag = "; FLAG: UNODC 2012 changes what it repeats from ILO 2005: the range (none given, not at least 2.45 million)"
    /// Francis 2013 repeating UNODC 2012: an author's label, and the second repeat of the chain.
    static let francis = "figure  francis-2013-trafficked-wld  \(title): 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)"

    /// The figure lines of `tipdb search --kind figures 2.4 million` in `dir` (exit 0).
    private func figureLines(in dir: URL) throws -> [String] {
        let result = try Tipdb.run(["search", "--kind", "figures", "2.4", "million"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("figure  ") }
    }

    /// Runs SQL on the database in `dir` with foreign keys off, as another program may write it.
    private func write(_ sql: String, in dir: URL) throws {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
        defer { db.close() }
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.execute(sql)
    }

    @Test("the Fixtures' chain: ILO 2005's own figure shows only its source; UNODC 2012 and Francis 2013 each the figure they repeat and whose it is")
    func chainOfTwoRepeats() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", "2.4", "million"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            // ILO 2005's 2.45 million, which rounds to 2.4 million, first: the figure the others
            // repeat, then UNODC 2012's repeat of it and Francis 2013's of UNODC's
            // (`SearchFigureOrderTests`); each keeps its text excerpt.
            #expect(Array(lines.prefix(6)) == [
                Self.ilo, "    …The origin of the '[2.4] [million]' later attributed to the United…",
                Self.unodc + Self.unodcFlag, "    …Stated as [2.4] [million] people trafficked 'at any one time'.",
                Self.francis, "    the number of trafficked persons in the world – [2.4] [million] according…",
            ], "\(result.stdout)")
            // Sources and studies keep their titles: whose they are is what they are.
            #expect(lines.contains("source  francis-2013-shaking-up  Shaking up Global Fight to End Human Trafficking"), "\(result.stdout)")
        }
    }

    @Test("--json: source, sourceLabel and repeats {key, source, sourceLabel}, repeats left out for an own figure; the title as the text output writes it")
    func json() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", "--json", "--kind", "figures", "2.4", "million"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let results = object?["results"] as? [[String: Any]] ?? []
            let figures = results.reduce(into: [String: [String: Any]]()) {
                if let key = $1["key"] as? String { $0[key] = $1["figure"] as? [String: Any] }
            }
            let own = try #require(figures["ilo-2005-trafficked-wld"], "\(result.stdout)")
            #expect(own["source"] as? String == "ilo-2005-global-alliance")
            #expect(own["sourceLabel"] as? String == "ILO 2005")
            #expect(own["repeats"] == nil)
            let francis = try #require(figures["francis-2013-trafficked-wld"])
            #expect(francis["source"] as? String == "francis-2013-shaking-up")
            #expect(francis["sourceLabel"] as? String == "Francis 2013")
            #expect(francis["repeats"] as? [String: String] == [
                "key": "unodc-2012-trafficked-wld", "source": "unodc-2012-fedotov-statement", "sourceLabel": "UNODC 2012",
            ])
            #expect(results.first { $0["key"] as? String == "francis-2013-trafficked-wld" }?["title"] as? String
                == String(Self.francis.dropFirst("figure  francis-2013-trafficked-wld  ".count)))
            // Typed members, keys sorted, as the rest of the document.
            #expect(result.stdout.contains(
                "\"repeats\": {\n          \"key\": \"unodc-2012-trafficked-wld\",\n          \"source\": \"unodc-2012-fedotov-statement\",\n"
                    + "          \"sourceLabel\": \"UNODC 2012\"\n        },\n"), "\(result.stdout)")
        }
    }

    @Test("a source without a label (written by another program): its key, in the text and in what repeats it; sourceLabel left out")
    func unlabelledSource() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try write("DELETE FROM source_labels WHERE source = 'unodc-2012-fedotov-statement'", in: dir)
            let lines = try figureLines(in: dir)
            #expect(lines.count == 3 && lines.first == Self.ilo, "\(lines)")
            #expect(lines.dropFirst().first?.hasPrefix(
                "figure  unodc-2012-trafficked-wld  \(Self.title): 2.4 million — unodc-2012-fedotov-statement, repeating ilo-2005-trafficked-wld (ILO 2005); FLAG: ") == true,
                "\(lines)")
            #expect(lines.last == "figure  francis-2013-trafficked-wld  \(Self.title): 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (unodc-2012-fedotov-statement)")
            let result = try Tipdb.run(["search", "--json", "--kind", "figures", "2.4", "million"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let figures = (object?["results"] as? [[String: Any]] ?? []).reduce(into: [String: [String: Any]]()) {
                if let key = $1["key"] as? String { $0[key] = $1["figure"] as? [String: Any] }
            }
            let unodc = try #require(figures["unodc-2012-trafficked-wld"], "\(result.stdout)")
            #expect(unodc["source"] as? String == "unodc-2012-fedotov-statement" && unodc["sourceLabel"] == nil)
            #expect(figures["francis-2013-trafficked-wld"]?["repeats"] as? [String: String] == [
                "key": "unodc-2012-trafficked-wld", "source": "unodc-2012-fedotov-statement",
            ])
        }
    }

    @Test("a repeat of a figure no longer in the database: (retracted) when tipdb retract withdrew it, else (not in the database); the retracted figure itself is not listed")
    func citedFigureGone() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // What ingest and retract never leave, but another program's writes can: Francis 2013
            // citing a figure that was retracted.
            try write("UPDATE figures SET cites = NULL WHERE key = 'francis-2013-trafficked-wld'", in: dir)
            let retract = try Tipdb.run(["retract", "unodc-2012-trafficked-wld", "--reason", "a test of a repeat left behind"], in: dir)
            #expect(retract.status == 0, "\(retract.stderr)")
            try write("UPDATE figures SET cites = 'unodc-2012-trafficked-wld' WHERE key = 'francis-2013-trafficked-wld'", in: dir)
            let retracted = "figure  francis-2013-trafficked-wld  \(Self.title): 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (retracted)"
            #expect(try figureLines(in: dir) == [Self.ilo, retracted])

            let json = try Tipdb.run(["search", "--json", "--kind", "figures", "\"according to the United Nations\""], in: dir)
            #expect(json.stdout.contains("\"repeats\": {\n          \"key\": \"unodc-2012-trafficked-wld\",\n          \"retracted\": true\n        },\n"),
                "\(json.stdout)")

            // Gone without a retraction (deleted with foreign keys off).
            try write("DELETE FROM figure_retractions WHERE figure = 'unodc-2012-trafficked-wld'", in: dir)
            #expect(try figureLines(in: dir) == [
                Self.ilo,
                "figure  francis-2013-trafficked-wld  \(Self.title): 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (not in the database)",
            ])
        }
    }

    @Test("a database of an older schema (before m0023's source_labels) is refused, as by the other commands that need the current schema: exit 2, what to run")
    func olderSchema() throws {
        try withTemporaryDirectory { dir in
            _ = try OlderSchemaReadTests.olderDatabase(in: dir)
            let message = "old.sqlite: schema version 17 is older than this tipdb's (\(Migration.latestVersion)); back it up first with "
                + "`tipdb backup --db old.sqlite DEST` (a migration cannot be undone), then run `tipdb migrate --db old.sqlite`"
            let result = try Tipdb.run(["search", "--db", "old.sqlite", "2.4", "million"], in: dir)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tipdb: error: \(message)\n")
            let json = try Tipdb.run(["search", "--db", "old.sqlite", "--json", "2.4", "million"], in: dir)
            #expect(json.status == 2)
            let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(document?["error"] as? String == message && document?["exitCode"] as? Int == 2, "\(json.stdout)")
        }
    }
}
