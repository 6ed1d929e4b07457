import Foundation
import Testing

/// `tipdb search forced labour children` said that no figure has the word "children" while the
/// 3.3 million children in forced labour were stored with `age_group` children, and a misquote
/// whose text says "children" was found in its place (a child-rights specialist's review, session
/// 55). A word naming a subgroup now matches the figures of that subgroup.
@Suite("tipdb search: words naming a subgroup find its figures (built binary)")
struct SearchSubgroupWordsTests {
    static let sources = "key,title,publisher\ngems-2021,Global Estimates of Modern Slavery,ILO\nngo,A campaign page,An NGO\n"
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,quote,cites,method
        fl21,forced-labour,27.6 million,persons,WLD,2021,total,total,gems-2021,,,estimated
        fl21-children,forced-labour,3.3 million,persons,WLD,2021,total,children,gems-2021,,,estimated
        fl21-female,forced-labour,11.8 million,persons,WLD,2021,female,total,gems-2021,,,estimated
        fl21-young,forced-labour,1.1 million,persons,WLD,2021,total,5-17,gems-2021,,,estimated
        misquote,forced-labour,27.6 million,persons,WLD,2021,total,total,ngo,27.6 million children are trapped in forced labour,fl21,

        """

    private func database(in dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    /// The keys of the result lines of `stdout`, in order.
    private func keys(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").filter { $0.hasPrefix("figure  ") }.map { String($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
    }

    @Test("forced labour children: the figures of children, a band of ages under 18 among them, and the misquote after them")
    func children() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let found = try Tipdb.run(["search", "forced", "labour", "children"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(!found.stderr.contains("has the word \"children\""), "\(found.stderr)")
            let keys = keys(found.stdout)
            #expect(Set(keys.prefix(2)) == ["fl21-children", "fl21-young"], "\(found.stdout)")
            #expect(!keys.contains("fl21") && !keys.contains("fl21-female"), "\(found.stdout)")
        }
    }

    @Test("forced labour female, women, and a subgroup's word alone; girls, which no figure is of, gets the note")
    func sexAndAlone() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            for words in [["forced", "labour", "female"], ["women", "forced", "labour"]] {
                let found = try Tipdb.run(["search"] + words, in: dir)
                #expect(keys(found.stdout) == ["fl21-female"], "\(words): \(found.stdout)\(found.stderr)")
            }
            let alone = try Tipdb.run(["search", "children"], in: dir)
            #expect(keys(alone.stdout).prefix(2).sorted() == ["fl21-children", "fl21-young"], "\(alone.stdout)\(alone.stderr)")
            let girls = try Tipdb.run(["search", "girls"], in: dir)
            #expect(keys(girls.stdout).isEmpty, "\(girls.stdout)")
            #expect(girls.stderr.contains("no source, study or figure has the word \"girls\""), "\(girls.stderr)")
        }
    }
}
