import Foundation
import Storage
import Testing

/// The rule "which fields make a row another figure" lives in Swift once (`FigureIdentity`), and
/// once in SQL (m0046's `figure_citations`, its `moved` column), which cannot call Swift. For each
/// field that can move a figure, and for loads that move none, the view counts exactly the
/// revisions the Swift rule leaves the figure (those after its key's last reuse).
@Suite("figure_citations and FigureIdentity agree on which load reused a key (built binary)")
struct FigureIdentityAgreementTests {
    /// One case: the rows loaded for `f1`, file after file, and how many revisions both rules count.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let loads: [String]
        let revisions: Int
        var testDescription: String { name }
    }

    static let header = "key,measure,value,place,period,sex,age_group,form,source\n"
    static let base = "f1,forced-labour,1500,NPL,2016,total,total,,rep"

    static let cases: [Case] = [
        Case(name: "the number alone", loads: [base, "f1,forced-labour,1700,NPL,2016,total,total,,rep"], revisions: 1),
        Case(name: "measure", loads: [base, "f1,trafficking-victims,1700,NPL,2016,total,total,,rep"], revisions: 0),
        Case(name: "place", loads: [base, "f1,forced-labour,1700,IND,2016,total,total,,rep"], revisions: 0),
        Case(name: "period start", loads: [base, "f1,forced-labour,1700,NPL,2015-2016,total,total,,rep"], revisions: 0),
        Case(name: "period end", loads: [base, "f1,forced-labour,1700,NPL,2016-2017,total,total,,rep"], revisions: 0),
        Case(name: "the same year as days", loads: [base, "f1,forced-labour,1700,NPL,2016-01-01/2016-12-31,total,total,,rep"], revisions: 1),
        Case(name: "the same year as months", loads: [base, "f1,forced-labour,1700,NPL,2016-01/2016-12,total,total,,rep"], revisions: 1),
        Case(name: "February as days, then as a month", loads: [
            "f1,forced-labour,1500,NPL,2016-02-01/2016-02-29,total,total,,rep", "f1,forced-labour,1700,NPL,2016-02,total,total,,rep",
        ], revisions: 1),
        Case(name: "sex", loads: [base, "f1,forced-labour,1700,NPL,2016,female,total,,rep"], revisions: 0),
        Case(name: "age group", loads: [base, "f1,forced-labour,1700,NPL,2016,total,children,,rep"], revisions: 0),
        Case(name: "form", loads: [base, "f1,forced-labour,1700,NPL,2016,total,total,sexual-exploitation,rep"], revisions: 0),
        Case(name: "moved, then revised", loads: [
            base, "f1,forced-labour,1700,IND,2016,total,total,,rep", "f1,forced-labour,1800,IND,2016,total,total,,rep",
        ], revisions: 1),
        Case(name: "revised, then moved", loads: [
            base, "f1,forced-labour,1600,NPL,2016,total,total,,rep", "f1,forced-labour,1800,NPL,2016,female,total,,rep",
        ], revisions: 0),
    ]

    @Test("figure_citations.revisions is what the Swift rule counts", arguments: cases)
    func agree(_ example: Case) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(RevisionUnitTests.sources, "sources.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            for (index, row) in example.loads.enumerated() {
                try IngestPartWarningTests.write(Self.header + row + "\n", "load\(index).csv", in: dir)
                let load = try Tipdb.run(["ingest", "--quiet", "load\(index).csv"], in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions FROM figure_citations WHERE figure = 'f1'"], in: dir)
            let viewCount = view.stdout.replacingOccurrences(of: "\r\n", with: "\n")
            #expect(viewCount == "revisions\n\(example.revisions)\n", "\(view.stdout)\(view.stderr)")
            #expect(try Self.swiftCount(in: dir) == example.revisions)
        }
    }

    /// The revisions of `f1` after its key's last reuse by `FigureIdentity.lastReuse`, read from the
    /// stored states (each case's loads change the number every time, so each one left is counted).
    static func swiftCount(in dir: URL) throws -> Int {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
        let figure = try #require(try db.figure(key: "f1"))
        let states = try db.rows("SELECT kind, previous FROM figure_revisions WHERE figure = 'f1' ORDER BY id").map { row in
            let object = try JSONSerialization.jsonObject(with: Data((row.string("previous") ?? "{}").utf8)) as? [String: Any] ?? [:]
            let held = (object["measure"] as? String).map { measure in
                FigureIdentity(measure: measure, place: object["place"] as? String ?? "", periodStart: object["period_start"] as? String ?? "",
                               periodEnd: object["period_end"] as? String ?? "", sex: object["sex"] as? String ?? "total",
                               ageGroup: object["age_group"] as? String ?? "total", form: object["form"] as? String)
            }
            return (held: held, correction: row.string("kind") == "correction")
        }
        let since = FigureIdentity.lastReuse(states, now: FigureIdentity(figure)).map { $0 + 1 } ?? 0
        return states[since...].filter { !$0.correction }.count
    }
}
