/// The stylesheet embedded in every HTML brief: readable on screen, A4 on paper.
///
/// Print rules start each major section on a new page, repeat table headers across pages, keep
/// charts and table rows whole, and print every link's address after it, since paper cannot be
/// clicked. No web fonts, no external requests.
///
/// Keys, SHA-256 hashes, file paths and times (`.key`, `.path`) and the provenance command wrap
/// anywhere, and on paper numbers wrap at their spaces: none has a place to break otherwise, and
/// on A4 the provenance table's last column fell off the page and a figures table ran into the margin.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; color: #111111;
          background: #FFFFFF; max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
        h1, h2, h3, th, .meta, figcaption, nav { font-family: Helvetica, Arial, sans-serif; }
        h1 { font-size: 1.9em; margin-bottom: 0.2em; }
        h2 { font-size: 1.4em; border-bottom: 2px solid #0072B2; padding-bottom: 0.15em; margin-top: 2em; }
        h3 { font-size: 1.1em; margin-top: 1.4em; }
        .meta { color: #333333; margin: 0.2em 0; }
        nav ol { columns: 2; font-size: 0.95em; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.88em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; font-family: Helvetica, Arial, sans-serif; }
        th, td { border: 1px solid #BBBBBB; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
        th { background: #EEF3F8; }
        td.number { text-align: right; white-space: nowrap; }
        td.note { text-align: center; }
        .notes-title { font-family: Helvetica, Arial, sans-serif; font-size: 0.88em; font-weight: bold; margin: -0.6em 0 0.2em; }
        ol.notes { font-size: 0.88em; margin: 0 0 1.2em; }
        code, .key { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
        .key, .path { overflow-wrap: anywhere; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        table.figures tbody th, table.chart-figures tbody th, th.place { font-weight: normal; }
        table.figures tbody th, table.chart-figures tbody th { background: none; font-family: inherit; }
        a.back { font-size: 0.85em; margin-left: 0.3em; }
        .warning { border-left: 4px solid #D55E00; background: #FDF3EC; padding: 0.5em 0.8em; margin: 0.6em 0; }
        .flag { color: #A03F00; font-weight: bold; }
        figure { margin: 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; color: #333333; }
        ol.references li { margin-bottom: 0.5em; }
        a { color: #0050A0; }
        @media print {
          @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          nav { display: none; }
          section.major { page-break-before: always; break-before: page; }
          section.major.first { page-break-before: auto; break-before: auto; }
          h2, h3 { page-break-after: avoid; break-after: avoid; }
          thead { display: table-header-group; }
          tr, .warning, li { page-break-inside: avoid; break-inside: avoid; }
          a { color: #000000; text-decoration: none; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
          a.url::after { content: none; }
          .key, .path, pre { word-break: break-all; }
          a.back { display: none; }
          td.number { white-space: normal; }
        }
        """
}
