import Foundation
import Testing

@Suite("tipdb search finds words inside Chinese, Japanese, Thai and Korean text, written without spaces")
struct UnspacedSearchTests {
    /// Sources, studies and figures whose titles, quotes and notes are Japanese, Chinese and Thai,
    /// each word run together with its neighbours as those scripts write them, and Latin ones to
    /// check that their ranking is FTS5's as before.
    private func makeDatabase(in dir: URL) throws {
        let sources = #"""
            [{"id": "npa-2019", "type": "report", "title": "日本の人身取引 2019", "publisher": "警察庁"},
             {"id": "npa-plan", "type": "report", "title": "行動計画の年次報告", "publisher": "内閣官房",
              "note": "政府は人身取引対策行動計画に基づき、被害者の保護と加害者の処罰を進めてきた。本報告はその年次の取りまとめである。"},
             {"id": "mps-2018", "type": "report", "title": "中国打击拐卖妇女儿童犯罪报告", "publisher": "公安部"},
             {"id": "th-2020", "type": "report", "title": "รายงานการค้ามนุษย์ประจำปี 2563", "publisher": "กระทรวงการพัฒนาสังคม"},
             {"id": "kr-2021", "type": "report", "title": "인신매매는 심각한 범죄이다", "publisher": "법무부"},
             {"id": "ilo-a", "type": "report", "title": "Forced labour and forced marriage", "publisher": "ILO", "note": "forced labour estimates"},
             {"id": "ilo-b", "type": "report", "title": "Global estimates of forced labour", "publisher": "ILO"},
             {"id": "ilo-c", "type": "report", "title": "Profits and poverty", "publisher": "ILO", "note": "economics of forced labour in a long note about many other things as well"}]
            """#
        let studies = "key,title,source,method,period,places,population,sample_size,summary\n"
            + "mps-study,拐卖案件统计,mps-2018,,2018,CHN,,,全国公安机关破获拐卖妇女儿童案件的统计\n"
        let figures = "key,measure,value,unit,place,period,source,quote,notes\n"
            + "npa-victims,detected-trafficking-victims,44,persons,JPN,2019,npa-2019,警察が認知した人身取引事犯の被害者は44人,\n"
            + "mps-cases,trafficking-offences,1200,cases,CHN,2018,mps-2018,全国共破获拐卖妇女儿童案件1200起,\n"
            + "th-victims,detected-trafficking-victims,231,persons,THA,2020,th-2020,,ผู้เสียหายจากการค้ามนุษย์ 231 ราย\n"
            + "ilo-figure,forced-labour,24900000,persons,WLD,2016,ilo-b,24.9 million people in forced labour,\n"
        try Data(sources.utf8).write(to: dir.appendingPathComponent("sources.json"))
        try Data(studies.utf8).write(to: dir.appendingPathComponent("studies.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "sources.json", "studies.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("a word inside a run of Japanese, Chinese, Thai or Korean text is found in titles, quotes, notes and summaries, with its excerpt")
    func wordsInsideRuns() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let expected: [(query: [String], stdout: String)] = [
                // A four-character word in a title, and in a figure's quote.
                (["人身取引"], """
                    source  npa-2019  日本の人身取引 2019
                        日本の[人身取引] 2019
                    figure  npa-victims  detected-trafficking-victims (Detected victims of trafficking), JPN (Japan), 2019: 44 — 警察庁 n.d.
                        警察が認知した[人身取引]事犯の被害者は44人
                    source  npa-plan  行動計画の年次報告
                        政府は[人身取引]対策行動計画に基づき、被害者の保護と加害者の処罰を進めてきた。本報告はその年次の取…
                    (3 results)

                    """),
                // A two-character word, which a trigram index could not find.
                (["人身", "--kind", "figures"], """
                    figure  npa-victims  detected-trafficking-victims (Detected victims of trafficking), JPN (Japan), 2019: 44 — 警察庁 n.d.
                        警察が認知した[人身]取引事犯の被害者は44人
                    (1 result)

                    """),
                // Chinese: in a source's title, a study's title and summary, and a figure's quote.
                (["拐卖"], """
                    study  mps-study  拐卖案件统计
                        [拐卖]案件统计
                    source  mps-2018  中国打击拐卖妇女儿童犯罪报告
                        中国打击[拐卖]妇女儿童犯罪报告
                    figure  mps-cases  trafficking-offences (Offences of trafficking in persons), CHN (China), 2018: 1,200 cases — 公安部 n.d.
                        全国共破获[拐卖]妇女儿童案件1200起
                    (3 results)

                    """),
                // Thai: in a title and in a figure's notes.
                (["การค้ามนุษย์"], """
                    source  th-2020  รายงานการค้ามนุษย์ประจำปี 2563
                        รายงาน[การค้ามนุษย์]ประจำปี 2563
                    figure  th-victims  detected-trafficking-victims (Detected victims of trafficking), THA (Thailand), 2020: 231 — กระทรวงการพัฒนาสังคม n.d.
                        ผู้เสียหายจาก[การค้ามนุษย์] 231 ราย
                    (2 results)

                    """),
                // Korean: a word with its particle attached.
                (["인신매매"], """
                    source  kr-2021  인신매매는 심각한 범죄이다
                        [인신매매]는 심각한 범죄이다
                    (1 result)

                    """),
            ]
            for (query, stdout) in expected {
                let result = try Tipdb.run(["search"] + query, in: dir)
                #expect(result.status == 0, "\(query): \(result.stderr)")
                #expect(result.stdout == stdout, "\(query)")
                #expect(result.stderr == "", "\(query)")
            }
        }
    }

    @Test("such words combine with ordinary words, OR, NOT, phrases, ^ and column filters as FTS5 reads them")
    func withQuerySyntax() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let keys = { (query: [String]) throws -> [String] in
                let result = try Tipdb.run(["search"] + query, in: dir)
                #expect(result.status == 0, "\(query): \(result.stderr)")
                return result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("(") }
                    .map { String($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
            }
            #expect(try keys(["人身取引", "2019"]) == ["npa-2019"])
            #expect(try keys(["人身取引 AND 2019"]) == ["npa-2019"])
            #expect(try Set(keys(["拐卖 OR การค้ามนุษย์"])) == ["mps-study", "mps-2018", "mps-cases", "th-2020", "th-victims"])
            #expect(try keys(["人身取引 NOT 警察"]) == ["npa-plan"])  // 警察庁 publishes npa-2019
            #expect(try keys(["title:人身取引"]) == ["npa-2019"])
            #expect(try Set(keys(["--", "-title:人身取引"])) == ["npa-victims", "npa-plan"])
            #expect(try Set(keys(["publisher:警察庁 OR title:marriage"])) == ["npa-2019", "ilo-a"])
            #expect(try keys(["^日本"]) == ["npa-2019"])
            #expect(try keys(["^人身取引"]) == [])
            #expect(try keys(["\"人身取引 2019\""]) == ["npa-2019"])
            // Japanese punctuation inside a bareword separates words, as it does in the index.
            #expect(try keys(["日本、人身取引"]) == ["npa-2019"])
            // A query that is not FTS5 syntax is still searched as plain words, and says so.
            let plain = try Tipdb.run(["search", "人身取引 US$32"], in: dir)
            #expect(plain.stderr.contains("note: read as plain words, \"人身取引\" \"US$32\""), "\(plain.stderr)")
            #expect(plain.stdout == "(0 results)\n")
        }
    }

    @Test("a word in an unspaced script ranks a short text that is mostly the word first; a Latin query ranks by FTS5's bm25 as before")
    func ranking() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            // "人身取引" once in a short title comes before the same word once in a long note.
            let japanese = try Tipdb.run(["search", "人身取引", "--kind", "sources"], in: dir)
            #expect(japanese.stdout.hasPrefix("source  npa-2019"), "\(japanese.stdout)")
            // A Latin query takes the FTS5 path unchanged: the order is bm25's, as SQL gives it.
            let latin = try Tipdb.run(["search", "forced labour", "--kind", "sources"], in: dir)
            let order = latin.stdout.split(separator: "\n").filter { $0.hasPrefix("source  ") }.map { String($0.split(separator: " ")[1]) }
            let bm25 = try Tipdb.run([
                "sql", "--format", "csv",
                "SELECT s.key FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid WHERE sources_fts MATCH 'forced labour' ORDER BY bm25(sources_fts), s.key",
            ], in: dir)
            #expect(order == bm25.stdout.split(whereSeparator: \.isNewline).dropFirst().map(String.init), "\(latin.stdout)\n\(bm25.stdout)")
            #expect(order == ["ilo-a", "ilo-b", "ilo-c"])
            #expect(latin.stdout.contains("    [Forced] [labour] and [forced] marriage"), "\(latin.stdout)")
        }
    }

    @Test("tipdb check finds the search indexes sound: nothing is added to them")
    func checkStillHolds() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("search-index"), "\(check.stdout)")
            #expect(!check.stderr.contains("search-index"), "\(check.stderr)")
        }
    }

    @Test("a query that falls back to plain words still finds an unspaced word its punctuation touches: (人身, 人身), \"人身")
    func plainWordsFallback() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            for query in ["(人身", "人身)", "\"人身"] {
                let result = try Tipdb.run(["search", "--kind", "figures", "--", query], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.contains("note: read as plain words"), "\(query): \(result.stderr)")
                #expect(result.stdout.contains("figure  npa-victims"), "\(query): \(result.stdout)")
                #expect(result.stdout.hasSuffix("(1 result)\n"), "\(query): \(result.stdout)")
            }
        }
    }

    @Test("a query of punctuation or symbols alone finds nothing and says why")
    func noWordAtAll() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            for query in ["、", "🚫", "()"] {
                let result = try Tipdb.run(["search", "--", query], in: dir)
                #expect(result.status == 0)
                #expect(result.stderr.contains("note: the query holds no letter or digit, and search matches words: nothing to find"), "\(query): \(result.stderr)")
                #expect(result.stdout.hasSuffix("(0 results)\n"), "\(query): \(result.stdout)")
            }
        }
    }
}
