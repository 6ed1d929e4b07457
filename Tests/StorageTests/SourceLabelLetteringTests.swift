import Foundation
import Storage
import Testing

/// How sources sharing a short label are told apart (review of session 45): year letters past
/// `z` (`aa`, `ab`), initials for different first authors (`A. Ray 2023`), and a document's
/// labels, which keep the database's where it lists two or more sharing one.
@Suite("SourceLabel.lettered: year letters, initials and a document's labels")
struct SourceLabelLetteringTests {
    private static func byKey(_ sources: [Source]) -> [String: Source] {
        Dictionary(sources.map { ($0.key, $0) }) { first, _ in first }
    }

    private static let unodc = "United Nations Office on Drugs and Crime"

    @Test("28 sources of one label are lettered a to z, then aa and ab: no two alike")
    func lettersPastZ() {
        let sources = (0..<28).map { index in
            Source(key: String(format: "cp%02d", index), title: String(format: "Country profile %02d", index), authors: Self.unodc, published: "2024-01")
        }
        let labels = SourceLabel.unique(Self.byKey(sources))
        #expect(labels["cp00"] == "UNODC 2024a")
        #expect(labels["cp25"] == "UNODC 2024z")
        #expect(labels["cp26"] == "UNODC 2024aa")
        #expect(labels["cp27"] == "UNODC 2024ab")
        #expect(Set(labels.values).count == 28)
        #expect(SourceLabel.yearSuffixes(Self.byKey(sources))["cp27"] == "ab")
    }

    @Test("year letters after z go on as spreadsheet columns do", arguments: [
        (0, "a"), (25, "z"), (26, "aa"), (27, "ab"), (51, "az"), (52, "ba"), (701, "zz"), (702, "aaa"),
    ])
    func yearLetter(index: Int, letter: String) {
        // One source alone takes no letter: two at least.
        let sources = (0...max(index, 1)).map { Source(key: String(format: "k%04d", $0), title: "T", authors: "ILO", published: "2020") }
        #expect(SourceLabel.yearSuffixes(Self.byKey(sources))[String(format: "k%04d", index)] == letter)
    }

    @Test("different first authors sharing a family name are told apart by initials, one author's works by letters")
    func initials() {
        let sources = [
            Source(key: "ann-1", title: "A", authors: "Ray, Ann", published: "2023-01"),
            Source(key: "ann-2", title: "B", authors: "Ray, Ann", published: "2023-05"),
            Source(key: "bob", title: "C", authors: "Ray, Bob", published: "2023"),
            Source(key: "ann-2022", title: "D", authors: "Ray, Ann", published: "2022"),
            Source(key: "cy", title: "E", authors: "Ray, Cy", published: "2022"),
        ]
        let lettered = SourceLabel.lettered(Self.byKey(Array(sources.prefix(3))))
        #expect(lettered["ann-1"] == SourceLabel.Lettered(label: "A. Ray 2023a", letter: "a"))
        #expect(lettered["ann-2"] == SourceLabel.Lettered(label: "A. Ray 2023b", letter: "b"))
        #expect(lettered["bob"] == SourceLabel.Lettered(label: "B. Ray 2023", letter: ""))
        // Another year is another label: initials only where labels collide.
        let labels = SourceLabel.unique(Self.byKey(sources))
        #expect(labels["ann-2022"] == "A. Ray 2022" && labels["cy"] == "C. Ray 2022")
        #expect(SourceLabel.unique(Self.byKey([sources[3]]))["ann-2022"] == "Ray 2022")
        // The short label, which source_labels.short_label keeps, is the family name's.
        #expect(SourceLabel.short(sources[0]) == "Ray 2023")
    }

    @Test("the same initials take the given name in full; names alike in all but case and spacing are one author")
    func fullNames() {
        let labels = SourceLabel.unique(Self.byKey([
            Source(key: "ann", title: "A", authors: "Ray, Ann", published: "2023"),
            Source(key: "amy", title: "B", authors: "Ray, Amy", published: "2023"),
            Source(key: "bob", title: "C", authors: "Ray, Bob", published: "2023"),
        ]))
        #expect(labels == ["ann": "Ann Ray 2023", "amy": "Amy Ray 2023", "bob": "B. Ray 2023"])
        let same = SourceLabel.unique(Self.byKey([
            Source(key: "x", title: "A", authors: "Ray, Ann", published: "2023"),
            Source(key: "y", title: "B", authors: "Ray,  ANN", published: "2023"),
        ]))
        #expect(Set(same.values) == ["Ray 2023a", "Ray 2023b"])
    }

    @Test("two and more authors: the first author's initials; letters where only a later author differs")
    func coauthors() {
        let labels = SourceLabel.unique(Self.byKey([
            Source(key: "a", title: "A", authors: "Martin, Jean-Pierre; Lee, Cy", published: "2020"),
            Source(key: "b", title: "B", authors: "Martin, Luc; Lee, Cy", published: "2020"),
            Source(key: "c", title: "C", authors: "Ray, Ann Marie; Lee, Cy; Kim, Do", published: "2021"),
            Source(key: "d", title: "D", authors: "Ray, J.R.R.; Park, Eun; Choi, Min", published: "2021"),
            Source(key: "e", title: "E", authors: "Ray, Ann Marie; Park, Eun; Choi, Min", published: "2021"),
        ]))
        #expect(labels["a"] == "J.-P. Martin and Lee 2020")
        #expect(labels["b"] == "L. Martin and Lee 2020")
        #expect(labels["c"] == "A. M. Ray et al. 2021a")
        #expect(labels["e"] == "A. M. Ray et al. 2021b")
        #expect(labels["d"] == "J. R. R. Ray et al. 2021")
    }

    @Test("organisations keep their name; a name in Chinese script is given whole")
    func organisationsAndUnspacedNames() {
        let labels = SourceLabel.unique(Self.byKey([
            Source(key: "a", title: "A", authors: "张, 伟", published: "2020"),
            Source(key: "b", title: "B", authors: "张, 敏", published: "2020"),
            Source(key: "c", title: "C", authors: Self.unodc, published: "2020"),
            Source(key: "d", title: "D", authors: Self.unodc, published: "2020-06"),
        ]))
        #expect(labels == ["a": "张伟 2020", "b": "张敏 2020", "c": "UNODC 2020a", "d": "UNODC 2020b"])
    }

    @Test("a document listing two of three keeps the database's letters; listing one, the short label")
    func documentLabels() {
        let all = Self.byKey([
            Source(key: "s1", title: "One", authors: "Smith, John", published: "2019-01"),
            Source(key: "s2", title: "Other", authors: "Smith, John", published: "2019-02"),
            Source(key: "s3", title: "Three", authors: "Smith, John", published: "2019-03"),
            Source(key: "ann", title: "A", authors: "Ray, Ann", published: "2023"),
            Source(key: "bob", title: "B", authors: "Ray, Bob", published: "2023"),
            Source(key: "ilo", title: "C", authors: "International Labour Organization", published: "2005"),
        ])
        let two = SourceLabel.lettered(listed: ["s1", "s3", "ilo"], among: all)
        #expect(two["s1"] == SourceLabel.Lettered(label: "Smith 2019a", letter: "a"))
        #expect(two["s3"] == SourceLabel.Lettered(label: "Smith 2019c", letter: "c"))
        #expect(two["ilo"] == SourceLabel.Lettered(label: "ILO 2005", letter: ""))
        let one = SourceLabel.lettered(listed: ["s2", "bob"], among: all)
        #expect(one["s2"] == SourceLabel.Lettered(label: "Smith 2019", letter: ""))
        #expect(one["bob"] == SourceLabel.Lettered(label: "Ray 2023", letter: ""))
        #expect(SourceLabel.lettered(listed: ["ann", "bob"], among: all).mapValues(\.label) == ["ann": "A. Ray 2023", "bob": "B. Ray 2023"])
        // Every label a document writes is one SQL stores: the database's label or its short label.
        let database = SourceLabel.unique(all)
        for (key, lettered) in two { #expect(lettered.label == database[key]) }
    }
}
