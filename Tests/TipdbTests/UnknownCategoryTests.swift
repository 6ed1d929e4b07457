import Foundation
import Testing

/// A national statistician's review (session 53, defects 1 and 6): Our World in Data columns of
/// "Unknown age", "Sex not recorded" and "form of exploitation not known" were stored as the
/// all-ages, both-sexes, all-forms total (Kenya's 7 victims of unknown age became its key figure in
/// place of 41), a figures file refused `Unknown age` where it stored `age unknown`, briefs wrote
/// "female, unknown", and a form not identified could be stored only as an alias of a real form.
/// One list of words (`UnknownCategory`) now reads them everywhere.
@Suite("ingest and briefs: an unknown age, sex or form is read by one list of words, stored as unknown or refused, never as the total (built binary)")
struct UnknownCategoryTests {
    private static func write(_ name: String, _ text: String, in dir: URL) throws {
        try IngestPartWarningTests.write(text, name, in: dir)
    }

    /// Rows of `tipdb sql QUERY --format csv`, header first.
    private static func rows(_ query: String, in dir: URL) throws -> [String] {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\r\n").map(String.init)
    }

    /// The `"subgroup"` values of a brief's JSON, in order.
    private static func subgroups(place: String, in dir: URL) throws -> [String] {
        let brief = try Tipdb.run(["report", "brief", "--place", place, "--format", "json", "--date", "2026-12-06"], in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        return brief.stdout.components(separatedBy: "\"subgroup\": \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    static let total = "16.2.2 - Detected victims of human trafficking (number) - VC_HTF_DETV - All age ranges or no breakdown by age - Both sexes"
    static let unknownAge = "16.2.2 - Detected victims of human trafficking (number) - VC_HTF_DETV - Unknown age - Both sexes"
    static let unknownForm = "Detected victims of human trafficking with form of exploitation not known"

    @Test("Our World in Data: Unknown age is age group unknown and form of exploitation not known form unknown, beside the total, which stays the key figure")
    func owidUnknownAgeAndForm() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write("ken.csv", "Entity,Code,Year,\(Self.total),\(Self.unknownAge),\(Self.unknownForm)\nKenya,KEN,2019,41,7,5\n", in: dir)
            let loaded = try Tipdb.run(["ingest", "ken.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stderr.contains("note: ken.csv: column 5 \"\(Self.unknownAge)\" → detected-trafficking-victims, persons, age unknown\n"), "\(loaded.stderr)")
            #expect(loaded.stderr.contains("note: ken.csv: column 6 \"\(Self.unknownForm)\" → detected-trafficking-victims, persons, form unknown\n"), "\(loaded.stderr)")
            #expect(try Self.rows("SELECT key, value, sex, age_group, form FROM figures ORDER BY value", in: dir) == [
                "key,value,sex,age_group,form",
                "owid-ken:detected-trafficking-victims:KEN:2019:form-unknown,5.0,total,total,unknown",
                "owid-ken:detected-trafficking-victims:KEN:2019:unknown,7.0,total,unknown,",
                "owid-ken:detected-trafficking-victims:KEN:2019,41.0,total,total,",
            ])
            let brief = try Tipdb.run(["report", "brief", "--place", "KEN", "--format", "json", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let keyFigures = try #require(brief.stdout.components(separatedBy: "\"keyFigures\"").dropFirst().first)
            #expect(keyFigures.contains("\"key\": \"owid-ken:detected-trafficking-victims:KEN:2019\""), "\(brief.stdout)")
            #expect(!keyFigures.prefix(while: { $0 != "]" }).contains("unknown"), "\(brief.stdout)")
            #expect(Set(try Self.subgroups(place: "KEN", in: dir)).isSuperset(of: ["all", "age unknown", "form unknown"]))
            // Nothing for tipdb check to warn about: form unknown is no form outside the vocabulary.
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("unknown-form") && !check.stderr.contains("unknown-form"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test("Our World in Data: Sex not recorded, and an Unknown that names no sex, age or form, are refused at the column's header cell, nothing loaded")
    func owidRefused() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let sex = "Detected victims of human trafficking (number) - Sex not recorded - children"
            let bare = "Detected victims of human trafficking (number) - Unknown"
            try Self.write("sex.csv", "Entity,Code,Year,\(sex)\nKenya,KEN,2019,3\n", in: dir)
            try Self.write("bare.csv", "Entity,Code,Year,\(bare)\nKenya,KEN,2019,3\n", in: dir)
            let refused = try Tipdb.run(["ingest", "sex.csv", "bare.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note: ") && !$0.hasPrefix("tipdb: ") }
            #expect(errors == [
                "sex.csv:1:18: column \"\(sex)\": sex \"sex not recorded\" cannot be stored: the database records sex as total, female, male or other, "
                    + "and has no unknown (an age group or a form can be unknown); a column of only the people whose sex was not recorded is not a "
                    + "subgroup tipdb stores, and it is not both sexes: leave the column out",
                "bare.csv:1:18: column \"\(bare)\" says \"unknown\" without naming what is unknown: tipdb cannot tell which subgroup it is, and "
                    + "will not store it as all victims; expected the column title to say age or form (Unknown age, form of exploitation not known; "
                    + "sex cannot be unknown), or the column left out",
            ], "\(refused.stderr)")
            #expect(try Self.rows("SELECT count(*) AS n FROM figures", in: dir) == ["n", "0"])
        }
    }

    @Test("a figures file reads Unknown age, age not stated and age not known as age unknown, a form not identified as form unknown, and refuses Sex not recorded; briefs say which part is unknown")
    func figuresFile() throws {
        try withTemporaryDirectory { dir in
            let refused = try WorldPopulationBoundTests.ingest("""
                key,measure,value,unit,place,period,sex,age_group,form,source
                s,detected-trafficking-victims,3,persons,UGA,2019,Sex not recorded,,,x

                """, as: "sex.csv", in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("sex.csv:2:51: sex: sex \"Sex not recorded\" cannot be stored: the database records sex as total, female, male or other, and has no unknown (an age group or a form can be unknown); for a figure of everyone"), "\(refused.stderr)")

            let loaded = try WorldPopulationBoundTests.ingest("""
                key,measure,value,unit,place,period,sex,age_group,form,source
                t,detected-trafficking-victims,40,persons,UGA,2019,,,,x
                a1,detected-trafficking-victims,4,persons,UGA,2019,,Unknown age,,x
                a2,detected-trafficking-victims,3,persons,UGA,2019,female,age not stated,,x
                a3,detected-trafficking-victims,2,persons,UGA,2019,male,age not known,,x
                f1,detected-trafficking-victims,5,persons,UGA,2019,,,not identified,x
                f2,detected-trafficking-victims,1,persons,UGA,2019,female,,Form of exploitation not known,x

                """, as: "figures.csv", in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try Self.rows("SELECT key, sex, age_group, form FROM figures ORDER BY key", in: dir) == [
                "key,sex,age_group,form",
                "a1,total,unknown,", "a2,female,unknown,", "a3,male,unknown,",
                "f1,total,total,unknown", "f2,female,total,unknown", "t,total,total,",
            ])
            #expect(Set(try Self.subgroups(place: "UGA", in: dir)) == ["all", "age unknown", "female, age unknown", "male, age unknown", "form unknown", "female, form unknown"])
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("unknown-form") && !check.stderr.contains("unknown-form"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test("GLOTIP: a Female row of Unknown age is written female, age unknown, and a form category Unknown is form unknown")
    func glotip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Self.write("g.csv", GLOTIPFiles.top() + """
                KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
                KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Female,Unknown,2019,Counts,6,GLOTIP
                KEN,Kenya,Africa,Sub-Saharan Africa,Detected trafficking victims,by form of exploitation,Unknown,Total,Total,2019,Counts,4,GLOTIP

                """, in: dir)
            let loaded = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try Self.rows("SELECT key, sex, age_group, form FROM figures ORDER BY key", in: dir) == [
                "key,sex,age_group,form",
                "unodc-glotip:detected-trafficking-victims:KEN:2019,total,total,",
                "unodc-glotip:detected-trafficking-victims:KEN:2019:female:unknown,female,unknown,",
                "unodc-glotip:detected-trafficking-victims:KEN:2019:form-unknown,total,total,unknown",
            ])
            #expect(Set(try Self.subgroups(place: "KEN", in: dir)) == ["all", "female, age unknown", "form unknown"])
        }
    }
}
