import Foundation
import Testing

/// A Chinese, Japanese or Korean name is written family name first with nothing between its
/// parts, as CSL processors write it (`张伟`); tipdb wrote `张, 伟`. The authors column keeps
/// `张, 伟`, from which labels cite the family name (`张 and 王 2020`, as citeproc-js's short
/// form does) and BibTeX and CSL-JSON read the parts.
@Suite("Names in Chinese, Japanese or Korean script are written without a comma (built binary)")
struct CJKNameTests {
    @Test("the sources list and the brief write 张伟 and 王小明; the label is 张 and 王 2020; BibTeX and CSL-JSON keep the parts")
    func unspacedNames() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id": "zhang-2020", "type": "article-journal", "title": "人口贩卖研究", "container-title": "中国社会科学",
                  "author": [{"family": "张", "given": "伟"}, {"family": "王", "given": "小明"}], "issued": {"date-parts": [[2020]]}},
                 {"id": "kim-2021", "type": "report", "title": "인신매매", "publisher": "P",
                  "author": [{"family": "김", "given": "민준"}, {"family": "Smith", "given": "Jane"}], "issued": {"date-parts": [[2021]]}}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            try Data("key,measure,value,unit,place,period,source\r\nf1,forced-labour,10,persons,CHN,2019,zhang-2020\r\n".utf8)
                .write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "refs.json", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout.contains("- 张伟 and 王小明 (2020). 人口贩卖研究. In: 中国社会科学. (key: zhang-2020)\n"), "\(list.stdout)")
            #expect(list.stdout.contains("- 김민준 and Smith, Jane (2021). 인신매매. P. (key: kim-2021)\n"), "\(list.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,short_label\r\nkim-2021,김 and Smith 2021\r\nzhang-2020,张 and 王 2020\r\n", "\(labels.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-04"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("[1] 张伟 and 王小明 (2020). 人口贩卖研究. In: 中国社会科学.\n"), "\(brief.stdout)")
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bibtex.stdout.contains("  author = {张, 伟 and 王, 小明},\n"), "\(bibtex.stdout)")
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains(#""family": "张""#) && csl.stdout.contains(#""given": "伟""#), "\(csl.stdout)")
        }
    }
}
