import Foundation
import Testing

/// `tipdb search --json`: scripts and notebooks read results as data, decoded here as a script
/// would, values asserted one by one.
@Suite("tipdb search --json: the query, results with typed figure fields and match offsets, notes and --limit (built binary)")
struct SearchJSONTests {
    struct Document: Decodable {
        var query: String
        var searched: String
        var readAsPlainWords: Bool
        var results: [Result]
        var notes: [String]
        var limit: Int
        var limitReached: Bool
    }

    struct Result: Decodable {
        var kind: String
        var key: String
        var title: String
        var excerpt: String?
        var matches: [Match]
        var figure: Figure?
    }

    struct Match: Decodable, Equatable {
        var start: Int
        var end: Int
    }

    struct Figure: Decodable {
        var measure: String
        var measureLabel: String?
        var place: String
        var placeName: String?
        var period: String
        var periodStart: String
        var periodEnd: String
        var sex: String
        var ageGroup: String
        var form: String?
        var value: Value?
        var text: String
        var censored: Bool
        var low: Double?
        var high: Double?
        var ciLevel: Double?
        var unit: String
        var source: String
        var sourceLabel: String?
        var repeats: Repeated?
    }

    struct Repeated: Decodable, Equatable {
        var key: String
        var source: String?
        var sourceLabel: String?
        var retracted: Bool?
    }

    /// A number, or text (a censored count, `"<5"`).
    enum Value: Decodable, Equatable {
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    /// The Fixtures, two figures for Nigeria (one censored, one with a 95 % interval, for girls),
    /// and a Japanese source.
    private func database(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        try Data("""
            [{"id": "npa-2019", "type": "report", "title": "日本の人身取引 [速報] 2019", "publisher": "警察庁"}]
            """.utf8).write(to: dir.appendingPathComponent("jp.json"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,sex,age_group,source,method
            ng-detected-2019,detected-trafficking-victims,<5,,,,persons,NGA,2019,total,total,ilo-2005-global-alliance,detected
            ng-forced-labour-2021,forced-labour,30000,20000,41000,95,persons,NGA,2021,female,children,ilo-2005-global-alliance,estimated

            """.utf8).write(to: dir.appendingPathComponent("nigeria.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "jp.json", "nigeria.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func search(_ arguments: [String], in dir: URL) throws -> (Document, ProcessResult) {
        let result = try Tipdb.run(["search", "--json"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
        return (document, result)
    }

    @Test("a measure and a place: the figures' fields as typed values, a censored count as the brief gives it")
    func measureAndPlace() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let (document, result) = try search(["forced labour in Nigeria"], in: dir)
            #expect(document.query == "forced labour in Nigeria" && document.searched == "forced labour in Nigeria" && !document.readAsPlainWords)
            let first = try #require(document.results.first, "\(result.stdout)")
            #expect(first.kind == "figure" && first.key == "ng-forced-labour-2021")
            #expect(first.title == "forced-labour (Forced labour), NGA (Nigeria), 2021 (female, children): 30,000 (20,000 to 41,000, 95% interval) — ILO 2005")
            #expect(first.excerpt == "its measure is Forced labour and its place is Nigeria")
            #expect(first.matches == [Match(start: 15, end: 28), Match(start: 46, end: 53)])
            let figure = try #require(first.figure)
            #expect(figure.measure == "forced-labour" && figure.measureLabel == "Forced labour")
            #expect(figure.place == "NGA" && figure.placeName == "Nigeria")
            #expect(figure.period == "2021" && figure.periodStart == "2021" && figure.periodEnd == "2021")
            #expect(figure.sex == "female" && figure.ageGroup == "children" && figure.form == nil)
            #expect(figure.value == .number(30000) && !figure.censored && figure.unit == "persons")
            #expect(figure.low == 20000 && figure.high == 41000 && figure.ciLevel == 0.95)
            #expect(figure.source == "ilo-2005-global-alliance" && figure.sourceLabel == "ILO 2005" && figure.repeats == nil)
            // Numbers are JSON numbers, not text.
            #expect(result.stdout.contains("\"value\": 30000") && result.stdout.contains("\"ciLevel\": 0.95"), "\(result.stdout)")

            let (place, _) = try search(["nigeria", "--kind", "figures"], in: dir)
            let censored = try #require(place.results.first { $0.key == "ng-detected-2019" }?.figure, "\(place)")
            // As the brief gives it: no value, the bounds 1 and 4, `<5` in words.
            #expect(censored.value == nil && censored.censored && censored.low == 1 && censored.high == 4 && censored.text == "<5")
        }
    }

    @Test("a word inside Japanese text: the excerpt without brackets, the match by code point offsets, brackets of the text kept")
    func unspacedWord() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let (document, result) = try search(["人身"], in: dir)
            #expect(document.results.count == 1 && !document.limitReached, "\(result.stdout)")
            let hit = try #require(document.results.first)
            #expect(hit.kind == "source" && hit.key == "npa-2019" && hit.figure == nil)
            #expect(hit.excerpt == "日本の人身取引 [速報] 2019")
            #expect(hit.matches == [Match(start: 3, end: 5)])
            let text = try #require(hit.excerpt)
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[3..<5])) == "人身")
            // The text output brackets the match, and shows the stored brackets as they are.
            let plain = try Tipdb.run(["search", "人身"], in: dir)
            #expect(plain.stdout.contains("    日本の[人身]取引 [速報] 2019\n"), "\(plain.stdout)")
        }
    }

    @Test("a query that is not FTS5 syntax: searched as plain words, said in readAsPlainWords and notes, and on standard error")
    func plainWords() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            // A number with a decimal point is no FTS5 syntax gone wrong: searched as plain words, with no note.
            let (document, result) = try search(["2.4", "million"], in: dir)
            #expect(document.query == "2.4 million")
            #expect(document.searched == "\"2.4\" \"million\"" && document.readAsPlainWords)
            #expect(document.notes.isEmpty && result.stderr.isEmpty, "\(document.notes) \(result.stderr)")
            let (dollars, dollarsResult) = try search(["US$32", "billion"], in: dir)
            #expect(dollars.notes.count == 1 && dollars.notes[0].hasPrefix("read as plain words, \"US$32\" \"billion\", since the query is not FTS5 syntax ("), "\(dollars.notes)")
            #expect(dollarsResult.stderr == "note: \(dollars.notes[0])\n", "\(dollarsResult.stderr)")
            #expect(document.results.contains { $0.key == "francis-2013-trafficked-wld" && $0.kind == "figure" }, "\(result.stdout)")
            let francis = try #require(document.results.first { $0.key == "francis-2013-trafficked-wld" })
            let excerpt = try #require(francis.excerpt)
            let scalars = Array(excerpt.unicodeScalars)
            // Each match is one of the words searched.
            #expect(!francis.matches.isEmpty)
            for match in francis.matches {
                #expect(["2.4", "million", "2", "4"].contains(String(String.UnicodeScalarView(scalars[match.start..<match.end])).lowercased()), "\(excerpt) \(match)")
            }
            #expect(francis.figure?.value == .number(2_400_000) && francis.figure?.period == "1995-2004")
        }
    }

    @Test("no result: an empty list, exit 0; --limit: limitReached when more match")
    func emptyAndLimited() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let (none, result) = try search(["nosuchwordanywhere"], in: dir)
            // One word that finds nothing is named in a note (session 51).
            #expect(none.results.isEmpty && !none.limitReached && none.limit == 20)
            #expect(none.notes == ["no source, study or figure has the word \"nosuchwordanywhere\""], "\(none.notes)")
            #expect(result.stdout.contains("\"results\": []"), "\(result.stdout)")

            let (cut, _) = try search(["labour", "--limit", "1"], in: dir)
            #expect(cut.results.count == 1 && cut.limitReached && cut.limit == 1)
            let (all, _) = try search(["labour", "--limit", "1000"], in: dir)
            #expect(all.results.count > 1 && !all.limitReached)
            #expect(all.results.first?.key == cut.results.first?.key)
        }
    }

    @Test("a column no index has: a usage error as one JSON object, exit 64")
    func usageError() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let result = try Tipdb.run(["search", "--json", "colour:red"], in: dir)
            #expect(result.status == 64)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect((object["error"] as? String)?.hasPrefix("no search index has a column named colour") == true, "\(result.stdout)")
            #expect(object["exitCode"] as? Int == 64)
        }
    }

    /// The document byte for byte on the Fixtures: a figure's source, label and the figure it
    /// repeats come from the one read of the sources the titles make (session 39: the document
    /// read them a second time), and the golden was written by the build before that change.
    @Test("the document on the Fixtures is the golden's, byte for byte: figures with their sources and a repeat, --limit reached, --kind")
    func fixturesGolden() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            var transcript = ""
            for args in ["--limit 12 trafficking", "2.4 million", "--kind figures --limit 3 forced labour in Nigeria", "--kind sources ILO"] {
                let result = try Tipdb.run(["search", "--json"] + args.split(separator: " ").map(String.init), in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                transcript += "=== search --json \(args)\n" + result.stdout
            }
            try expectGolden(transcript, "search-fixtures.json.txt")
        }
    }
}
