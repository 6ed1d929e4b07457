import Foundation
import Storage
import Testing

/// `tipdb report lineage KEY --format json`: the chain as data, each flag by its code, decoded
/// here as a script would.
@Suite("report lineage --format json: the chain, flags by code and the repeats as data (built binary)")
struct LineageJSONTests {
    struct Document: Decodable {
        var figure: String
        var chain: [Figure]
        var ending: String
        var primary: String?
        var brokenKey: String?
        var flags: [Flag]
        var text: String
        var repeatedBy: [Figure]
        var references: [Reference]
    }

    struct Figure: Decodable {
        var key: String
        var value: SearchJSONTests.Value?
        var censored: Bool
        var low: Double?
        var high: Double?
        var ciLevel: Double?
        var unit: String
        var text: String
        var range: String?
        var measure: String
        var measureLabel: String
        var place: String
        var placeName: String
        var period: String
        var subgroup: String
        var sex: String
        var source: String
        var sourceLabel: String
        var citation: Int?
        var quote: String?
        var cites: String?
        var depth: Int?
        var flags: [Flag]?
    }

    struct Flag: Decodable, Equatable {
        var code: String
        var text: String
        var figure: String?
        var repeats: String?
        var changes: [String]?
    }

    struct Reference: Decodable {
        var number: Int
        var key: String
        var label: String
        var text: String
    }

    private func lineage(_ key: String, in dir: URL) throws -> (Document, text: String) {
        let result = try Tipdb.run(["report", "lineage", key, "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Tipdb.run(["report", "lineage", key], in: dir)
        return (try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8)), text.stdout)
    }

    @Test("the Fixtures' 2.4 million: the chain to ILO 2005 with values, sources, citations and the sentence the text output writes")
    func chain() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let (document, text) = try lineage("francis-2013-trafficked-wld", in: dir)
            #expect(document.figure == "francis-2013-trafficked-wld")
            #expect(document.chain.map(\.key) == ["francis-2013-trafficked-wld", "unodc-2012-trafficked-wld", "ilo-2005-trafficked-wld"])
            #expect(document.ending == "primary" && document.primary == "ilo-2005-trafficked-wld" && document.brokenKey == nil)
            // UNODC's "2.4 million at any one time" drops ILO's minimum: the one flag.
            #expect(document.flags == [Flag(
                code: "repeat-changes", text: "UNODC 2012 changes what it repeats from ILO 2005: the range (none given, not at least 2.45 million).",
                figure: "unodc-2012-trafficked-wld", repeats: "ilo-2005-trafficked-wld", changes: ["range"])], "\(document.flags)")
            let first = document.chain[0]
            #expect(first.value == .number(2_400_000) && first.text == "2.4 million" && first.unit == "persons")
            #expect(first.measure == "trafficking-victims" && first.place == "WLD" && first.placeName == "World" && first.period == "1995-2004")
            #expect(first.subgroup == "all" && first.cites == "unodc-2012-trafficked-wld")
            #expect(first.quote == "the number of trafficked persons in the world – 2.4 million according to the United Nations")
            #expect(document.chain[2].value == .number(2_450_000) && document.chain[2].cites == nil)
            // Citations number the references, as in the text output.
            for figure in document.chain {
                let reference = try #require(document.references.first { $0.number == figure.citation }, "\(figure.key)")
                #expect(reference.key == figure.source)
                #expect(text.contains("  \(figure.sourceLabel) [\(reference.number)], "), "\(text)")
                #expect(text.contains("[\(reference.number)] \(reference.text)\n"))
            }
            #expect(text.contains(document.text + "\n"), "\(document.text)\n\(text)")
        }
    }

    @Test("each repeat with its depth, and a repeat-changes flag by code with what changes; the chain of a changing repeat flags it")
    func repeats() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nmse,report,Forced labour in Austria,Institute,2019\nnews,news,Forced labour again,Daily,2020\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,low,high,ci_level,unit,place,period,sex,source,cites,method
                aut-fl-2019,forced-labour,"9,000",7000,12000,95,persons,AUT,2019,total,mse,,estimated
                aut-rep,forced-labour,"9,000",7000,12000,,persons,AUT,2019,total,news,aut-fl-2019,reported
                aut-rep2,forced-labour,"19,000",,,,persons,DEU,2019,total,news,aut-fl-2019,reported
                aut-rep6,forced-labour,"19,000",,,,persons,DEU,2019,total,news,aut-rep2,reported

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let (document, text) = try lineage("aut-fl-2019", in: dir)
            let first = try #require(document.chain.first)
            #expect(first.low == 7000 && first.high == 12000 && first.ciLevel == 0.95 && first.range == "7,000 to 12,000 (95% interval)")
            #expect(document.repeatedBy.map(\.key) == ["aut-rep", "aut-rep2", "aut-rep6"])
            #expect(document.repeatedBy.map(\.depth) == [1, 1, 2])
            #expect(document.repeatedBy.allSatisfy { $0.citation == nil && $0.sourceLabel == "Daily 2020" })
            #expect(document.repeatedBy[0].flags == nil && document.repeatedBy[2].flags == nil)
            let flag = try #require(document.repeatedBy[1].flags?.first)
            #expect(flag.code == "repeat-changes" && flag.figure == "aut-rep2" && flag.repeats == "aut-fl-2019")
            #expect(flag.changes == ["value", "range", "place"])
            #expect(flag.text == "Daily 2020 changes what it repeats from Institute 2019: the number (19,000, not 9,000), the range (none given, not 7,000 to 12,000 (95% interval)), the place (Germany, not Austria).")
            #expect(text.contains("    FLAG: " + flag.text + "\n"), "\(text)")

            let (chain, chainText) = try lineage("aut-rep6", in: dir)
            #expect(chain.chain.map(\.key) == ["aut-rep6", "aut-rep2", "aut-fl-2019"])
            #expect(chain.flags.map(\.code) == ["repeat-changes"] && chain.flags.first?.figure == "aut-rep2")
            #expect(chainText.contains("FLAG: " + (chain.flags.first?.text ?? "?") + "\n"), "\(chainText)")
        }
    }

    @Test("a loop, a figure reported without a source and a censored count: flags by code, the count as the brief gives it (no value, its bounds)")
    func endings() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nnews,news,Forced labour again,Daily,2020\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,cites,method
                loop-a,detected-trafficking-victims,<5,persons,AUT,2019,news,loop-b,reported
                loop-b,detected-trafficking-victims,<5,persons,AUT,2019,news,,reported
                said,detected-trafficking-victims,40,persons,AUT,2019,news,,reported

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            // The loop written with SQL: ingest refuses one.
            let db = try DatabaseFile.open(dir.appendingPathComponent("tipdb.sqlite").path, for: .write)
            try db.execute("UPDATE figures SET cites = 'loop-a' WHERE key = 'loop-b'")
            db.close()
            let (loop, loopText) = try lineage("loop-a", in: dir)
            #expect(loop.ending == "cycle" && loop.brokenKey == "loop-a" && loop.primary == nil)
            #expect(loop.flags.map(\.code) == ["loop"])
            #expect(loop.flags.first?.text == "the chain loops back to loop-a and never reaches a primary source.")
            #expect(loopText.contains("FLAG: the chain loops back to loop-a and never reaches a primary source.\n"))
            let censored = try #require(loop.chain.first)
            // As the brief gives it: no value, the bounds 1 and 4 as numbers, `<5` in words.
            #expect(censored.value == nil && censored.censored && censored.low == 1 && censored.high == 4 && censored.text == "<5")

            let (said, _) = try lineage("said", in: dir)
            #expect(said.ending == "unsourced" && said.flags == [Flag(
                code: "no-primary-source", text: "the chain ends at a figure reported without a source.", figure: "said")])
        }
    }

    @Test("a figure of a second-hand copy: the second-hand-copy flag with the text output's sentence")
    func copy() throws {
        try withTemporaryDirectory { dir in
            try Data(OWIDCopyBriefTests.owid(austria2019: 41).utf8).write(to: dir.appendingPathComponent("detected.csv"))
            try Data(OWIDCopyBriefTests.metadata.utf8).write(to: dir.appendingPathComponent("detected.metadata.json"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "--quiet", "detected.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let (document, text) = try lineage(CopyLineageTests.owidKey, in: dir)
            #expect(document.ending == "primary" && document.flags.map(\.code) == ["second-hand-copy"])
            let flag = try #require(document.flags.first)
            #expect(flag.figure == CopyLineageTests.owidKey)
            #expect(flag.text.hasPrefix("A second-hand copy: United Nations Office on Drugs and Crime's data as Our World in Data republished it."))
            #expect(text.contains("\n" + flag.text + "\n"), "\(text)")
        }
    }

    @Test("an unknown key: a usage error as one JSON object, exit 64")
    func unknownKey() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "lineage", "francis-2013", "--format", "json"], in: dir)
            #expect(result.status == 64)
            #expect(result.stdout == "{\"error\": \"unknown figure \\\"francis-2013\\\"; did you mean \\\"francis-2013-trafficked-wld\\\"?\", \"exitCode\": 64}\n", "\(result.stdout)")
        }
    }
}
