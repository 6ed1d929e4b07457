import Foundation
import Testing

/// A refused row and the key it read: which later row is a duplicate, in both `--on-error` modes.
@Suite("CLI: a refused row's key and the duplicates of it")
struct KeyClaimCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// Every figure and batch, to show a refused command changed nothing.
    private func stored(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "SELECT key, value, place, period_start FROM figures UNION ALL SELECT 'batches', count(*), '', '' FROM ingest_batches ORDER BY 1", "--format", "csv"], in: dir).stdout
    }

    /// A source, and a figure of ESP 2013 stored under a key given by hand that reads like the
    /// key derived for ITA 2012.
    private func prepare(_ dir: URL) throws {
        _ = try Tipdb.run(["init"], in: dir)
        try write("key,kind,title,publisher\ns,report,Title,Pub\n", to: "s.csv", in: dir)
        try write("key,measure,value,place,period,source\ns:trafficking-victims:ITA:2012,trafficking-victims,1,ESP,2013,s\n", to: "given.csv", in: dir)
        let setup = try Tipdb.run(["ingest", "--quiet", "s.csv", "given.csv"], in: dir)
        #expect(setup.status == 0, "\(setup.stderr)")
    }

    static let clash = "keyless.csv:2:1: the row has no key, and the key derived from its fields, \"s:trafficking-victims:ITA:2012\", is that of a stored figure of another place, period, measure, subgroup or source (s, trafficking-victims, ESP, 2013); expected a key column naming the figure to update, or a new key\n"

    @Test("a keyless row refused because its derived key is a stored figure's does not hold that key: a later row giving it by hand updates the figure, under abort and skip")
    func releasedDerivedKey() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("measure,value,place,period,source\ntrafficking-victims,2,ITA,2012,s\n", to: "keyless.csv", in: dir)
            // The hand-keyed row updates the stored ESP figure; a third row giving the key again
            // repeats that row, not the refused one.
            try write("""
                key,measure,value,place,period,source
                s:trafficking-victims:ITA:2012,trafficking-victims,5,ESP,2013,s
                s:trafficking-victims:ITA:2012,trafficking-victims,6,ESP,2013,s

                """, to: "hand.csv", in: dir)
            let before = try stored(in: dir)
            let third = "hand.csv:3:1: key: duplicate figure key \"s:trafficking-victims:ITA:2012\", already on line 2 of this file; expected each key once in a command\n"

            let abort = try Tipdb.run(["ingest", "--quiet", "keyless.csv", "hand.csv"], in: dir)
            #expect(abort.status == 1)
            #expect(abort.stderr.hasPrefix(Self.clash + third), "\(abort.stderr)")
            #expect(abort.stdout == """
                keyless.csv: 1 read, 1 rejected; nothing written (the command was rejected)
                hand.csv: 2 read, 1 rejected; nothing written (the command was rejected)

                """, "\(abort.stdout)")
            #expect(try stored(in: dir) == before)

            let skip = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "keyless.csv", "hand.csv"], in: dir)
            #expect(skip.status == 1)
            #expect(skip.stderr.hasPrefix(Self.clash + third), "\(skip.stderr)")
            #expect(skip.stdout.contains("hand.csv: 2 read, 0 inserted, 1 updated, 0 unchanged, 1 rejected (batch"), "\(skip.stdout)")
            let figure = try Tipdb.run(["sql", "SELECT value, place FROM figures WHERE key = 's:trafficking-victims:ITA:2012'", "--format", "csv"], in: dir)
            #expect(figure.stdout == "value,place\r\n5.0,ESP\r\n")
        }
    }

    @Test("a row refused for its own problems keeps its key: the second row with it is named, and told the first was refused, the same under abort and skip")
    func refusedFirstRow() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("""
                key,measure,value,place,period,source
                k1,trafficking-victims,abc,FRA,2013,s
                k1,trafficking-victims,3,FRA,2013,s

                """, to: "dup.csv", in: dir)
            try write("""
                measure,value,place,period,source
                trafficking-victims,3,FRA,2014,nosuch
                trafficking-victims,4,FRA,2014,nosuch

                """, to: "keyless.csv", in: dir)
            let before = try stored(in: dir)
            let errors = """
                dup.csv:2:24: value: "abc" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million
                dup.csv:3:1: key: duplicate figure key "k1", already on line 2 of this file, which was refused (see its error there); expected each key once in a command
                keyless.csv:2:32: source: unknown source "nosuch"; expected the key of a source in the database or in a sources file of the same command (the row has no key; the key derived from its fields is "nosuch:trafficking-victims:FRA:2014")
                """
            let secondKeyless = "keyless.csv:3:1: the same derived key as line 2, which was refused (see its error there): both rows derive key \"nosuch:trafficking-victims:FRA:2014\" from"
            for mode in ["abort", "skip"] {
                let result = try Tipdb.run(["ingest", "--quiet", "--on-error", mode, "dup.csv", "keyless.csv"], in: dir)
                #expect(result.status == 1)
                #expect(result.stderr.hasPrefix(errors), "\(mode): \(result.stderr)")
                #expect(result.stderr.contains(secondKeyless), "\(mode): \(result.stderr)")
                #expect(try stored(in: dir).components(separatedBy: "\r\n").filter { !$0.hasPrefix("batches") } == before.components(separatedBy: "\r\n").filter { !$0.hasPrefix("batches") })
            }
        }
    }

    @Test("a refused row without a key names the key derived from its fields: in its error, the --json report and ingest_rejects")
    func derivedKeyNamed() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("""
                measure,value,place,period,source,cites
                trafficking-victims,abc,FRA,2015,s,
                trafficking-victims,1,Atlantis,2015,s,
                trafficking-victims,2,FRA,2016,s,nosuch

                """, to: "k.csv", in: dir)
            let before = try stored(in: dir)
            let value = "k.csv:2:21: value: \"abc\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million (the row has no key; the key derived from its fields is \"s:trafficking-victims:FRA:2015\")\n"
            let cites = "k.csv:4:34: cites: unknown figure \"nosuch\"; expected the key of a figure in the database or in this command (the row has no key; the key derived from its fields is \"s:trafficking-victims:FRA:2016\")\n"
            let abort = try Tipdb.run(["ingest", "--quiet", "k.csv"], in: dir)
            #expect(abort.status == 1)
            #expect(abort.stderr.hasPrefix(value), "\(abort.stderr)")
            #expect(abort.stderr.contains(cites), "\(abort.stderr)")
            // A row whose place cannot be read has no derived key to name.
            #expect(abort.stderr.contains("k.csv:3:23: place: unknown place \"Atlantis\""), "\(abort.stderr)")
            #expect(!abort.stderr.contains("Atlantis\" (the row has no key"), "\(abort.stderr)")
            #expect(try stored(in: dir) == before)

            let json = try Tipdb.run(["ingest", "--json", "k.csv"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let messages = (object["errors"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
            #expect(messages.first?.hasSuffix("(the row has no key; the key derived from its fields is \"s:trafficking-victims:FRA:2015\")") == true, "\(messages)")

            let skip = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "k.csv"], in: dir)
            #expect(skip.status == 1)
            let reasons = try Tipdb.run(["sql", "SELECT line, reason FROM ingest_rejects ORDER BY line", "--format", "csv"], in: dir)
            #expect(reasons.stdout.contains("2,\"value: \"\"abc\"\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million (the row has no key; the key derived from its fields is \"\"s:trafficking-victims:FRA:2015\"\")\""), "\(reasons.stdout)")
            #expect(reasons.stdout.contains("(the row has no key; the key derived from its fields is \"\"s:trafficking-victims:FRA:2016\"\")"), "\(reasons.stdout)")
        }
    }
}
