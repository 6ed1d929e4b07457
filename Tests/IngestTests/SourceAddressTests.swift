import Ingest
import Storage
import Testing

/// A source's `url` and `doi` are refused saying which part is wrong and what was expected
/// (review of session 30: `https://` with no host loaded, and `https://exa mple.org/x` was said
/// not to start with https://); real addresses, with query strings, fragments, ports, IDNs and
/// percent escapes, still load.
@Suite("Source url and doi: each refusal names the part that is wrong")
struct SourceAddressTests {
    /// The errors of one sources row with `column` set to `value`, without the position.
    private func errors(_ column: String, _ value: String) throws -> [String] {
        let h = try IngestHarness()
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let report = try h.ingest([try h.write("s.csv", "key,title,publisher,\(column)\ns1,T,P,\(quoted)\n")])
        if report.errors.isEmpty { #expect(try h.count("sources") == 1) } else { #expect(try h.count("sources") == 0) }
        return report.errors.map(\.message)
    }

    private static let example = "https://www.ilo.org/global/publications"

    @Test("a URL that is wrong is refused naming what is wrong and what was expected", arguments: [
        ("https://", "\"https://\" has no host after https://; expected a host name such as www.ilo.org, as in \(example)"),
        ("http://?q=1", "\"http://?q=1\" has no host after http://; expected a host name such as www.ilo.org, as in \(example)"),
        ("https://exa mple.org/x",
         "\"https://exa mple.org/x\" has a space at character 12, in its host name; expected a host name without spaces, such as www.ilo.org"),
        ("https://example.org/a report.pdf",
         "\"https://example.org/a report.pdf\" has a space at character 22; expected none in a URL: write a space in its path or query as %20"),
        ("https://example.org/a\u{A0}b", "\"https://example.org/a\u{A0}b\" has a no-break space at character 22; expected none in a URL: write a space in its path or query as %20"),
        ("http:/x.org", "\"http:/x.org\" has one slash after http:; expected two, as in http://x.org"),
        ("https:example.org", "\"https:example.org\" has no slashes after https:; expected two, as in https://example.org"),
        ("https//example.org", "\"https//example.org\" has no colon after https; expected https://, as in https://example.org"),
        ("https:///example.org", "\"https:///example.org\" has three slashes after https:; expected two, then the host, as in \(example)"),
        ("https://https://example.org", "\"https://https://example.org\" gives its scheme twice; expected https:// once, as in \(example)"),
        ("ftp://example.org/f", "\"ftp://example.org/f\" starts with ftp://, which is no web address; expected a URL starting with https:// or http://, such as \(example)"),
        ("www.ilo.org/report", "\"www.ilo.org/report\" has no scheme; expected https:// (or http://) before it, as in https://www.ilo.org/report"),
        ("see https://ilo.org", "\"see https://ilo.org\" has text before its https://, at characters 1 to 4; expected the address alone, starting with https:// or http://"),
        ("https://ilo.org:80a/x", "\"https://ilo.org:80a/x\" has port \"80a\" after its host; expected a number from 0 to 65535 (https://example.org:8080/), or no colon"),
        ("https://ex,ample.org", "\"https://ex,ample.org\" has \",\" in its host name ex,ample.org, at character 11; expected letters, digits, hyphens and dots, as in www.ilo.org"),
        ("https://example..org", "\"https://example..org\" has an empty name between the dots of its host name example..org; expected names separated by single dots, as in www.ilo.org"),
        ("https://[2001:db8::1/x", "\"https://[2001:db8::1/x\" opens an IPv6 address with [ at character 9 and never closes it; expected ] after the address"),
        ("doi:10.1000/xyz", "\"doi:10.1000/xyz\" is a DOI, not a web address; expected it in doi, and a URL starting with https:// or http:// in url"),
        ("report", "\"report\" is not a web address; expected a URL starting with https:// or http://, such as \(example)"),
    ])
    func refusedURL(url: String, message: String) throws {
        #expect(try errors("url", url) == ["url: " + message])
    }

    @Test("real addresses load as written", arguments: [
        "https://www.ilo.org/global/publications/books/WCMS_575479/lang--en/index.htm",
        "http://www.ilo.org/",
        "https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTiP_2022_web.pdf?x=1&y=2#page=12",
        "http://localhost:8080/report",
        "https://user:secret@[2001:db8::1]:8443/a%20b",
        "https://例え.テスト/パス",
        "http://xn--r8jz45g.xn--zckzah/",
        "HTTPS://EXAMPLE.ORG",
        "https://example.org:/x",
        "https://192.168.0.1/data.csv",
    ])
    func acceptedURL(url: String) throws {
        let h = try IngestHarness()
        let report = try h.ingest([try h.write("s.csv", "key,title,publisher,url\ns1,T,P,\"\(url)\"\n")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(try h.db.rows("SELECT url FROM sources").compactMap { $0.string("url") } == [url])
    }

    private static let doiForm = "10.1000/xyz123 (or https://doi.org/10.1000/xyz123)"

    @Test("a DOI that is wrong is refused naming the part that is wrong", arguments: [
        ("x/1", "\"x/1\" does not start with 10., as every DOI does; expected a form such as \(doiForm)"),
        ("10.1000", "\"10.1000\" has no / between its prefix and the item's suffix; expected a form such as \(doiForm)"),
        ("10./x", "\"10./x\" has no registrant code between 10. and /; expected digits there, as in \(doiForm)"),
        ("10.abc/x", "\"10.abc/x\" has registrant code \"abc\" after 10.; expected digits (and dots between them), as in \(doiForm)"),
        ("10.1000/", "\"10.1000/\" has nothing after its /; expected the item's suffix, as in \(doiForm)"),
        ("https://example.org/10.1000/x",
         "\"https://example.org/10.1000/x\" is a web address, not a DOI (a DOI link starts https://doi.org/); expected the page's address in url, and a DOI such as \(doiForm) in doi"),
        ("10.1000/a b", "\"10.1000/a b\" holds a space or control character once read; expected a DOI of printable characters only, such as 10.1000/xyz123"),
    ])
    func refusedDOI(doi: String, message: String) throws {
        #expect(try errors("doi", doi) == ["doi: " + message])
    }

    @Test("DOIs as written and as links load as the bare DOI", arguments: [
        ("10.1000/xyz123", "10.1000/xyz123"),
        ("https://doi.org/10.1000.10/a(b)", "10.1000.10/a(b)"),
        ("doi:10.1177/0002716206297001", "10.1177/0002716206297001"),
    ])
    func acceptedDOI(doi: String, stored: String) throws {
        let h = try IngestHarness()
        let report = try h.ingest([try h.write("s.csv", "key,title,publisher,doi\ns1,T,P,\(doi)\n")])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(try h.db.rows("SELECT doi FROM sources").compactMap { $0.string("doi") } == [stored])
    }
}
