import Foundation
import Testing

/// FTS5's `snippet()` window cut a matched phrase at the end of a note in half:
/// `…later attributed to the [United]…`, and `--json`'s `matches` held `United` alone
/// (review of session 29).
@Suite("tipdb search shows a matched phrase whole in its excerpt (built binary)")
struct SearchWholePhraseTests {
    @Test("\"united nations\" at the end of a note is shown, and matched in JSON, whole")
    func wholePhrase() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["search", "\"united nations\"", "--kind", "figures"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == """
                figure  ilo-2005-trafficked-wld  trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004: at least 2.45 million — ILO 2005
                    …The origin of the '2.4 million' later attributed to the [United Nations].
                figure  francis-2013-trafficked-wld  trafficking-victims (Victims of trafficking in persons (estimated)), WLD (World), 1995-2004: 2.4 million — Francis 2013, repeating unodc-2012-trafficked-wld (UNODC 2012)
                    …persons in the world – 2.4 million according to the [United Nations]
                (2 results)

                """)
            let json = try Tipdb.run(["search", "\"united nations\"", "--kind", "figures", "--json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let results = try #require(object["results"] as? [[String: Any]])
            for found in results {
                let excerpt = Array((found["excerpt"] as? String ?? "").unicodeScalars)
                for match in found["matches"] as? [[String: Int]] ?? [] {
                    let text = String(String.UnicodeScalarView(excerpt[(match["start"] ?? 0)..<(match["end"] ?? 0)]))
                    #expect(text.lowercased() == "united nations", "\(found)")
                }
            }
        }
    }
}
