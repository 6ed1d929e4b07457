import Foundation
import Storage
import Testing

/// An age group is one of a documented set, stored one way per band, whatever path a figure comes
/// by; `tipdb check` names the stored ones that are not (rows of older versions, or of scripts).
@Suite("age groups and the sex words that carry one (built binary)")
struct AgeGroupCommandTests {
    private func ingest(_ csv: String, in dir: URL) throws -> (status: Int32, stderr: String) {
        try Data(csv.utf8).write(to: dir.appendingPathComponent("ages.csv"))
        let result = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "ages.csv"], in: dir)
        return (result.status, result.stderr)
    }

    private func stored(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT key, sex, age_group FROM figures WHERE key LIKE 'ag%' ORDER BY key"], in: dir).stdout
    }

    @Test("each band is stored one way; free text is refused at its line and column with the accepted forms")
    func bands() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try ingest("""
                key,measure,value,place,period,source,age_group
                ag1,forced-labour,10,FRA,2004,ilo-2005-global-alliance,under 18 years old
                ag2,forced-labour,10,FRA,2004,ilo-2005-global-alliance,18 years and over
                ag3,forced-labour,10,FRA,2004,ilo-2005-global-alliance,18-24 years
                ag4,forced-labour,10,FRA,2004,ilo-2005-global-alliance,over 65
                ag5,forced-labour,10,FRA,2004,ilo-2005-global-alliance,teenagers
                ag6,forced-labour,10,FRA,2004,ilo-2005-global-alliance,17-

                """, in: dir)
            #expect(result.status == 1)
            let accepted = "expected total, children, adults, unknown, or an age band in whole years: 18-20 (also 18 to 20, 18-20 years), 65+ (also 65 and over, 65 or older, over 65), under 5 (stored as 0-4); 0-17 and under 18 are children, 18+ adults, 0+ total"
            #expect(result.stderr == """
                ages.csv:6:56: age_group: "teenagers" is not an age group; \(accepted)
                ages.csv:7:56: age_group: "17-" is not an age group; \(accepted)
                warning: ages.csv:4:19: parts-above-total: ag3 (10) + ag4 (10) = 20 > ag2 (10): subgroups that cannot overlap (female, male and other; age groups whose ages do not overlap; parts of a country such as subdivision: England and subdivision: Wales, not England and Wales) add up to more than their total beyond rounding (counts from records, such as detected victims, at all), for the same measure, place, period, source and study, the releases of one bulk export counting as one (a censored part such as <5 counted as 1, a range or interval at its low end and the total at the high end of its own; kept as published; say so when citing)
                tipdb: 2 problems found; the rows concerned were skipped and kept in ingest_rejects

                """, "\(result.stderr)")
            #expect(try stored(in: dir) == "key,sex,age_group\r\nag1,total,children\r\nag2,total,adults\r\nag3,total,18-24\r\nag4,total,65+\r\n")
        }
    }

    @Test("a figures file's age_group and an Our World in Data column title read the same spellings of a band the same way: over 18 is adults in both")
    func sameSpellingsInTitles() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let spellings = [("over 18", "adults"), ("18 or more", "adults"), ("below 18 years of age", "children"), ("younger than 5", "0-4"), ("15 to 24 years", "15-24")]
            var csv = "key,measure,value,place,period,source,age_group\n"
            var files: [String] = []
            for (index, spelling) in spellings.enumerated() {
                csv += "ag\(index + 1),forced-labour,10,FRA,\(2001 + index),ilo-2005-global-alliance,\(spelling.0)\n"  // a year each: no two compared
                let name = "owid\(index + 1).csv"
                try Data("Entity,Code,Year,\"Detected victims of trafficking, \(spelling.0)\"\nFrance,FRA,2019,1\n".utf8).write(to: dir.appendingPathComponent(name))
                files.append(name)
            }
            let file = try ingest(csv, in: dir)
            #expect(file.status == 0 && file.stderr.isEmpty, "\(file.stderr)")
            let titles = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(titles.status == 0 && titles.stderr.isEmpty, "\(titles.stderr)")
            let fromFile = try stored(in: dir)
            let fromTitles = try Tipdb.run(["sql", "--format", "csv", "SELECT source, age_group FROM figures WHERE source LIKE 'owid-owid%' ORDER BY source"], in: dir).stdout
            #expect(fromFile == "key,sex,age_group\r\n" + spellings.enumerated().map { "ag\($0.offset + 1),total,\($0.element.1)\r\n" }.joined())
            #expect(fromTitles == "source,age_group\r\n" + spellings.enumerated().map { "owid-owid\($0.offset + 1),\($0.element.1)\r\n" }.joined())
        }
    }

    @Test("girls and boys are children, women and men adults; an age group on the other side of 18 is an error")
    func sexWords() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try ingest("""
                key,measure,value,place,period,source,sex,age_group
                ag1,forced-labour,10,FRA,2004,ilo-2005-global-alliance,girls,
                ag2,forced-labour,10,FRA,2004,ilo-2005-global-alliance,boys,total
                ag3,forced-labour,10,FRA,2004,ilo-2005-global-alliance,Women,
                ag4,forced-labour,10,FRA,2004,ilo-2005-global-alliance,girls,9-17
                ag5,forced-labour,10,FRA,2004,ilo-2005-global-alliance,women,15-49
                ag6,forced-labour,10,FRA,2004,ilo-2005-global-alliance,women and girls,
                ag7,forced-labour,10,FRA,2004,ilo-2005-global-alliance,girls,18-20
                ag8,forced-labour,10,FRA,2004,ilo-2005-global-alliance,men,children

                """, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == """
                ages.csv:8:62: age_group: age group "18-20" contradicts sex "girls", which means children; expected children, a band that starts below 18, or an empty age_group
                ages.csv:9:60: age_group: age group "children" contradicts sex "men", which means adults; expected adults, a band that ends at 18 or later, or an empty age_group
                warning: ages.csv:2:19: parts-above-total: ag1 (10) + ag3 (10) = 20 > ag6 (10): subgroups that cannot overlap (female, male and other; age groups whose ages do not overlap; parts of a country such as subdivision: England and subdivision: Wales, not England and Wales) add up to more than their total beyond rounding (counts from records, such as detected victims, at all), for the same measure, place, period, source and study, the releases of one bulk export counting as one (a censored part such as <5 counted as 1, a range or interval at its low end and the total at the high end of its own; kept as published; say so when citing)
                tipdb: 2 problems found; the rows concerned were skipped and kept in ingest_rejects

                """, "\(result.stderr)")
            #expect(try stored(in: dir) == """
                key,sex,age_group\r
                ag1,female,children\r
                ag2,male,children\r
                ag3,female,adults\r
                ag4,female,9-17\r
                ag5,female,15-49\r
                ag6,female,total\r

                """)
        }
    }

    @Test("tipdb check warns about stored age groups ingest would not store as they are, with the form to write")
    func check() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("""
                UPDATE figures SET age_group = CASE key WHEN (SELECT min(key) FROM figures) THEN 'under 18 years old' ELSE 'teenagers' END
                WHERE key IN (SELECT key FROM figures ORDER BY key LIMIT 2)
                """)
            let keys = try db.rows("SELECT key FROM figures ORDER BY key LIMIT 2").compactMap { $0.string("key") }
            db.close()
            let result = try Tipdb.run(["check"], in: dir)
            #expect(result.status == 0, "warnings only: \(result.stderr)")
            #expect(result.stdout.contains("age-group-not-accepted"), "\(result.stdout)")
            #expect(result.stdout.contains("\(keys[0]): \"under 18 years old\"; write children"), "\(result.stdout)")
            #expect(result.stdout.contains("\(keys[1]): \"teenagers\""), "\(result.stdout)")
        }
    }
}
