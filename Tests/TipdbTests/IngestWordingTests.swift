import Foundation
import Testing

/// Smaller wording of ingest errors (review of session 29): a stray quote quotes its field up to it, a
/// file of white space is not called empty, a JSON member is a field, and a key of the wrong kind
/// in `source` or `study` is named as such, as one in `cites` was.
@Suite("CLI: ingest errors quote the field, say white space, field and the kind of a key")
struct IngestWordingTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func database(_ dir: URL) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
    }

    private static let header = "key,measure,value,place,period,source,study,notes\n"

    /// A database with the source `s`, the study `st` and the figure `f1`.
    private func prepare(_ dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
        try write("key,title,source,method\nst,A study,s,survey\n", to: "st.csv", in: dir)
        try write(Self.header + "f1,trafficking-victims,1,FRA,2001,s,,\n", to: "f1.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv", "st.csv", "f1.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("a stray quote quotes the text of its field before it")
    func strayQuote() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(Self.header + "a1,trafficking-victims,1,FRA,2001,s,,ab\"c\n", to: "sq.csv", in: dir)
            let before = try database(dir)
            let result = try Tipdb.run(["ingest", "sq.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("sq.csv:2:40: unexpected quote inside an unquoted field, after 'ab'; quote the whole field and double the quote\n"), "\(result.stderr)")
            #expect(try database(dir) == before)
        }
    }

    @Test("a file of spaces and blank lines says so, not that it is empty")
    func whiteSpaceOnly() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write("   \n", to: "ws.csv", in: dir)
            try write("", to: "empty.csv", in: dir)
            let before = try database(dir)
            let spaces = try Tipdb.run(["ingest", "ws.csv"], in: dir)
            #expect(spaces.status == 1)
            #expect(spaces.stderr.contains("ws.csv:1:1: the file holds only white space (blank lines or spaces); expected a header line naming the columns\n"), "\(spaces.stderr)")
            let empty = try Tipdb.run(["ingest", "empty.csv"], in: dir)
            #expect(empty.stderr.contains("empty.csv:1:1: the file is empty; expected a header line naming the columns\n"), "\(empty.stderr)")
            #expect(try database(dir) == before)
        }
    }

    @Test("source given a figure's or a study's key, and study given a source's or a figure's, say which kind of key it is")
    func keyOfAnotherKind() throws {
        try withTemporaryDirectory { dir in
            try prepare(dir)
            try write(Self.header + "a1,trafficking-victims,1,FRA,2002,f1,,\na2,trafficking-victims,1,FRA,2003,st,,\na3,trafficking-victims,1,FRA,2004,s,s,\na4,trafficking-victims,1,FRA,2005,s,f1,\n", to: "k.csv", in: dir)
            let before = try database(dir)
            let result = try Tipdb.run(["ingest", "k.csv"], in: dir)
            #expect(result.status == 1)
            let source = "expected the key of a source in the database or in a sources file of the same command"
            let study = "expected the key of a study in the database or in a studies file of the same command"
            for line in [
                "k.csv:2:35: source: \"f1\" is a figure, not a source; \(source) (a figure this row repeats goes in cites)",
                "k.csv:3:35: source: \"st\" is a study, not a source; \(source) (the study goes in study)",
                "k.csv:4:37: study: \"s\" is a source, not a study; \(study) (the source goes in source)",
                "k.csv:5:37: study: \"f1\" is a figure, not a study; \(study) (a figure this row repeats goes in cites)",
            ] {
                #expect(result.stderr.contains(line + "\n"), "\(line)\n\(result.stderr)")
            }
            #expect(try database(dir) == before)
        }
    }
}
