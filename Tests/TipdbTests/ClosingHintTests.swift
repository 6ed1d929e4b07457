import Foundation
import Testing

/// The closing line of a rejected ingest offers only a way out that helps (review of session 31:
/// the Fixtures' figures loaded before their sources gave 116 errors and "use --on-error skip to
/// load the valid rows", where no row was valid and the way out was to name the sources file too).
@Suite("CLI: a rejected ingest's closing line names the way out: the missing sources and studies files, not --on-error skip when no row is valid")
struct ClosingHintTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test("figures before their sources and studies: every row refused, the files to add named")
    func figuresBeforeSources() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write("key,measure,value,place,period,source,study\nf1,forced-labour,12,WLD,2020,s1,st1\nf2,forced-labour,13,WLD,2021,s1,\n", to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasSuffix("tipdb: 3 problems found; nothing was loaded: fix them (every row was refused, so --on-error skip "
                + "would load none); rows name sources and studies that are neither in the database nor in this command: give their "
                + "files in the same command (tipdb ingest sources.json studies.csv figures.csv), or load them first\n"), "\(result.stderr)")
        }
    }

    @Test("a sources file given, one study missing, one row valid: skip is offered, and only the studies file is named")
    func studiesMissing() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write("key,title,publisher\ns1,Report,ILO\n", to: "s.csv", in: dir)
            try write("key,measure,value,place,period,source,study\nf1,forced-labour,12,WLD,2020,s1,st1\nf2,forced-labour,13,WLD,2021,s1,\n", to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "s.csv", "figures.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasSuffix("tipdb: 1 problem found; nothing was loaded (fix it, or use --on-error skip to load the valid rows); "
                + "rows name studies that are neither in the database nor in this command: give their files in the same command "
                + "(tipdb ingest studies.csv s.csv figures.csv), or load them first\n"), "\(result.stderr)")
        }
    }

    @Test("a source naming a figure of the same command, no sources file given: that row's error, no hint to add a sources file")
    func figureKeyAsSource() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write("key,title,publisher\ns1,Report,ILO\n", to: "s.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "s.csv"], in: dir).status == 0)
            try write("key,measure,value,place,period,source\nf1,forced-labour,12,WLD,2020,f2\nf2,forced-labour,13,WLD,2021,s1\n", to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("figures.csv:2:30: source: \"f2\" is a figure of this command (line 3 of this file), not a source;"), "\(result.stderr)")
            #expect(result.stderr.hasSuffix("tipdb: 1 problem found; nothing was loaded (fix it, or use --on-error skip to load the valid rows)\n"), "\(result.stderr)")
        }
    }

    @Test("a key misspelt in the command's own sources file: no hint to add a sources file")
    func misspeltKey() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write("key,title,publisher\ns1,Report,ILO\n", to: "s.csv", in: dir)
            try write("key,measure,value,place,period,source\nf1,forced-labour,12,WLD,2020,s2\n", to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "s.csv", "figures.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasSuffix("tipdb: 1 problem found; nothing was loaded (fix it, or use --on-error skip to load the valid rows)\n"), "\(result.stderr)")
        }
    }
}
