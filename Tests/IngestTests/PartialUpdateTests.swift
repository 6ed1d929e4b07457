import Foundation
import Ingest
import Storage
import Testing

/// Updating a stored figure from a file that gives only some of its fields.
@Suite("Ingest: an update keeps the fields its input does not give")
struct PartialUpdateTests {
    /// The harness's three figures, plus a study, notes, a locator, a form, sex and bounds on the first.
    private func loaded() throws -> IngestHarness {
        let h = try IngestHarness()
        let studies = try h.write("studies.csv", "key,title,source\nilo-2005-study,Minimum estimate,ilo-2005\n")
        let full = IngestHarness.figures
            .replacingOccurrences(of: "key,measure,value,unit,place,period,source,cites,method,quote,tags",
                                  with: "key,measure,value,unit,place,period,source,cites,method,quote,tags,low,high,ci_level,study,locator,notes,sex,form,x_page")
            .replacingOccurrences(of: ",estimated,,ilo;global\n", with: ",estimated,,ilo;global,2000000,3000000,0.95,ilo-2005-study,p. 10,a minimum,female,sexual-exploitation,10\n")
            .replacingOccurrences(of: ",reported,at any one time,\n", with: ",reported,at any one time,,,,,,,,,,\n")
            .replacingOccurrences(of: "according to the United Nations\",\n", with: "according to the United Nations\",,,,,,,,,,\n")
        let report = try h.ingest([try h.write("sources.csv", IngestHarness.sources), studies, try h.write("figures.csv", full)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        return h
    }

    @Test("a file with only the required columns corrects the number and keeps quote, lineage, method, tags, bounds and the rest")
    func csvKeepsUnstatedColumns() throws {
        let h = try loaded()
        let before = try #require(try h.db.figure(key: "francis-2013-trafficked"))
        let ilo = try #require(try h.db.figure(key: "ilo-2005-trafficked"))
        let partial = """
            key,measure,value,place,period,source
            francis-2013-trafficked,trafficking-victims,2.5 million,WLD,1995-2004,francis-2013
            ilo-2005-trafficked,trafficking-victims,"2,450,000",WLD,1995-2004,ilo-2005

            """
        let report = try h.ingest([try h.write("partial.csv", partial)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files[0].updated == 1 && report.files[0].unchanged == 1)
        let after = try #require(try h.db.figure(key: "francis-2013-trafficked"))
        var expected = before
        expected.value = 2_500_000
        #expect(after == expected)
        #expect(after.cites == "unodc-2012-trafficked" && after.method == "reported" && after.quote == before.quote)
        // The same value: bounds, study, locator, notes, sex, form, tags and x_ columns all stay.
        #expect(try h.db.figure(key: "ilo-2005-trafficked") == ilo)
        #expect(ilo.low == 2_000_000 && ilo.ciLevel == 0.95 && ilo.sex == "female" && ilo.extra == "{\"x_page\":\"10\"}")

        // Loading the partial file again changes nothing.
        let again = try h.ingest([try h.write("partial.csv", partial)])
        #expect(again.files[0].unchanged == 2)
        #expect(try h.count("figure_revisions") == 1)
    }

    @Test("a row without a unit does not move a stored figure to the measure's default unit: it is refused, unless its value names a unit")
    func unstatedUnitIsNotReset() throws {
        let h = try loaded()
        let rate = "key,measure,value,unit,place,period,source\nrate,forced-labour,3,per-1000,WLD,2002-2011,ilo-2005\n"
        #expect(try h.ingest([try h.write("rate.csv", rate)]).errors.isEmpty)
        let csv = try h.write("r1.csv", "key,measure,value,place,period,source\nrate,forced-labour,4,WLD,2002-2011,ilo-2005\n")
        let json = try h.write("r1.json", #"[{"key": "rate", "measure": "forced-labour", "value": 4, "place": "WLD", "period": "2002-2011", "source": "ilo-2005"}]"#)
        for path in [csv, json] {
            let report = try h.ingest([path])
            #expect(report.errors.map(\.message) == [
                "value: the stored figure \"rate\" is in per-1000, and this row has no unit column, which would make it persons; expected a unit column (per-1000 to keep it)",
            ])
        }
        #expect(try h.db.figure(key: "rate")?.unit == "per-1000")
        // Moved to a measure the stored unit does not fit, the advice is that measure's unit.
        let offences = try h.write("r1b.csv", "key,measure,value,place,period,source\nrate,forced-labour-profits,4,WLD,2002-2011,ilo-2005\n")
        #expect(try h.ingest([offences]).errors.map(\.message) == [
            "value: the stored figure \"rate\" is in per-1000, and this row has no unit column, which would make it USD; expected a unit column (per-1000 does not fit measure forced-labour-profits; USD is its usual unit)",
        ])
        // A value that names its unit changes it, as a unit column would; an empty unit cell
        // (or JSON null) is refused like a missing column; a unit given resets it.
        let percent = try h.write("r2.csv", "key,measure,value,place,period,source\nrate,forced-labour,3%,WLD,2002-2011,ilo-2005\n")
        #expect(try h.ingest([percent]).errors.isEmpty)
        #expect(try h.db.figure(key: "rate")?.unit == "percent")
        #expect(try h.ingest([try h.write("r3.csv", "key,measure,value,unit,place,period,source\nrate,forced-labour,3,per-1000,WLD,2002-2011,ilo-2005\n")]).errors.isEmpty)
        let empty = try h.write("r4.csv", "key,measure,value,unit,place,period,source\nrate,forced-labour,4,,WLD,2002-2011,ilo-2005\n")
        let null = try h.write("r4.ndjson", #"{"key": "rate", "measure": "forced-labour", "value": 4, "unit": null, "place": "WLD", "period": "2002-2011", "source": "ilo-2005"}"# + "\n")
        for path in [empty, null] {
            #expect(try h.ingest([path]).errors.map(\.message) == [
                "value: the stored figure \"rate\" is in per-1000, and this row leaves its unit empty, which would make it persons; expected a unit column (per-1000 to keep it)",
            ])
        }
        #expect(try h.db.figure(key: "rate")?.unit == "per-1000")
        #expect(try h.ingest([try h.write("r5.csv", "key,measure,value,unit,place,period,source\nrate,forced-labour,3,persons,WLD,2002-2011,ilo-2005\n")]).errors.isEmpty)
        #expect(try h.db.figure(key: "rate")?.unit == "persons")
    }

    @Test("% or US$ in a value does not turn a stored change into a level: the row must give its unit")
    func impliedUnitOnStoredChange() throws {
        let h = try loaded()
        let stored = """
            key,measure,value,unit,place,period,source
            pc,detected-trafficking-victims,-11,percent-change,WLD,2019-2020,ilo-2005
            usd,forced-labour-profits,64 billion,USD-change,WLD,2014-2021,ilo-2005

            """
        #expect(try h.ingest([try h.write("stored.csv", stored)]).errors.isEmpty)
        let update = """
            key,measure,value,place,period,source
            pc,detected-trafficking-victims,+25%,WLD,2019-2020,ilo-2005
            usd,forced-labour-profits,US$64 billion,WLD,2014-2021,ilo-2005
            pc,detected-trafficking-victims,-11%,WLD,2019-2020,ilo-2005

            """
        let found = try h.ingest([try h.write("update.csv", update)]).errors.map { "\($0.line): \($0.message)" }
        #expect(found.contains("2: value: the stored figure \"pc\" is in percent-change, and this row has no unit column, which would make it percent; expected a unit column (percent-change to keep it)"), "\(found)")
        #expect(found.contains("3: value: the stored figure \"usd\" is in USD-change, and this row has no unit column, which would make it USD; expected a unit column (USD-change to keep it)"), "\(found)")
        // Refused for its value (a negative share), the row is told about the stored unit too.
        #expect(found.contains("4: value: the stored figure \"pc\" is in percent-change, and this row has no unit column, which would make it percent; expected a unit column (percent-change to keep it)"), "\(found)")
        #expect(try h.db.figure(key: "pc")?.unit == "percent-change" && h.db.figure(key: "usd")?.unit == "USD-change")
    }

    @Test("a new value without bound columns drops the stored bounds, which belonged to the old value")
    func newValueDropsStaleBounds() throws {
        let h = try loaded()
        let partial = "key,measure,value,place,period,source\nilo-2005-trafficked,trafficking-victims,4 million,WLD,1995-2004,ilo-2005\n"
        let report = try h.ingest([try h.write("partial.csv", partial)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let after = try #require(try h.db.figure(key: "ilo-2005-trafficked"))
        #expect(after.value == 4_000_000 && after.low == nil && after.high == nil && after.ciLevel == nil)
        #expect(after.study == "ilo-2005-study" && after.tags == ["global", "ilo"])
        let previous = try #require(try h.db.rows("SELECT previous FROM figure_revisions").first?.string("previous"))
        #expect(previous.contains("\"low\":2000000"))
    }

    @Test("a column given empty clears the stored value; a JSON member given null clears it, an absent one keeps it")
    func emptyClears() throws {
        let h = try loaded()
        let csv = "key,measure,value,place,period,source,quote,tags\nfrancis-2013-trafficked,trafficking-victims,2.4 million,WLD,1995-2004,francis-2013,,\n"
        #expect(try h.ingest([try h.write("clear.csv", csv)]).files[0].updated == 1)
        let cleared = try #require(try h.db.figure(key: "francis-2013-trafficked"))
        #expect(cleared.quote == nil && cleared.tags.isEmpty && cleared.cites == "unodc-2012-trafficked")

        let json = """
            [{"key": "ilo-2005-trafficked", "measure": "trafficking-victims", "value": 2450000, "place": "WLD",
              "period": "1995-2004", "source": "ilo-2005", "notes": null, "locator": "p. 11"}]
            """
        #expect(try h.ingest([try h.write("update.json", json)]).files[0].updated == 1)
        let ilo = try #require(try h.db.figure(key: "ilo-2005-trafficked"))
        #expect(ilo.notes == nil && ilo.locator == "p. 11")
        #expect(ilo.study == "ilo-2005-study" && ilo.low == 2_000_000 && ilo.sex == "female" && ilo.form == "sexual-exploitation")
    }

    @Test("a full chunk of conflicting rows (the multi-row insert path) keeps each row's unstated fields too")
    func chunkPath() throws {
        let h = try IngestHarness()
        let rows = Database.figureChunk
        func file(_ header: String, _ row: (Int) -> String) -> String {
            ([header] + (0..<rows).map(row)).joined(separator: "\n") + "\n"
        }
        let full = file("key,measure,value,place,period,source,quote,method,tags") {
            "f\($0),trafficking-victims,\($0 + 1),WLD,2016,ilo-2005,quote \($0),reported,t\($0)"
        }
        _ = try h.ingest([try h.write("sources.csv", IngestHarness.sources), try h.write("full.csv", full)])
        let partial = file("key,measure,value,place,period,source") { "f\($0),trafficking-victims,\($0 + 2),WLD,2016,ilo-2005" }
        let report = try h.ingest([try h.write("partial.csv", partial)])
        #expect(report.files[0].updated == rows, "\(report.errors)")
        for i in [0, rows / 2, rows - 1] {
            let figure = try #require(try h.db.figure(key: "f\(i)"))
            #expect(figure.value == Double(i + 2) && figure.quote == "quote \(i)" && figure.method == "reported" && figure.tags == ["t\(i)"])
        }
    }

    @Test("girls, boys, women and men set or check the age group of a stored figure a row updates without an age_group column")
    func sexWordAgeOnUpdate() throws {
        let h = try IngestHarness()
        let first = """
            key,measure,value,place,period,source,sex,age_group
            a,trafficking-victims,100,FRA,2010,ilo-2005,total,total
            b,trafficking-victims,100,FRA,2010,ilo-2005,female,adults
            d,trafficking-victims,100,FRA,2010,ilo-2005,female,15-49

            """
        #expect(try h.ingest([try h.write("sources.csv", IngestHarness.sources), try h.write("a.csv", first)]).errors.isEmpty)
        let second = """
            key,measure,value,place,period,source,sex
            a,trafficking-victims,100,FRA,2010,ilo-2005,men
            b,trafficking-victims,100,FRA,2010,ilo-2005,girls
            d,trafficking-victims,100,FRA,2010,ilo-2005,women

            """
        let report = try h.ingest([try h.write("b.csv", second)], IngestOptions(onError: .skip))
        #expect(report.errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "3:45: sex: \"girls\" means children, but the stored figure \"b\" has age group adults and this row gives none; expected an age_group column (or member) saying which is right",
        ])
        #expect(try h.db.figure(key: "a").map { "\($0.sex)|\($0.ageGroup)" } == "male|adults")
        #expect(try h.db.figure(key: "b").map { "\($0.sex)|\($0.ageGroup)" } == "female|adults")
        // A band crossing 18 fits women and stays.
        #expect(try h.db.figure(key: "d").map { "\($0.sex)|\($0.ageGroup)" } == "female|15-49")
        // A JSON object without age_group: the same rule.
        let json = #"{"key": "b", "measure": "trafficking-victims", "value": 100, "place": "FRA", "period": "2010", "source": "ilo-2005", "sex": "boys"}"# + "\n"
        #expect(try h.ingest([try h.write("b.ndjson", json)]).errors.map(\.message) == [
            "sex: \"boys\" means children, but the stored figure \"b\" has age group adults and this row gives none; expected an age_group column (or member) saying which is right",
        ])
    }
}
