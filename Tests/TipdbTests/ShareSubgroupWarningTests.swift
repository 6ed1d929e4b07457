import Foundation
import Testing

/// A share (unit percent) of detected victims, a prevalence or a criminal-justice count whose sex,
/// age group and form are all the total, with no notes, says nothing of what it is a share of: a
/// brief would print "38%, all". Ingest loads it and warns at its unit (review W28); a share whose
/// notes say the part (the Fixtures' "about 1 in 100 victims rescued") is not warned about.
@Suite("ingest: a share with no subgroup and no notes is loaded with a warning naming the columns to fill (built binary)")
struct ShareSubgroupWarningTests {
    static let message = "unit percent with sex, age_group and form all total and no notes: a share of which part of the measure? Fill sex, age_group or form with the part it is a share of (age_group children: children as a share of all), or say in notes what the part is when it is no subgroup (victims rescued); a share of the population is a rate, per-1000 or per-100000; loaded as published"

    @Test("warned at the unit, or at a value written with %; not with a subgroup, a form, notes or a rate unit, nor for an update keeping stored notes")
    func warnings() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nx,Survey X,Institute X,2026\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,sex,age_group,form,source,notes
                bare,detected-trafficking-victims,38,percent,WLD,2018,total,total,,x,
                rescued,detected-trafficking-victims,1,percent,WLD,2018,total,total,,x,victims rescued as a share of all detected victims
                children,detected-trafficking-victims,38,percent,WLD,2022,total,children,,x,
                women,forced-labour,40,percent,WLD,2021,female,total,,x,
                sexual,detected-trafficking-victims,50,percent,WLD,2018,total,total,sexual-exploitation,x,
                rate,detected-trafficking-victims,0.9,per-100000,WLD,2018,total,total,,x,
                count,detected-trafficking-victims,1200,persons,WLD,2018,total,total,,x,

                """, "shares.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "shares.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: shares.csv:2:38: unit: \(Self.message)"], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("shares.csv: 7 read, 7 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 2)"), "\(loaded.stdout)")

            // 12% without a unit column: at the value; in --json with its position.
            try IngestPartWarningTests.write("key,measure,value,place,period,source\npct,detected-trafficking-victims,12%,FRA,2020,x\n", "pct.csv", in: dir)
            let pct = try Tipdb.run(["ingest", "--json", "pct.csv"], in: dir)
            #expect(pct.status == 0, "\(pct.stderr)")
            #expect(IngestPartWarningTests.warnings(pct.stderr) == ["warning: pct.csv:2:34: value: \(Self.message)"], "\(pct.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(pct.stdout.utf8)) as? [String: Any])
            let warning = try #require(((object["files"] as? [[String: Any]])?.first?["warnings"] as? [[String: Any]])?.first)
            #expect(warning["line"] as? Int == 2 && warning["column"] as? Int == 34, "\(warning)")

            // An update from a file without notes or subgroup columns keeps the stored notes, or the
            // stored age group: no warning.
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                rescued,detected-trafficking-victims,2,percent,WLD,2018,x
                children,detected-trafficking-victims,39,percent,WLD,2022,x

                """, "update.csv", in: dir)
            let update = try Tipdb.run(["ingest", "update.csv"], in: dir)
            #expect(update.status == 0, "\(update.stderr)")
            #expect(update.stdout.contains("update.csv: 2 read, 0 inserted, 2 updated"), "\(update.stdout)")
            #expect(IngestPartWarningTests.warnings(update.stderr).isEmpty, "\(update.stderr)")

            // tipdb check names the same shares over the whole database: bare and pct.
            #expect(try Self.shareFindings(in: dir) == ["bare", "pct"])
        }
    }

    /// The rows of `tipdb check`'s `share-without-part` finding (none: empty).
    static func shareFindings(in dir: URL) throws -> [String] {
        let check = try Tipdb.run(["check", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any], "\(check.stderr)")
        let findings = try #require(object["findings"] as? [[String: Any]])
        guard let finding = findings.first(where: { $0["check"] as? String == "share-without-part" }) else { return [] }
        #expect(finding["severity"] as? String == "warning", "\(finding)")
        #expect((finding["message"] as? String)?.hasPrefix("shares (unit percent) of a measure's people or cases") == true, "\(finding)")
        return finding["rows"] as? [String] ?? []
    }

    @Test("the curated Fixtures load without a share warning: their share of victims rescued says its part in notes")
    func fixtures() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let fixtures = repositoryRoot.appendingPathComponent("Fixtures")
            let load = try Tipdb.run(["ingest"] + ["sources.json", "studies.csv", "figures.csv"].map { fixtures.appendingPathComponent($0).path }, in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            // Their one warning is the UNODC statement's repeat that drops the ILO's minimum (repeat-changed).
            #expect(IngestPartWarningTests.warnings(load.stderr).map { $0.components(separatedBy: ": ").dropFirst(2).first ?? "" } == ["repeat-changed"],
                    "\(load.stderr)")
            #expect(load.stdout.contains("figures.csv: 60 read, 60 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 3)"), "\(load.stdout)")
            #expect(try Self.shareFindings(in: dir).isEmpty)
        }
    }
}
