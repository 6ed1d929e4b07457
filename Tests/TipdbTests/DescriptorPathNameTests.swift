import Foundation
import Testing

/// A file given as `/dev/fd/N` (bash's process substitution, `<(...)`, or a descriptor the shell
/// opened) is named as written, in the summary and in messages. (The second review saw `bash:` in
/// their place; tipdb writes `/dev/fd/3`, which that review's terminal transcript showed as `bash`.)
@Suite("ingest names a file given as /dev/fd/N as written (built binary)")
struct DescriptorPathNameTests {
    @Test("the summary line and the same-file error say /dev/fd/3")
    func namedAsWritten() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init", "--db", "t.sqlite"], in: dir).status == 0)
            let fixtures = repositoryRoot.appendingPathComponent("Fixtures")
            let load = try Tipdb.run(["ingest", "--quiet", "--db", "t.sqlite", fixtures.appendingPathComponent("sources.json").path], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let csv = "key,measure,value,unit,place,period,source\nf1,forced-labour,5,persons,WLD,2004,ilo-2005-global-alliance\n"
            try Data(csv.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let alone = try Tipdb.runInShell(#""$0" ingest --db t.sqlite --dry-run --format csv /dev/fd/3 3<f.csv"#, in: dir)
            #expect(alone.status == 0, "\(alone.stderr)")
            #expect(alone.stdout == "/dev/fd/3: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (dry run: nothing written)\n")
            #expect(alone.stderr.contains("note: /dev/fd/3: kind figures from the header\n"), "\(alone.stderr)")
            let twice = try Tipdb.runInShell(#""$0" ingest --db t.sqlite --dry-run --format csv f.csv /dev/fd/3 3<f.csv"#, in: dir)
            #expect(twice.status == 1)
            #expect(twice.stderr.hasPrefix("/dev/fd/3: the same file as f.csv (another name or a link for it); expected each file once\n"), "\(twice.stderr)")
            #expect(twice.stdout.contains("/dev/fd/3: 0 read, rejected (given twice: see its error)"), "\(twice.stdout)")
        }
    }
}
