import Foundation
import Testing

/// What a reviewer's walk through ingest found (session 42), through the built binary: a second
/// study's estimate under a derived key, a method tipdb worked out from `cites`, R's `NA` as a
/// place, a year written as its days, a study of another source, a note line under the table, a
/// key written with a combining accent, and the time of a refused update taken back.
@Suite("ingest: another study's estimate, a worked-out method, NA as a place, a refused update's time (built binary)")
struct IngestIdentityReviewTests {
    /// A database with one source and two studies of it.
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("key,title,publisher,date\nsrc1,Test report,Test NGO,2021\n", "s.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,title,source,period,places,method
            survey,Household survey,src1,2019,NGA,survey
            mse,MSE,src1,2019,NGA,multiple-systems-estimation

            """, "st.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "s.csv", "st.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test("a row without a key naming another study than the stored figure is refused, not taken as a revision")
    func anotherStudy() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("measure,value,place,period,source,study\nforced-labour,\"120,000\",NGA,2019,src1,survey\n", "a.csv", in: dir)
            try IngestPartWarningTests.write("measure,value,place,period,source,study\nforced-labour,\"95,000\",NGA,2019,src1,mse\n", "b.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "a.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "--quiet", "b.csv"], in: dir)
            #expect(second.status == 1)
            #expect(second.stderr.hasPrefix(
                "b.csv:2:1: the row has no key, and the key derived from its fields, \"src1:forced-labour:NGA:2019\", is that of a stored figure of study survey, "
                    + "where this row names study mse: two studies' estimates are two figures, and a key derived from measure, place, period, "
                    + "subgroup, unit and source cannot tell them apart; expected a key column giving each figure its own key\n"), "\(second.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, study, (SELECT count(*) FROM figure_revisions) AS revisions FROM figures"], in: dir)
            #expect(stored.stdout == "key,value,study,revisions\r\nsrc1:forced-labour:NGA:2019,120000.0,survey,0\r\n", "\(stored.stdout)")
            // The same row without a study, or naming the stored one, still updates the figure.
            try IngestPartWarningTests.write("measure,value,place,period,source,study\nforced-labour,\"121,000\",NGA,2019,src1,survey\n", "c.csv", in: dir)
            let same = try Tipdb.run(["ingest", "--quiet", "c.csv"], in: dir)
            #expect(same.status == 0, "\(same.stderr)")
        }
    }

    @Test("two rows of one command that derive one key are called the same derived key, not the same figure")
    func sameDerivedKeyInOneCommand() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("""
                measure,value,place,period,source,study
                forced-labour,"120,000",NGA,2019,src1,survey
                forced-labour,"95,000",NGA,2019,src1,mse

                """, "ab.csv", in: dir)
            let both = try Tipdb.run(["ingest", "--quiet", "ab.csv"], in: dir)
            #expect(both.status == 1)
            #expect(both.stderr.hasPrefix(
                "ab.csv:3:1: the same derived key as line 2: both rows derive key \"src1:forced-labour:NGA:2019\" from their measure, place, period, "
                    + "subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart\n"),
                "\(both.stderr)")
        }
    }

    @Test("a file without a method column that drops or adds cites sets the method tipdb had worked out from it")
    func methodFollowsCites() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let header = "key,measure,value,place,period,source,cites\nf0,forced-labour,24.9 million,WLD,2016,src1,\n"
            try IngestPartWarningTests.write(header + "r1,forced-labour,24.9 million,WLD,2016,src1,f0\n", "cited.csv", in: dir)
            try IngestPartWarningTests.write(header + "r1,forced-labour,24.9 million,WLD,2016,src1,\n", "uncited.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites,method\nr2,forced-labour,1,FRA,2016,src1,f0,reported\n", "chosen.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites\nr2,forced-labour,1,FRA,2016,src1,\n", "chosen-uncited.csv", in: dir)
            func methods() throws -> String {
                try Tipdb.run(["sql", "--format", "csv", "SELECT key, method, cites FROM figures WHERE key IN ('r1', 'r2') ORDER BY key"], in: dir).stdout
            }
            #expect(try Tipdb.run(["ingest", "--quiet", "cited.csv"], in: dir).status == 0)
            #expect(try methods() == "key,method,cites\r\nr1,reported,f0\r\n")
            #expect(try Tipdb.run(["ingest", "--quiet", "uncited.csv"], in: dir).status == 0)
            #expect(try methods() == "key,method,cites\r\nr1,estimated,\r\n", "as in a new database")
            // cited.csv again, unchanged, would keep what uncited.csv's later load gave (session 44:
            // a file loaded again keeps another file's later values); --correction takes its own.
            #expect(try Tipdb.run(["ingest", "--quiet", "--correction", "cited.csv"], in: dir).status == 0)
            #expect(try methods() == "key,method,cites\r\nr1,reported,f0\r\n")
            // A method given as the user's own stays a choice only while cites says the same: the
            // rule is what cites gives, whoever typed it.
            #expect(try Tipdb.run(["ingest", "--quiet", "chosen.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "chosen-uncited.csv"], in: dir).status == 0)
            #expect(try methods() == "key,method,cites\r\nr1,reported,f0\r\nr2,estimated,\r\n")
        }
    }

    @Test("a method the stored figure was given against its cites is kept by a row that leaves cites as it was")
    func methodKeptWhenCitesUnchanged() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites,method\nf0,forced-labour,5,WLD,2016,src1,,\nr3,forced-labour,5,WLD,2016,src1,f0,estimated\n", "own.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites\nr3,forced-labour,6,WLD,2016,src1,f0\n", "again.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "own.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "again.csv"], in: dir).status == 0)
            let method = try Tipdb.run(["sql", "--format", "csv", "SELECT method FROM figures WHERE key = 'r3'"], in: dir)
            #expect(method.stdout == "method\r\nestimated\r\n")
        }
    }

    @Test("NA in a figure's or a study's place is refused as R's missing value, naming Namibia's other codes")
    func placeNA() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("\"key\",\"measure\",\"value\",\"unit\",\"place\",\"period\",\"source\"\n\"r1\",\"detected-trafficking-victims\",5,\"persons\",NA,2019,\"src1\"\n", "r.csv", in: dir)
            let figure = try Tipdb.run(["ingest", "--quiet", "r.csv"], in: dir)
            #expect(figure.status == 1)
            #expect(figure.stderr.hasPrefix(
                "r.csv:2:49: place: \"NA\" is both Namibia's ISO code and the mark R writes for a missing value; expected NAM or Namibia for Namibia, "
                    + "or the figure's place (R's write.csv(..., na = \"\") writes empty cells instead of NA)\n"), "\(figure.stderr)")
            try IngestPartWarningTests.write("key,title,source,period,places\nst2,Survey,src1,2019,NGA;NA\n", "st2.csv", in: dir)
            let study = try Tipdb.run(["ingest", "--quiet", "st2.csv"], in: dir)
            #expect(study.status == 1)
            #expect(study.stderr.contains("\"NA\" is both Namibia's ISO code and the mark R writes for a missing value; expected NAM or Namibia for Namibia, or the study's place"), "\(study.stderr)")
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nr2,detected-trafficking-victims,5,persons,NAM,2019,src1\n", "nam.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "nam.csv"], in: dir).status == 0)
        }
    }

    @Test("a year written again as its days is the same figure: its new number is a revision, not another figure under the key")
    func yearAsDays() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\np1,detected-trafficking-victims,5000,persons,NGA,2019,src1\n", "p1.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\np1,detected-trafficking-victims,6000,persons,NGA,2019-01-01/2019-12-31,src1\n", "p2.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "p1.csv"], in: dir).status == 0)
            let again = try Tipdb.run(["ingest", "--quiet", "p2.csv"], in: dir)
            #expect(again.status == 0)
            #expect(again.stderr == "", "no key-reuse warning: \(again.stderr)")
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT revisions, previous_value FROM figure_citations WHERE figure = 'p1'"], in: dir)
            #expect(view.stdout == "revisions,previous_value\r\n1,5000.0\r\n", "\(view.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.stdout.contains("6,000 (revised from 5,000)"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("held another figure"), "\(brief.stdout)")
        }
    }

    @Test("a figure naming a study of another source loads with a warning at its study cell")
    func studyOfAnotherSource() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,title,publisher,date\nblog,A blog post,Blogger,2022\n", "blog.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,study\nb1,forced-labour,25 million,NGA,2019,blog,survey\nb2,forced-labour,3,NGA,2019,src1,survey\n", "b.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "blog.csv", "b.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr == "warning: b.csv:2:43: study: survey is a study of source src1, and this figure's source is blog: "
                + "a brief lists the figure among the study's findings, under src1; expected the study's own source, "
                + "or, for a number blog repeats from the study, no study and cites naming the study's figure; loaded as written\n", "\(load.stderr)")
        }
    }

    @Test("a note line under the table is one error naming it, not one per empty cell")
    func noteLine() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("""
                measure,value,place,period,source,notes
                forced-labour,5,NGA,2019,src1,
                Source: UNODC GLOTIP 2020,,,,,

                """, "n.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "n.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.hasPrefix("n.csv:3:1: this line is a note, not a row of the table (\"Source: UNODC GLOTIP 2020\" in its first cell, every other cell empty); "
                + "expected a row of the table: delete the line, or put the note in the notes column of the rows it is about\ntipdb: 1 problem found"), "\(load.stderr)")
        }
    }

    @Test("a key written with a combining accent is refused, shown escaped; a reference written so finds the composed key")
    func composedKeys() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let composed = "caf\u{E9}-2019", decomposed = "cafe\u{301}-2019"
            try IngestPartWarningTests.write("key,title,publisher,date\n\(composed),Caf\u{E9} report,NGO,2019\n", "cs.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source\n\(decomposed)-f,forced-labour,7,FRA,2019,\(composed)\nok-f,forced-labour,6,FRA,2018,\(decomposed)\n", "cf.csv", in: dir)
            try IngestPartWarningTests.write("key,title,publisher,date\n\(decomposed)-b,Another,NGO,2019\n", "ds.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "cs.csv"], in: dir).status == 0)
            let figures = try Tipdb.run(["ingest", "--quiet", "cf.csv"], in: dir)
            #expect(figures.status == 1)
            #expect(figures.stderr.hasPrefix("cf.csv:2:1: key: \"cafe\\u{301}-2019-f\" writes an accent as a separate combining mark, as macOS writes names, "
                + "and would be another key than \"\(composed)-f\" typed with the accented letter; expected the composed form (Unicode NFC): "
                + "retype the key, or save the file from an editor that composes accents\n"), "\(figures.stderr)")
            #expect(!figures.stderr.contains("cf.csv:3:"), "the source written decomposed is the composed key: \(figures.stderr)")
            let source = try Tipdb.run(["ingest", "--quiet", "ds.csv"], in: dir)
            #expect(source.status == 1)
            #expect(source.stderr.hasPrefix("ds.csv:2:1: key: \"cafe\\u{301}-2019-b\" writes an accent as a separate combining mark"), "\(source.stderr)")
            #expect(try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "cf.csv"], in: dir).status == 1)
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, source = '\(composed)' AS composed FROM figures"], in: dir)
            #expect(stored.stdout == "key,composed\r\nok-f,1\r\n", "\(stored.stdout)")
        }
    }

    @Test("a cell in typographic quotes that a comma splits is named at the cell, with straight quotes as the fix")
    func curlyQuotes() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\na4,detected-trafficking-victims,\u{201C}1,234\u{201D},persons,UGA,2019,src1\n", "q.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "q.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.hasPrefix("q.csv:2:33: \"\u{201C}1,234\u{201D}\" opens with a typographic quote (\u{201C}), which CSV does not read as quoting, "
                + "so a comma inside it splits the cell (the row has 8 fields, the header 7); expected straight double quotes (\") around a cell that holds the delimiter\n"),
                "\(load.stderr)")
        }
    }

    @Test("an update refused under skip puts the figure back as it was, the time it last changed too")
    func refusedUpdateKeepsItsTime() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites\nk1,forced-labour,100,WLD,2016,src1,\n", "u1.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,place,period,source,cites\nk1,forced-labour,200,WLD,2016,src1,nosuch\n", "u2.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "u1.csv"], in: dir).status == 0)
            let query = "SELECT value, batch_id, updated_at, (SELECT count(*) FROM figure_revisions) AS revisions FROM figures WHERE key = 'k1'"
            let before = try Tipdb.run(["sql", "--format", "csv", query], in: dir).stdout
            Thread.sleep(forTimeInterval: 0.01)  // a new time would differ in its milliseconds
            let skipped = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "u2.csv"], in: dir)
            #expect(skipped.status == 1)
            #expect(skipped.stderr.hasPrefix("u2.csv:2:36: cites: unknown figure \"nosuch\""), "\(skipped.stderr)")
            #expect(try Tipdb.run(["sql", "--format", "csv", query], in: dir).stdout == before)
            #expect(before.contains("100.0,"), "\(before)")
        }
    }
}
