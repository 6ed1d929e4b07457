import Foundation
import Testing

@Suite("CLI: a rejected command says nothing was written, for every kind of file")
struct RejectedCommandSummaryTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test("sources, figures, GLOTIP, CTDC and OWID files: read and rejected counts only, no note of a source, vintage or dataset version made")
    func everyKind() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write("key,kind,title,publisher,date\ns1,report,Title one,Pub,2020\ns2,reprot,Title two,Pub,2020\n", to: "sources.csv", in: dir)
            try write("key,measure,value,place,period,source\nf1,forced-labour,12,WLD,2020,s1\nf2,forced-labour,12,Atlantis,2020,s1\n", to: "figures.csv", in: dir)
            try write(GLOTIPFiles.top() + """
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41,GLOTIP
                DEU,Germany,Europe,Western Europe,Persons arrested,Total,Total,Total,Total,2020,Counts,10,GLOTIP

                """, to: "glotip.csv", in: dir)
            let person = { (gender: String) in
                CaseFiles.syntheticRow(["yearOfRegistration": "2020", "gender": gender, "CountryOfExploitation": "FRA"])
            }
            try write([CaseFiles.syntheticHeader, person("Woman"), person("Femal"), person("Man"), ""].joined(separator: "\n"), to: "cases.csv", in: dir)
            try write("Entity,Code,Year,Detected victims of human trafficking\nFrance,FRA,2019,12\nGermany,DEU,2019,-3\n", to: "owid.csv", in: dir)

            let result = try Tipdb.run(["ingest", "sources.csv", "figures.csv", "glotip.csv", "cases.csv", "owid.csv", "--dataset", "st"], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout == """
                sources.csv: 2 read, 1 rejected; nothing written (the command was rejected)
                figures.csv: 2 read, 1 rejected; nothing written (the command was rejected)
                glotip.csv: 2 read, 1 rejected; nothing written (the command was rejected)
                cases.csv: 3 read, 1 rejected; nothing written (the command was rejected)
                owid.csv: 2 read, 1 rejected; nothing written (the command was rejected)

                """, "\(result.stdout)")
            #expect(result.stderr.hasSuffix("tipdb: 5 problems found; nothing was loaded (fix them, or use --on-error skip to load the valid rows)\n"), "\(result.stderr)")
            for written in ["note: glotip.csv: source unodc-glotip-2025-04-14 created", "note: glotip.csv: vintage 1", "note: cases.csv: dataset st version 1"] {
                #expect(!result.stderr.contains(written), "\(written)")
            }
            let stored = try Tipdb.run(["sql", "SELECT (SELECT count(*) FROM ingest_batches) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM datasets) AS n", "--format", "csv"], in: dir)
            #expect(stored.stdout == "n\r\n0\r\n")

            // The JSON report counts no row as inserted, updated or unchanged either.
            let json = try Tipdb.run(["ingest", "glotip.csv", "--json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            #expect(object["committed"] as? Bool == false)
            #expect(file["read"] as? Int == 2 && file["rejected"] as? Int == 1)
            #expect(file["inserted"] as? Int == 0 && file["updated"] as? Int == 0 && file["unchanged"] as? Int == 0)
            #expect((file["writes"] as? [String])?.isEmpty == true)
        }
    }

    @Test("a dry run still says what a real run would write")
    func dryRun() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.export(date: "14/04/2025"), to: "glotip.csv", in: dir)
            let result = try Tipdb.run(["ingest", "glotip.csv", "--dry-run"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "glotip.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected (dry run: nothing written)\n")
            #expect(result.stderr.contains("note: glotip.csv: source unodc-glotip-2025-04-14 created for this export\n"), "\(result.stderr)")
        }
    }

    @Test("a dry run of a command that would be rejected reports what the real run does, and both modes refuse a row citing one refused for its lineage, whatever the order")
    func dryRunOfRejectedCommand() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write("key,title,publisher,date\ns,S,Org,2020\n", to: "src.csv", in: dir)
            _ = try Tipdb.run(["ingest", "src.csv"], in: dir)
            // p3 cites p4, which comes later and is refused for its own cites; p1 cites p2, refused for its value;
            // p6, refused for its value, cites p4 too.
            try write("""
                key,measure,value,place,period,source,cites
                p1,trafficking-victims,1,FRA,2001,s,p2
                p2,trafficking-victims,-1,FRA,2002,s,
                p3,trafficking-victims,1,FRA,2003,s,p4
                p4,trafficking-victims,1,FRA,2004,s,nosuch
                p5,trafficking-victims,1,FRA,2005,s,
                p6,trafficking-victims,-1,FRA,2006,s,p4

                """, to: "d.csv", in: dir)
            let errors = """
                d.csv:2:37: cites: figure "p2" was refused at d.csv:3 (see its error there); expected it to load: fix that row
                d.csv:3:24: value: "-1" is negative, but a count in persons cannot be; expected 0 or more
                d.csv:4:37: cites: figure "p4" was refused at d.csv:5 (see its error there); expected it to load: fix that row
                d.csv:5:37: cites: unknown figure "nosuch"; expected the key of a figure in the database or in this command
                d.csv:7:24: value: "-1" is negative, but a count in persons cannot be; expected 0 or more
                d.csv:7:38: cites: figure "p4" was refused at d.csv:5 (see its error there); expected it to load: fix that row

                """
            let real = try Tipdb.run(["ingest", "d.csv"], in: dir)
            #expect(real.status == 1)
            #expect(real.stdout == "d.csv: 6 read, 5 rejected; nothing written (the command was rejected)\n", "\(real.stdout)")
            #expect(real.stderr.hasPrefix(errors), "\(real.stderr)")
            let dry = try Tipdb.run(["ingest", "d.csv", "--dry-run"], in: dir)
            #expect(dry.status == 1)
            #expect(dry.stdout == "d.csv: 6 read, 5 rejected; nothing written (dry run: the command would be rejected)\n", "\(dry.stdout)")
            #expect(dry.stderr.hasPrefix(errors), "\(dry.stderr)")
            let json = try Tipdb.run(["ingest", "d.csv", "--dry-run", "--json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let file = try #require((object["files"] as? [[String: Any]])?.first)
            #expect(file["inserted"] as? Int == 0 && file["rejected"] as? Int == 5)
            // The members README documents, no more and no fewer (batch is absent unless committed, unusable
            // for a file that was opened: UnusableFileSummaryTests holds the set of one that was not).
            #expect(Set(object.keys) == ["committed", "dryRun", "onError", "stoppedAtFile", "errors", "files"])
            #expect(Set(file.keys) == [
                "file", "format", "kind", "inferred", "read", "inserted", "updated", "unchanged", "rejected", "retracted",
                "derivedKeys", "derivedKeyExamples", "keylessRejected", "notes", "rowNotes", "writes", "warnings",
            ])
            #expect(Set(((object["errors"] as? [[String: Any]])?.first ?? [:]).keys) == ["file", "line", "column", "message"])
            // Skip counts and lists the same five and loads p5 alone.
            let skip = try Tipdb.run(["ingest", "d.csv", "--dry-run", "--on-error", "skip"], in: dir)
            #expect(skip.stdout == "d.csv: 6 read, 1 inserted, 0 updated, 0 unchanged, 5 rejected (dry run: nothing written)\n", "\(skip.stdout)")
            #expect(skip.stderr.hasPrefix(errors), "\(skip.stderr)")
        }
    }
}
