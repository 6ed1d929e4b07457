import Foundation
import Ingest
import Storage
import Testing

/// One value, however a file writes it, is stored once and one way: re-expressing data (CSV to
/// JSON, "8.2 million" to "8,200,000") changes nothing; what cannot be the value is refused.
@Suite("Ingest: one value, one stored form")
struct SameValueTests {
    private func messages(_ report: IngestReport, in h: IngestHarness) -> [String] {
        report.errors.map { $0.description.replacingOccurrences(of: h.directory.path + "/", with: "") }
    }

    @Test("8.2 million, 8,200,000 and 8200000 are one value: loading one after the other changes nothing, and bounds written either way fit")
    func multiplierWordsAreExact() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let words = try h.write("w.csv", "key,measure,value,high,place,period,source\nk,trafficking-victims,8.2 million,\"8,200,000\",FR,2019,ilo-2005\n")
        #expect(try h.ingest([words]).errors.isEmpty)
        #expect(try h.db.figure(key: "k")?.value == 8_200_000)
        let digits = try h.write("d.json", #"[{"key": "k", "measure": "trafficking-victims", "value": 8200000, "high": "8.2 million", "place": "FR", "period": "2019", "source": "ilo-2005"}]"#)
        let again = try h.ingest([digits])
        #expect(again.errors.isEmpty)
        #expect(again.files.first?.unchanged == 1)
        #expect(try h.count("figure_revisions") == 0)
    }

    @Test("JSON gives lists only to list fields, and no booleans or NUL characters to text")
    func jsonTextFields() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let base = #""measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005""#
        let lines = [
            #"{"key": "a", \#(base), "quote": ["first sentence", "second"]}"#,
            #"{"key": "b", \#(base), "notes": true}"#,
            #"{"key": "c", \#(base), "quote": "before\u0000after"}"#,
            #"{"key": "d", \#(base), "notes": {"x": 1}}"#,
            #"{"key": "e", \#(base), "tags": ["one", "two"]}"#,
        ]
        let report = try h.ingest([try h.write("f.ndjson", lines.joined(separator: "\n") + "\n")], IngestOptions(onError: .skip))
        #expect(messages(report, in: h) == [
            "f.ndjson:1:119: quote: expected text or a number, found a list (only authors, places, tags take lists)",
            "f.ndjson:2:119: notes: expected text or a number, found true",
            "f.ndjson:3:119: quote: the text contains a NUL character (\\u0000); expected text without NUL",
            "f.ndjson:4:119: notes: expected text or a number, found an object",
        ])
        #expect(try h.db.rows("SELECT tag FROM figure_tags WHERE figure = 'e' ORDER BY tag").compactMap { $0.string("tag") } == ["one", "two"])
    }

    @Test("authors are one list however they are written: a JSON array after the CSV list changes nothing")
    func authorsSpelledOneWay() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("au.csv", "key,title,authors\nau1,T,\"Smith, John;Doe,  Jane \"\n")])
        #expect(try h.db.source(key: "au1")?.authors == "Smith, John; Doe,  Jane")
        let again = try h.ingest([try h.write("au.json", #"[{"key": "au1", "title": "T", "authors": ["Smith, John", "Doe,  Jane"]}]"#)])
        #expect(again.files.first?.unchanged == 1)
        #expect(try h.db.integer("SELECT count(*) FROM source_revisions") == 0)
    }

    @Test("x_ columns are one object however they are written: the same figure from CSV after JSON changes nothing")
    func extrasSpelledOneWay() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let json = #"[{"key": "x1", "measure": "forced-labour", "value": 5, "place": "WLD", "period": "2016", "source": "ilo-2005", "x_9": "nine", "x_10": "ten", "X_b": "b", "x_a": "a \"q\" / é"}]"#
        #expect(try h.ingest([try h.write("x.json", json)]).errors.isEmpty)
        let stored = try h.db.figure(key: "x1")?.extra
        #expect(stored == #"{"x_10":"ten","x_9":"nine","x_a":"a \"q\" / é","x_b":"b"}"#)
        let csv = "key,measure,value,place,period,source,x_9,x_10,X_b,x_a\nx1,forced-labour,5,WLD,2016,ilo-2005,nine,ten,b,\"a \"\"q\"\" / é\"\n"
        let again = try h.ingest([try h.write("x.csv", csv)])
        #expect(again.files.first?.unchanged == 1, "\(again.files)")
        #expect(try h.db.figure(key: "x1")?.extra == stored)
    }

    @Test("an x_ name is stored in lower case: the same column in another case changes nothing, rows stored with upper-case names by an older tipdb included")
    func extraNamesIgnoreCase() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let upper = try h.write("u.csv", "key,measure,value,place,period,source,X_Note\nxc1,forced-labour,1,WLD,2016,ilo-2005,v\n")
        #expect(try h.ingest([upper]).errors.isEmpty)
        #expect(try h.db.figure(key: "xc1")?.extra == #"{"x_note":"v"}"#)
        let lower = try h.write("l.csv", "key,measure,value,place,period,source,x_note\nxc1,forced-labour,1,WLD,2016,ilo-2005,v\n")
        #expect(try h.ingest([lower]).files.first?.unchanged == 1)
        // As an older tipdb stored it: compared equal, kept as stored, no revision.
        try h.db.execute(#"UPDATE figures SET extra = '{"X_Note":"v"}' WHERE key = 'xc1'"#)
        let json = try h.write("l.ndjson", #"{"key": "xc1", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "x_NOTE": "v"}"# + "\n")
        for path in [lower, json] {
            #expect(try h.ingest([path]).files.first?.unchanged == 1)
        }
        #expect(try h.db.figure(key: "xc1")?.extra == #"{"X_Note":"v"}"#)
        #expect(try h.count("figure_revisions") == 0)
    }

    @Test("an x_ number from a JSON file and the same number in a CSV cell are one value: loading one after the other changes nothing")
    func extraNumbersAcrossFormats() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let csv = try h.write("x.csv", "key,measure,value,place,period,source,x_n\nx,forced-labour,1,WLD,2016,ilo-2005,1.5\n")
        let json = try h.write("x.json", #"[{"key": "x", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005", "x_n": 1.50}]"#)
        #expect(try h.ingest([csv]).files.first?.inserted == 1)
        for path in [json, csv, json] {
            #expect(try h.ingest([path]).files.first?.unchanged == 1)
        }
        #expect(try h.db.figure(key: "x")?.extra == #"{"x_n":"1.5"}"#)
        // A text that only looks like the number is a change: "1,5" is not 1.5.
        let comma = try h.write("c.csv", "key,measure,value,place,period,source,x_n\nx,forced-labour,1,WLD,2016,ilo-2005,\"1,5\"\n")
        #expect(try h.ingest([comma]).files.first?.updated == 1)
        #expect(try h.count("figure_revisions") == 1)
    }

    @Test("spaces around a study's population or summary are not part of it, no-break and ideographic spaces included")
    func studyTextTrimmed() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("st.csv", "key,title,population,summary\ns1,T, pop ,\u{A0}sum\u{3000}\u{2009}\ns2,T\u{202F},\u{A0},é\u{A0}\n")])
        #expect(try h.db.study(key: "s1")?.population == "pop")
        #expect(try h.db.study(key: "s1")?.summary == "sum")
        #expect(try h.db.study(key: "s2")?.title == "T")
        #expect(try h.db.study(key: "s2")?.population == nil)
        #expect(try h.db.study(key: "s2")?.summary == "é")
        let again = try h.ingest([try h.write("st.json", #"[{"key": "s1", "title": "T", "population": "pop", "summary": "sum"}]"#)])
        #expect(again.files.first?.unchanged == 1)
    }

    @Test("a sample size is a plain count: a percentage or an amount of money is refused")
    func sampleSizeHasNoUnit() throws {
        let h = try IngestHarness()
        let report = try h.ingest([try h.write("st.csv", "key,title,sample_size\ns1,T,40%\ns2,T,US$2 billion\ns3,T,\"1,200\"\n")], IngestOptions(onError: .skip))
        #expect(messages(report, in: h) == [
            "st.csv:2:6: sample_size: \"40%\" is written in percent; expected a whole number of people, cases or records",
            "st.csv:3:6: sample_size: \"US$2 billion\" is written in USD; expected a whole number of people, cases or records",
        ])
        #expect(try h.db.study(key: "s3")?.sampleSize == 1200)
    }

    @Test("US$ fits a unit made from USD, as % fits percent-change")
    func dollarsFitDollarChanges() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let report = try h.ingest([try h.write("f.csv", """
            key,measure,value,unit,place,period,source
            a,forced-labour-profits,US$64 billion,USD-change,WLD,2014-2021,ilo-2005
            b,forced-labour-profits,"US$10,000",USD-per-person,WLD,2021,ilo-2005
            c,forced-labour-profits,37%,percent-change,WLD,2014-2021,ilo-2005
            d,forced-labour-profits,US$5,percent-change,WLD,2014-2021,ilo-2005

            """)])
        #expect(messages(report, in: h) == [
            "f.csv:5:25: value: \"US$5\" is written in USD but the unit column says percent-change; expected them to agree",
        ])
    }

    @Test("a reference to a row this command refused says so; a refused study is still checked for its source, a refused figure for its cites")
    func referencesToRefusedRows() throws {
        let h = try IngestHarness()
        let sources = try h.write("s.csv", "key,title,publisher,date\nbad-src,Bad,ACME,20200\nok-src,OK,ACME,2020\nspan,S,ACME,2016-17\n")
        let studies = try h.write("st.csv", "key,title,source,method\nst-bad,T,nosuch,bogus\nst-ok,T,bad-src,\n")
        let figures = try h.write("f.csv", """
            key,measure,value,place,period,source,cites
            f1,forced-labour,abc,WLD,2016,bad-src,
            f2,forced-labour,5,WLD,2016,ok-src,f1
            f3,forced-labour,zz,WLD,2016,ok-src,nosuch
            f4,forced-labour,zz,WLD,2016,ok-src,f2
            f5,forced-labour,5,WLD,2016,ok-src,f5

            """)
        let found = messages(try h.ingest([sources, studies, figures]), in: h)
        #expect(found == [
            "s.csv:2:18: date: \"20200\" is not a date; expected a year (2005), a month (2017-09) or a day (2013-02-06)",
            "s.csv:4:13: date: month 17 in \"2016-17\" does not exist; expected 01 to 12",
            "st.csv:2:10: source: unknown source \"nosuch\"; expected the key of a source in the database or in a sources file of the same command",
            "st.csv:2:17: method: unknown study method \"bogus\"; expected one of survey, multiple-systems-estimation, administrative-records, case-records, hotline-records, model-extrapolation, qualitative, mixed",
            "st.csv:3:9: source: source \"bad-src\" was refused at s.csv:2 (see its error there); expected it to load: fix that row",
            "f.csv:2:18: value: \"abc\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million",
            "f.csv:2:31: source: source \"bad-src\" was refused at s.csv:2 (see its error there); expected it to load: fix that row",
            "f.csv:3:36: cites: figure \"f1\" was refused at f.csv:2 (see its error there); expected it to load: fix that row",
            "f.csv:4:18: value: \"zz\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million",
            "f.csv:4:37: cites: unknown figure \"nosuch\"; expected the key of a figure in the database or in this command",
            "f.csv:5:18: value: \"zz\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million",
            // f2 is refused for its cites, so f4's cites names it, as under skip.
            "f.csv:5:37: cites: figure \"f2\" was refused at f.csv:3 (see its error there); expected it to load: fix that row",
            "f.csv:6:36: cites: figure \"f5\" cites itself; expected the key of the figure it repeats",
        ])
        let skipped = messages(try h.ingest([sources, studies, figures], IngestOptions(onError: .skip)), in: h)
        #expect(skipped == found, "both modes list the same problems")
        #expect(!found.contains { $0.contains("unknown source \"bad-src\"") }, "\(found)")
    }

    @Test("under --on-error skip a refused figure's reason in ingest_rejects names its cites problem too, found once every file is in")
    func refusedRowReasonNamesItsCites() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources)])
        let figures = try h.write("f.csv", """
            key,measure,value,place,period,source,cites
            f1,forced-labour,zz,WLD,2016,ilo-2005,nosuch
            f2,forced-labour,zz,WLD,2016,ilo-2005,f3
            f3,forced-labour,5,WLD,2016,ilo-2005,

            """)
        let report = try h.ingest([figures], IngestOptions(onError: .skip))
        #expect(report.files.first?.rejected == 2)
        let reasons = try h.db.rows("SELECT line, reason FROM ingest_rejects ORDER BY line").map { "\($0.int("line") ?? 0): \($0.string("reason") ?? "")" }
        let notANumber = "value: \"zz\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million"
        #expect(reasons == [
            "2: \(notANumber); cites: unknown figure \"nosuch\"; expected the key of a figure in the database or in this command",
            "3: \(notANumber)",
        ])
        #expect(try h.count("figures") == 1)
    }
}
