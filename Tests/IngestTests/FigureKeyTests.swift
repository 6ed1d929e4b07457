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
}
