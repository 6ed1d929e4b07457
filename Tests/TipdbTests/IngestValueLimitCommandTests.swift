import Foundation
import Testing

/// End to end through the binary: a URL without a host, a count beyond 2^53 and text after a
/// JSON array's closing bracket are refused with what is wrong, exit 1, the database unchanged
/// (review of session 30).
@Suite("CLI: URLs, counts beyond 2^53 and text after a JSON array are refused saying what is wrong")
struct IngestValueLimitCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test("each refusal names the problem and its place; nothing is written")
    func refused() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            try write("key,title,publisher,url\ns1,T,P,https://\ns2,T,P,https://exa mple.org/x\n", to: "u.csv", in: dir)
            let urls = try Tipdb.run(["ingest", "u.csv"], in: dir)
            #expect(urls.status == 1)
            #expect(urls.stderr.contains("u.csv:2:8: url: \"https://\" has no host after https://; expected a host name such as www.ilo.org, as in https://www.ilo.org/global/publications\n"), "\(urls.stderr)")
            #expect(urls.stderr.contains("u.csv:3:8: url: \"https://exa mple.org/x\" has a space at character 12, in its host name; expected a host name without spaces, such as www.ilo.org\n"), "\(urls.stderr)")

            try write("key,measure,value,unit,place,period,source\nb1,trafficking-offences,12345678901234567,cases,WLD,2020,s\n", to: "b.csv", in: dir)
            let big = try Tipdb.run(["ingest", "b.csv"], in: dir)
            #expect(big.status == 1)
            #expect(big.stderr.contains("b.csv:2:25: value: \"12345678901234567\" is more than 9,007,199,254,740,991 (2^53 - 1), beyond which numbers are not stored exactly (they are kept as 64-bit floating point, which rounds them); expected at most 9,007,199,254,740,991: check the number and its scale word (million, billion, trillion)\n"), "\(big.stderr)")

            try write(#"[{"key": "s3", "title": "T", "publisher": "P"}] trailing junk"# + "\n", to: "t.json", in: dir)
            let json = try Tipdb.run(["ingest", "t.json"], in: dir)
            #expect(json.status == 1)
            #expect(json.stderr.contains("t.json:1:49: expected nothing but white space after the JSON array's closing ], found 'trailing junk'\n"), "\(json.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }
}
