import Testing

import Storage

@testable import Report

/// A breakdown (a row of `figure_breakdowns`) in the brief's words: the table is the contract that
/// the `figure_citations` view (m0017) writes too.
@Suite("breakdowns in words")
struct BreakdownWordsTests {
    /// The contract: each breakdown as stored, and its words.
    static let cases: [(String, String, String)] = [
        ("citizenship", "Nationals", "citizenship: Nationals"),
        ("citizenship", "Kosovo", "citizenship: Kosovo"),
        ("country-of-repatriation", "Abroad", "repatriated from: Abroad"),
        ("country-of-exploitation", "Ukraine", "exploited in: Ukraine"),
        ("means-of-control", "debt-bondage", "means of control: debt bondage"),
        ("gender", "not-recorded", "gender: not recorded"),
        ("age-band", "not-recorded", "age band: not recorded"),
        ("citizenship", "Dem. Rep. of the Congo", "citizenship: Dem. Rep. of the Congo"),
        ("citizenship", "Korea, Republic of", "citizenship: Korea, Republic of"),
        ("trafficking-route", "Intra-regional", "trafficking route: Intra-regional"),
    ]

    @Test("each dimension named, codes with spaces, published text as published", arguments: cases)
    func breakdown(dimension: String, category: String, expected: String) {
        #expect(Words.breakdown(dimension: dimension, category: category) == expected)
    }

    @Test("figure_citations words every breakdown as the brief does (the view's SQL copy of the rule)")
    func viewWordsAsBrief() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s")
        for (index, (dimension, category, expected)) in Self.cases.enumerated() {
            try scratch.figure("f\(index)", source: "s")
            try scratch.db.execute(
                "INSERT INTO figure_breakdowns (figure, dimension, category) VALUES (?, ?, ?)", ["f\(index)", dimension, category])
            let words = try scratch.db.scalar("SELECT breakdown FROM figure_citations WHERE figure = ?", ["f\(index)"])
            #expect(words == .text(expected), "\(dimension) \(category)")
        }
        // Two breakdowns of one figure: in dimension order, joined as the brief joins them.
        try scratch.db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('f0', 'means-of-control', 'debt-bondage')")
        #expect(try scratch.db.scalar("SELECT breakdown FROM figure_citations WHERE figure = 'f0'")
            == .text("citizenship: Nationals; means of control: debt bondage"))
    }

    @Test("a breakdown never reads as all: alone it is the subgroup, after a subgroup it follows a semicolon", arguments: [
        ("total", "total", nil, [String](), "all"),
        ("total", "total", nil, ["citizenship: Nationals"], "citizenship: Nationals"),
        ("female", "total", nil, ["repatriated from: Abroad"], "female; repatriated from: Abroad"),
        ("female", "children", "sexual-exploitation", ["citizenship: Korea, Republic of"],
         "female, children, sexual exploitation; citizenship: Korea, Republic of"),
        ("total", "total", nil, ["citizenship: Nigeria", "means of control: debt bondage"],
         "citizenship: Nigeria; means of control: debt bondage"),
    ] as [(String, String, String?, [String], String)])
    func subgroup(sex: String, ageGroup: String, form: String?, breakdowns: [String], expected: String) {
        #expect(Words.subgroup(sex: sex, ageGroup: ageGroup, form: form, breakdowns: breakdowns) == expected)
    }

    @Test("FigureRows' breakdown text reads back in dimension order")
    func parse() {
        let text = "means-of-control\u{1F}debt-bondage\u{1F}\u{1E}citizenship\u{1F}NGA\u{1F}NGA"
        #expect(FigureBreakdown.parse(text) == [
            FigureBreakdown(dimension: "citizenship", category: "NGA", place: "NGA"),
            FigureBreakdown(dimension: "means-of-control", category: "debt-bondage", place: nil),
        ])
    }
}
