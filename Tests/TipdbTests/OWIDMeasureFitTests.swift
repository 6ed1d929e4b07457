import Foundation
import Testing

/// `--measure` decides an Our World in Data column's measure, never its unit or what it counts:
/// `--measure trafficking-profits` stored 45 detected victims as US$45, and `--measure
/// forced-marriage` made a count of detected victims a prevalence estimate. Such a measure is
/// refused at the column (exit 1), naming what the column states and the measures that fit.
@Suite("Our World in Data: a --measure that contradicts a column's unit or its detected/estimated words is refused (built binary)")
struct OWIDMeasureFitTests {
    static let detected = "16.2.2 - Detected victims of human trafficking (number) - VC_HTF_DETV"

    /// Writes `detected-victims.csv` with `title` and, when `unit` is given, its metadata; then `tipdb init`.
    private func write(title: String = Self.detected, unit: String?, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("Entity,Code,Year,\"\(title)\"\nPhilippines,PHL,2019,45\n".utf8).write(to: dir.appendingPathComponent("detected-victims.csv"))
        if let unit {
            try Data(#"{"columns": {"\#(title)": {"unit": "\#(unit)", "origins": [{"producer": "UNODC", "title": "SDG 16.2.2"}]}}}"#.utf8)
                .write(to: dir.appendingPathComponent("detected-victims.metadata.json"))
        }
    }

    @Test("a measure the column's unit rules out, or a prevalence estimate for detected victims: exit 1 under skip too, nothing stored",
          arguments: [
            ("trafficking-profits", "victims",
             #"--measure trafficking-profits, a sum of money in USD, does not fit the column's unit: its metadata's unit "victims" is a count; expected a measure that fits it: detected-trafficking-victims, modern-slavery-referrals, victims-in-case-data"#),
            ("trafficking-profits", nil,
             #"--measure trafficking-profits, a sum of money in USD, does not fit the column's unit: its title's "(number)" is a count; expected a measure that fits it: detected-trafficking-victims, modern-slavery-referrals, victims-in-case-data"#),
            ("forced-marriage", "victims",
             #"--measure forced-marriage, a prevalence estimate counted in persons, does not fit the column: its titles say "detected", a count of the cases an authority detected, which is not an estimate of how many people are in the situation; expected a measure of detected cases that fits it: detected-trafficking-victims, modern-slavery-referrals, victims-in-case-data"#),
          ])
    func refused(measure: String, unit: String?, message: String) throws {
        try withTemporaryDirectory { dir in
            try write(unit: unit, in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "--measure", measure, "detected-victims.csv"], in: dir)
            #expect(result.status == 1)
            #expect(OWIDUnitTests.problems(result.stderr).first == "detected-victims.csv:1:18: column \"\(Self.detected)\": \(message)", "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }

    @Test("a count of detected cases for a column whose title says estimated is refused; the measures that fit load")
    func estimated() throws {
        let title = "Estimated number of people in forced marriage"
        try withTemporaryDirectory { dir in
            try write(title: title, unit: "people", in: dir)
            let result = try Tipdb.run(["ingest", "--measure", "detected-trafficking-victims", "detected-victims.csv"], in: dir)
            #expect(result.status == 1)
            #expect(OWIDUnitTests.problems(result.stderr).first == """
                detected-victims.csv:1:18: column "\(title)": --measure detected-trafficking-victims, a count of detected cases in persons, \
                does not fit the column: its titles say "estimated", an estimate, which is not a count of the cases an authority detected; \
                expected an estimate that fits it: child-labour, forced-commercial-sexual-exploitation, forced-labour, forced-labour-private, \
                forced-labour-private-economy, forced-marriage, hazardous-child-labour, modern-slavery, state-imposed-forced-labour, trafficking-victims
                """, "\(result.stderr)")
            let fits = try Tipdb.run(["ingest", "--measure", "forced-marriage", "detected-victims.csv"], in: dir)
            #expect(fits.status == 0, "\(fits.stderr)")
        }
        try withTemporaryDirectory { dir in
            try write(unit: "victims", in: dir)
            let fits = try Tipdb.run(["ingest", "--measure", "detected-trafficking-victims", "detected-victims.csv"], in: dir)
            #expect(fits.status == 0, "\(fits.stderr)")
            #expect(try RetractCommandTests.sql("SELECT measure, value, unit, method FROM figures", in: dir)
                == "detected-trafficking-victims,45.0,persons,detected")
        }
    }
}
