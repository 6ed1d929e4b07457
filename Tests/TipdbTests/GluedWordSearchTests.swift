import Foundation
import Testing

/// `tipdb search 2019` and `ILO` in Chinese and Japanese text, which writes years, numbers and
/// acronyms against the characters (`2019年の被害者`, `ＩＬＯ報告`): the index keeps them as one word.
@Suite("tipdb search finds Latin words and digits written against Chinese or Japanese text (built binary)")
struct GluedWordSearchTests {
    /// Figures whose quotes and notes write a year, a count and an acronym against Japanese and
    /// Chinese characters, citing a source of the Fixtures.
    static let gluedFigures = "key,measure,value,unit,place,period,source,quote,notes\n"
        + "jp-2019,detected-trafficking-victims,10,persons,JPN,2019,ilo-2005-global-alliance,日本の人身取引 2019年の被害者,警察庁の統計\n"
        + "jp-ilo,detected-trafficking-victims,11,persons,JPN,2020,ilo-2005-global-alliance,ＩＬＯ報告によると被害者は増えた,\n"
        + "cn-1200,trafficking-offences,1200,cases,CHN,2019,ilo-2005-global-alliance,全国共破获拐卖妇女儿童案件1200起,被害者2019年\n"

    /// The Fixtures, and with `glued` the figures above too.
    private func makeDatabase(in dir: URL, glued: Bool) throws {
        try makeFixtureDatabase(in: dir)
        guard glued else { return }
        try Data(Self.gluedFigures.utf8).write(to: dir.appendingPathComponent("glued.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "glued.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// Each query's command, standard output, standard error and exit code, one after another.
    private func transcript(_ queries: [[String]], in dir: URL) throws -> String {
        try queries.map { query in
            let result = try Tipdb.run(["search"] + query, in: dir)
            return "$ tipdb search \(query.joined(separator: " "))\n\(result.stdout)\(result.stderr)exit \(result.status)\n"
        }.joined()
    }

    @Test("a year, a count or an acronym written against the characters is found by the word alone")
    func gluedWordsFound() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, glued: true)
            let expected: [(query: [String], stdout: String)] = [
                (["--kind", "figures", "--", "quote:2019"], """
                    figure  jp-2019  detected-trafficking-victims (Detected victims of trafficking), JPN (Japan), 2019: 10 — ILO 2005
                        日本の人身取引 [2019年の被害者]
                    (1 result)

                    """),
                (["--kind", "figures", "notes:2019", "被害者"], """
                    figure  cn-1200  trafficking-offences (Offences of trafficking in persons), CHN (China), 2019: 1,200 cases — ILO 2005
                        [被害者]2019年
                    (1 result)

                    """),
                (["--kind", "figures", "1200"], """
                    figure  cn-1200  trafficking-offences (Offences of trafficking in persons), CHN (China), 2019: 1,200 cases — ILO 2005
                        [全国共破获拐卖妇女儿童案件1200起]
                    (1 result)

                    """),
                (["--kind", "figures", "ＩＬＯ", "NOT", "Method"], """
                    figure  jp-ilo  detected-trafficking-victims (Detected victims of trafficking), JPN (Japan), 2020: 11 — ILO 2005
                        [ＩＬＯ報告によると被害者は増えた]
                    (1 result)

                    """),
                (["--kind", "figures", "ilo", "被害者"], """
                    figure  jp-ilo  detected-trafficking-victims (Detected victims of trafficking), JPN (Japan), 2020: 11 — ILO 2005
                        ＩＬＯ報告によると[被害者]は増えた
                    (1 result)

                    """),
            ]
            for (query, stdout) in expected {
                let result = try Tipdb.run(["search"] + query, in: dir)
                #expect(result.status == 0, "\(query): \(result.stderr)")
                #expect(result.stdout == stdout, "\(query)")
                #expect(result.stderr == "", "\(query)")
            }
            // The Latin text of the Fixtures is still found, and ranked, as before: the glued figure comes with it.
            let ilo = try Tipdb.run(["search", "--kind", "figures", "--limit", "50", "ILO"], in: dir)
            #expect(ilo.stdout.contains("figure  jp-ilo  "), "\(ilo.stdout)")
            #expect(ilo.stdout.hasSuffix("(10 results)\n"), "\(ilo.stdout)")
        }
    }

    /// Generated with the binary of the commit before this change (8c9771f): a Latin query whose
    /// words no text holds against unspaced characters prints what it printed, byte for byte.
    @Test("Latin queries print, byte for byte, what they printed before words against unspaced text were found")
    func latinUnchanged() throws {
        let latin: [[String]] = [
            ["people"], ["forced", "labour"], ["\"forced labour\""], ["--", "labour", "-forced"], ["quote:time OR title:labour"],
            ["forc*"], ["^Method"], ["NEAR(forced labour)"], ["2005"], ["US$32"], ["2.4"], ["UNODC OR Walk"],
            ["forced labour NOT marriage"], ["{title notes}:labour"], ["--kind", "studies", "trafficking"],
            ["--limit", "50", "estimate"], ["-11"],
        ]
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, glued: false)
            // Words that the glued figures hold against unspaced text, in a database without them.
            let plain = try transcript(latin + [["ILO"], ["2019"], ["201*"], ["--kind", "figures", "1200"]], in: dir)
            try withTemporaryDirectory { other in
                try makeDatabase(in: other, glued: true)
                try expectGolden(plain + "=== with the glued figures\n" + (try transcript(latin, in: other)), "search-latin.txt")
            }
        }
    }

    @Test("a word held by more than 500 different index words is searched as the 500 in the most rows, with a note")
    func manyGluedWords() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // 2019 against 600 different Japanese words: 2019年の一, 2019年の二, ... written in numerals.
            let numerals = Array("〇一二三四五六七八九")
            var csv = "key,measure,value,unit,place,period,source,quote\n"
            for index in 0..<600 {
                let word = String(index).map { numerals[Int(String($0)) ?? 0] }
                csv += "g\(index),detected-trafficking-victims,\(index),persons,JPN,2019,ilo-2005-global-alliance,2019年の\(String(word))\n"
            }
            try Data(csv.utf8).write(to: dir.appendingPathComponent("many.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "many.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["search", "--kind", "figures", "--limit", "1000", "2019"], in: dir)
            #expect(result.status == 0)
            #expect(result.stderr == "note: 2019 is written against Chinese, Japanese or other unspaced text in 600 different words; "
                + "the 500 in the most rows were searched (add a word of that text to narrow the search)\n")
            // 500 glued figures and the Fixtures' five that write 2019 apart.
            #expect(result.stdout.hasSuffix("(505 results)\n"), "\(result.stdout.suffix(200))")
        }
    }

    @Test("a word repeated in the query finds and ranks what it finds once")
    func repeatedWord() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir, glued: true)
            let once = try Tipdb.run(["search", "被害者"], in: dir)
            let repeated = try Tipdb.run(["search"] + Array(repeating: "被害者", count: 200), in: dir)
            #expect(once.status == 0 && repeated.status == 0)
            #expect(repeated.stdout == once.stdout)
            #expect(once.stdout.hasSuffix("(3 results)\n"), "\(once.stdout)")
        }
    }
}
