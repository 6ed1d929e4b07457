import Foundation
import Testing

/// The scope sentence names each place asked for once, in the right relation.
@Suite("Brief scope: a place inside another one asked for (built binary)")
struct BriefScopeWordsTests {
    @Test("--place Europe --place AUT names Austria among Europe's members, not as one more region")
    func placeInsideRegion() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nsrc-a,report,Trafficking in Austria,BMI,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,measure,value,unit,place,period,source,method,locator\naut-det-2019,detected-trafficking-victims,250,persons,AUT,2019,src-a,detected,p. 3\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["report", "brief", "--place", "Europe", "--place", "AUT", "--date", "2026-11-30"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let scope = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Scope: ") })
            #expect(scope.contains("Europe and its "), "\(scope)")
            #expect(scope.contains(" countries (Austria among them), and "), "\(scope)")
            #expect(!scope.contains("within it and Austria"), "\(scope)")
        }
    }

    /// Review of session 51: `East Asia and the Pacific and its 34 countries, and 1 region within
    /// it (Thailand among them)` called Thailand the region within it.
    @Test("--place THA --place 'East Asia and the Pacific' names Thailand after the countries, not the regions")
    func countryAfterCountries() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nsrc-a,report,Trafficking in Thailand,Institute A,2021\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("key,measure,value,unit,place,period,source,method,locator\ntha-2020,detected-trafficking-victims,1200,persons,THA,2020,src-a,detected,p. 3\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["report", "brief", "--place", "THA", "--place", "East Asia and the Pacific", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let scope = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Scope: ") })
            #expect(scope.contains("East Asia and the Pacific and its 34 countries (Thailand among them), and "), "\(scope)")
            #expect(!scope.contains("within it (Thailand among them)"), "\(scope)")
        }
    }
}
