import Foundation
@testable import Ingest
import Storage
import Testing

@Suite("Ingest: derived figure keys")
struct FigureKeyTests {
    static let period = Period(start: "1995", end: "2004")

    @Test("a figure of the whole population in the measure's unit is prefix:measure:place:period")
    func plain() {
        #expect(FigureKey.derive(
            prefix: "ilo-2005", measure: "trafficking-victims", place: "WLD", period: Self.period, sex: "total",
            ageGroup: "total", form: nil, unit: "persons", defaultUnit: "persons")
            == "ilo-2005:trafficking-victims:WLD:1995-2004")
    }

    @Test("subgroups, form and breakdowns narrow the key in a fixed order, and a non-default unit comes last")
    func everyPart() {
        #expect(FigureKey.derive(
            prefix: "unodc-glotip", measure: "detected-trafficking-victims", place: "PHL",
            period: Period(start: "2019", end: "2019"), sex: "female", ageGroup: "18 to 20",
            form: "sexual-exploitation", breakdowns: ["citizenship-COD"], unit: "percent", defaultUnit: "persons")
            == "unodc-glotip:detected-trafficking-victims:PHL:2019:female:18-to-20:sexual-exploitation:citizenship-COD:percent")
    }

    @Test("a figure's key is the key of its fields")
    func fromFigure() {
        let figure = Figure(
            key: "", measure: "forced-labour", value: 27_600_000, unit: "persons", place: "WLD",
            periodStart: "2021", periodEnd: "2021", sex: "male", source: "ilo-2022", method: "estimated")
        #expect(FigureKey.derive(prefix: figure.source, figure: figure, defaultUnit: "persons")
            == "ilo-2022:forced-labour:WLD:2021:male")
    }

    @Test("a row without a key never takes over a stored figure that was given its derived key but is another figure; the same figure updates")
    func derivedKeyOfAnotherFigure() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        // A key given by hand that reads like the key derived for ITA 2012, on a figure of ESP 2013.
        _ = try h.ingest([try h.write("given.csv", """
            key,measure,value,place,period,source
            ilo-2005:trafficking-victims:ITA:2012,trafficking-victims,1,ESP,2013,ilo-2005

            """)])
        let keyless = try h.write("keyless.csv", """
            measure,value,place,period,source
            trafficking-victims,2,ITA,2012,ilo-2005

            """)
        let before = try h.fileBytes()
        let report = try h.ingest([keyless])
        #expect(report.errors.map(\.description) == [
            "\(keyless):2:1: the row has no key, and the key derived from its fields, \"ilo-2005:trafficking-victims:ITA:2012\", is that of a stored figure of another place, period, measure, subgroup or source (ilo-2005, trafficking-victims, ESP, 2013); expected a key column naming the figure to update, or a new key",
        ])
        #expect(try h.fileBytes() == before)
        let skipped = try h.ingest([keyless], IngestOptions(onError: .skip))
        #expect(skipped.files[0].rejected == 1 && skipped.files[0].updated == 0)
        #expect(try h.db.figure(key: "ilo-2005:trafficking-victims:ITA:2012")?.place == "ESP")

        // A keyless row of the figure its derived key names updates it, as always.
        let same = try h.write("same.csv", """
            measure,value,place,period,source
            trafficking-victims,3,ESP,2013,ilo-2005

            """)
        let first = try h.ingest([same])
        #expect(first.isClean && first.files[0].inserted == 1)
        let changed = try h.write("changed.csv", """
            measure,value,place,period,source
            trafficking-victims,4,ESP,2013,ilo-2005

            """)
        let second = try h.ingest([changed])
        #expect(second.isClean && second.files[0].updated == 1)
        #expect(try h.db.figure(key: "ilo-2005:trafficking-victims:ESP:2013")?.value == 4)
    }
}
