import Ingest
import Storage

extension IngestHelp {
    /// `tipdb ingest --help-details`: how a load goes, the file contract in full and what each
    /// column accepts, as `--help` said it before it was shortened (review W18).
    static let details = """
        All files of one command load in one transaction, in dependency order (sources, then studies, \
        then figures). With --on-error abort (the default) any invalid row rejects the whole command and \
        the database is unchanged (each file's line then gives only the rows read and rejected: nothing \
        written); every problem is listed as FILE:LINE:COLUMN: message. With \
        --on-error skip the valid rows load and each rejected row is kept in ingest_rejects (a row of a ctdc \
        file by its line and reason only: it is about a person; a quote out of place rejects its row only; in TSV a quote after a cell's first character is text; \
        a row one field too long because its line ends in a tab or comma is named so: remove the delimiter at its end; \
        a JSON member not in the contract rejects its object only), and open_rejects lists the rows still to fix: those \
        of each file's latest load (the same file by its real path, kept only as a SHA-256 in ingest_batches.file_identity; \
        ingest_batches.file keeps a path typed within the working directory as given, else the file's name only), \
        with a note saying how many rows the last load refused that this one no longer does (a figures file's \
        load records the refused rows' keys in its options, refused; while open_rejects lists them, briefs and \
        lineage say of such a figure an earlier load wrote that its value is that load's); a file it cannot use still rejects the command: missing, empty, of no kind \
        it can tell, given twice, with an unknown CSV/TSV column, or that cannot be read to its end (a quote \
        never closed, invalid UTF-8 or a NUL byte in any format, a quote out of place in a row with a line break inside quotes), \
        or that changed while it was read (an upload or a copy still writing it: its rows and the SHA-256 and size its batch \
        records would describe different bytes; load it again once it is complete). \
        Re-ingesting a file changes nothing; a changed row updates its figure and keeps the previous \
        values in figure_revisions; one that gives a stored key another measure, place, period, sex, age group \
        or form puts another figure there: written, with a warning at that cell (give a new figure a new key), \
        and briefs never print what the key held as "revised from" (a note says until which batch it held another). With --correction the changes are recorded as fixes of tipdb's copy (a \
        typing slip), not a new release of the source: kept in figure_revisions as kind correction and \
        shown by tipdb report lineage, but briefs do not print them as "revised from" (not for glotip, owid \
        or ctdc files, whose changes are their publisher's); a later load giving back the value corrected keeps the fix, with a note (not after a reuse of the key). A figures file loaded again that gives back the value another file's later load replaced keeps that load's value, with a note (a file loaded for the first time, such as a colleague's export, with a warning; --correction takes the file's). A changed number is noted at its cell as its source's revision, with how to record it otherwise, and one that goes back to a number the figure held before is warned about. An update changes only the fields the file gives: a column the file \
        does not have (a JSON member an object leaves out) keeps its stored value, an empty one (null) \
        clears it, except x_ columns, which count as one group: a file with none keeps the stored ones, a file \
        with any replaces them all (x_region loaded after x_page drops x_page: give both to keep both); a file of low and high alone keeps the stored value; stored bounds stay only while the value does. A row, of any \
        format, whose key tipdb retract withdrew is skipped, counted on its file's line (1 retracted \
        (skipped)) and named in a note with the retraction's date and reason; --restore-retracted loads such \
        rows again, as new figures (only the rows it is given: a retracted figure another row cites comes \
        back with its row in the same command; a row that undoes a correction or a later number the withdrawn \
        figure held is warned about, naming the file to load again). A command that adds more figures than the database holds (and at \
        least 10,000) loads without most figure indexes and rebuilds them just before the commit, \
        which is faster than row by row; the same indexes and statistics are there afterwards. \
        --dry-run validates everything and reports what a real run would do (a command that would be \
        rejected reads so), and writes nothing.

        Kind and format are inferred from the extension, the header and the JSON shape when not given. \
        Every file named gets its summary line: one that could not be used at all says why (0 read, \
        rejected (header unreadable: see its error)); one that could not be read to its end counts the rows \
        before the defect and says where reading stopped and why (21 read, 0 rejected; reading stopped at \
        line 23 (invalid UTF-8: see its error), the rest of the file was not read); a JSON array too, its objects \
        before the defect telling its kind. A file whose content is another format than its name says (a JSON \
        array or NDJSON named .csv, CSV named .json, NDJSON of one line or more named .json) is told which \
        --format reads it; a JSON object with id and CSL's type, title, author or issued, read as JSON, is \
        told to pass --format csl-json; a file of one CSL-JSON item (as doi.org gives) to wrap it in [ ]. A CSV file saved from \
        Excel as plain CSV, CSV (Macintosh) or CSV (MS-DOS) is in a one-byte encoding, told with the byte's reading in each: save \
        it as CSV UTF-8 (Comma delimited); one whose cells are separated by semicolons (a spreadsheet set to a language that \
        writes 2,5 for 2.5) is refused naming the settings to change (README: Preparing a file in a spreadsheet, for Excel, \
        LibreOffice, Numbers and Google Sheets); a cell garbled by a UTF-8 file \
        opened in Excel as Windows-1252 (CÃ´te for Côte) is refused, naming the text it was; a workbook (.xlsx, .xls, \
        .ods) or PDF is told from its first bytes whatever its name, at FILE:1:1. A file of no record \
        loads no rows and records its batch: a CSV or TSV file of only a header, a JSON file [] and an NDJSON \
        file with no object (empty, or blank lines); the last two need --kind, since no header says their kind.

        """ + columns + """
         Without a key, one is derived from \
        source:measure:place:period (plus subgroup and unit) and shown (how many rows had no key, the rejected \
        ones among them, and the first five keys derived); \
        a row whose derived key a stored figure of another place, period, measure, subgroup or source \
        already has (given by hand) is refused: give it a key. A key holds no control or invisible \
        character and no space but U+0020 (a no-break space would make another key that prints the same).

        """ + otherColumns + "\n" + measureColumns + """

        JSON: an array of objects with the same names; NDJSON: one object per line; CSL-JSON: a \
        reference manager's export (id and type required, title, author, issued, URL, DOI, publisher, ...; other \
        fields are kept for export; x_ members are x_ columns; an update clears nothing the item leaves out, nor moves accessed back). \
        author, editor and contributor are lists of names, each {"family": ..., "given": ...} or {"literal": ...}. \
        Zotero's CSV export (Item Type, Publication Year, ...) is refused with one error: export CSL JSON instead.

        VALUES
          numbers: 2450000, 2,450,000, 1 234 567 (spaces grouping thousands, in threes as commas do), \
        2.45 million, 150 billion, 1.4e6, 12%, US$236 billion, $236 billion or 236 billion USD (money is in US \
        dollars: €150 or £2.3 million is refused, convert it and give the rate in notes; 3.2‰ is refused, \
        write 3.2 with unit per-1000); thin, figure and hair spaces group digits as spaces do, and an en or em \
        dash before a number is its minus (–5.2 is -5.2); (5.2), an accounting negative, is refused: write -5.2; a range (2.1-2.7 million) \
        goes in low and high, each bound with its scale word (low 20 beside high 40 million is refused: write 20 \
        million, or 40,000,000 in full), with the central estimate in value when the source publishes one; an estimate \
        published only as a range (10,000 to 13,000) leaves value empty and gives both low and high (never the \
        midpoint: reports print it as its range), and an empty value with one bound is refused; a lower bound \
        (50,000+) goes in low; an estimate with its margin or interval in one cell (12.5 ± 2.7, 12.5% (95% CI \
        9.8-15.2%)) is refused, saying what goes in value, low, high and ci_level; <5 is a \
        censored count (stored as between 1 and 4, never as 0 or 5), only in a count unit and without \
        low or high (a share or rate published as <0.5% goes in as value empty, low 0, high 0.5, with <0.5% \
        in notes). Counts, money, shares and rates cannot be negative; a count of persons is at most 8.2 billion, \
        the world's population (1.2 trillion persons is refused), and any other number at most \
        9,007,199,254,740,991 (2^53 - 1), the largest stored exactly (1.2e20 USD is refused); a value, low or high must read back as written: \
        one with more significant digits than a stored number keeps (a double keeps any 15, only some 16 or \
        17) is refused at its cell (0.123456789012345678: round it to at most 15); a rate is at most its base (1,000 per-1000, \
        100,000 per-100000); a share is at most 100 percent, and one \
        of a count measure whose sex, age_group and form are all total, with no notes, is loaded with a warning \
        (a share of which part?); \
        a count is a whole number (1.234 persons is refused, and so is 10.000: ten or ten thousand?; \
        1.234.567 is refused naming its dots); so is money with three digits after one dot (US$ 1.500), and \
        a count or money whose three digits before a scale word end in 0 (US$ 32.000 million: 32 million or \
        32 billion?; 1.995 million loads), and one whose comma and three digits come before a scale word \
        (2,450 million: 2.45 million or 2.45 billion?); a rate, index or change asks the same of 2,450 and 2.450; \
        bounds written with a unit must be in the figure's unit. A value's zeros after its point are kept and \
        printed (2.50 million, 12.0%; not 2450000.0, as pandas writes whole numbers), except a count's \
        (2,450,000.00 persons, as a Number format saves it, is loaded as 2,450,000 with a warning: a count is whole). \
        A number of a CSV or TSV file written \
        as a spreadsheet saves one too wide for its column, 1.23E+07, with fewer digits than it has, is loaded \
        with a warning naming the digits kept (Excel wrote 12,345,678 so, read back as 12,300,000), a study's \
        sample_size too. A formula's error value (#DIV/0!, #REF!, Err:502), ######## (a column too narrow) and \
        a text-prefix apostrophe ('2015, 'g8; in notes and other prose only warned of) are refused at the cell, \
        in any column of a CSV or TSV file. NA, NaN \
        and #N/A are refused: in low or high leave the cell empty (in R, write.csv(..., na = "")); in value, \
        a figure the source does not give cannot be stored: leave the row out, or give low and high for a \
        range; so is NA alone in any text cell (locator, notes, publisher, ...), and in a place, naming \
        Namibia's NAM. The marks tables print for a figure not available or suppressed (.., ..., x, -, n.d., \
        n/a, Eurostat's :) are refused the same way, naming the mark (- is 0 only where the table's notes \
        define it as nil, never for a figure not available). \
        A decimal comma is refused with the number to write (2,5: expected 2.5; 1.234,5 and 1 234,5: \
        expected 1234.5); 1,234 groups thousands. censored 1 (or true) with value empty, low 1 or empty \
        and high k-1 is the count <k, as briefs and tipdb sql write it, loaded back unchanged; a flag the \
        row contradicts (1 beside a number, 0 beside <5, a low other than 1) is refused. A study's \
        sample_size is a whole number of at most 9,007,199,254,740,991 (2^53 - 1).
          ci_level: 95, 95% or 0.95 (at least 50 and below 100 percent).
          An Our World in Data column titled as another followed by " - lower bound" or " - upper bound" \
        (also "(lower bound)", "(upper)", " - lower limit") is the low or high of that column's figure on the \
        same row, scaled as it is, never a figure of its own; ci_level is stored only when a bound's title or \
        the metadata states one level (95% CI) and the row has both bounds. A bound outside its estimate, or \
        on a row without one, is refused at its cell; a bound column whose indicator is not in the file is \
        refused at its header cell: a bound is never loaded as an estimate.
          periods: 2016, 1995-2004, 2019-06, 2019-06-30, 2019-01-01/2019-06-30 (years 1800 to 2200); an \
        end less precise than its start is stored at the start's precision (2019-06/2019 as 2019-06 to 2019-12); \
        2018.0, a year as pandas writes a column with blanks, is refused saying so: write 2018; so are 2,019 and a \
        year typed into a date cell, which Excel stores as a day of 1905 (1905-07-11 is 2019; 1905-06-17 to 1905-07-22, \
        also in a source's date). Excel's dates (Jun-19, 31-Dec-19, 06-2019, 6/30/2019, 6/30/2019 0:00, 30.06.2019, 43646) are \
        refused naming the form to write; Jun-05 and Jul-05 with both readings (June 2005, or a year typed into the cell). A financial \
        year (2019/20, FY2019/20, FY19, 2012-13) is refused: give its first and last month (2019-04/2020-03); \
        2011-12 loads as December 2011, with a warning, and so does 2002-11 (or 2002-2011 shortened?; \
        2002-11/2002-11 is the month without a warning); 2016-18 is refused: write 2016-2018. June 2020 and 2020-06-15T00:00 are refused naming 2020-06 and 2020-06-15. \
        A quarter is written as its months, 2023-10/2023-12: 2023 Q4, Q4 2023, 2023Q4, Quarter 4 2023, October-December 2023 \
        and October to December 2023 are refused naming that text (the reports' --period and --from/--to read them).
          period_basis: stated (or empty: the period is the one the source gives) or publication (the \
        source states none: give its publication year as the period; briefs write "period not stated").
          dates of sources (date, CSL issued): YYYY, YYYY-MM or YYYY-MM-DD, a year from 1000 to next \
        year (old laws: the Code Noir, 1685); accessed: a whole day, YYYY-MM-DD, from 1990 to next year.
          url: http:// or https://, a host, then a path, query or fragment (a space is written %20); doi: \
        10.1000/xyz123, doi:10.1000/xyz123 or a link at doi.org, dx.doi.org or www.doi.org (https://www.doi.org/10.1000/xyz123), \
        all stored as 10.1000/xyz123. A refusal names the part that is wrong.
          places: ISO alpha-2 or alpha-3, M49 number, English name or alias (World, Asia and the Pacific, \
        Korea, Rep., Holy See, Brunei), in any case, with or without accents (Curacao, Curaçao), with a hyphen \
        or a space between words (Sub Saharan Africa is Sub-Saharan Africa); a Unicode dash (en or em dash, \
        non-breaking hyphen, minus sign) is a hyphen in places, measures, forms, age groups and periods alike \
        (forced‑labour, 2019–2020); a name of \
        two places is refused with both codes (Micronesia: FSM, the country, or M49-057, the sub-region). \
        Regions: M49's, the ILO's, UNODC's (South Asia, UNODC-SOUTH-ASIA) and the EU (EU27, EU; EU28 for 2013-2020: EU before 2020 is warned); no place \
        is smaller than a country: a state's, province's or city's figure is its country's, with the part as its breakdown \
        (England: place GBR, breakdown subdivision: England, checked against the place). tipdb sql 'SELECT code, name FROM places' lists them.
          measures: code (also with _ or spaces between words) or label; units: persons, cases, USD, USD-per-person, USD-change, percent, \
        percent-change, persons-change, cases-change, per-1000, per-100000, index (default: the measure's unit), checked against the \
        measure (offences are counted in cases, victims in persons; USD only for money); count, counts and \
        number are the measure's count unit.
          age_group: total, children, adults, unknown (Unknown age, age not stated, not recorded, ...), or a \
        band in whole years: 18-20, 65+, under 5 \
        (stored 0-4); 0-17 and under 18 are children, 18+ (over 18) adults, 0+ and 0-120 total, 65-120 is 65+; \
        an Our World in Data title's band is read by the same rule; anything else is an error (17-Sep or \
        Sep-17, 9-17 as Excel dated it, is named as such).
          sex: total, female, male or other (women, girls, men, boys, ...); girls and boys set age_group \
        to children, women and men to adults; an age_group on the other side of 18 (given, or stored and \
        not given on an update) is an error. There is no unknown sex (the schema has none): unknown (sex not \
        recorded, not stated, ...) is refused, saying to leave sex empty for a figure of everyone.
          method: estimated, detected, reported or derived; an empty cell is reported when the row gives \
        cites, else the measure's (detected for detected victims, prosecutions, convictions and offences; \
        estimated otherwise). detected under a prevalence estimate (trafficking-victims, forced-labour) is \
        refused at the method cell, as tipdb check's method-contradicts-measure error.
          form (of exploitation): one per figure, a code or its label, case-insensitive, or a common \
        spelling (forced labor, Trafficking for sexual exploitation, child soldiers); the code is stored, \
        anything else is refused with the nearest forms. unknown (not identified, form not known, ...) is a \
        form the source does not identify: stored as unknown, no alias of a real form, never added to one \
        (briefs: form unknown). A form written with children (forced commercial sexual exploitation of \
        children, forced child labour) is that form (forced labour) and age_group children. A form the \
        measure's concept cannot have (forced-marriage under forced-labour) is refused, as tipdb check's \
        form-contradicts-measure error. The forms are the database's forms table, with \
        what each covers (tipdb sql 'SELECT code, label, definition FROM forms'), and other spellings \
        are in form_aliases; a form or spelling inserted there is accepted too. Codes:
        """ + " " + ExploitationForm.all.map(\.code).joined(separator: ", ") + """
        .
          source, study and cites: keys in the database or in the same command (an unknown one gets the \
        closest keys); a row clearing a stored cites is noted at the cell; cites may not loop, nor \
        name a figure first published after the row's source (repeat-before-original, check's rule: dates at \
        the precision both give, 2012-05 not before 2012); a sources date or a cited figure's source that \
        makes a stored figure such a repeat is a warning naming it.
          tags, places and authors: separated by ; (in JSON, also a list; other fields take text or a \
        number); each author is written Family, Given, and one holding more commas (Smith, Jane, Jones, \
        Kate; or organisations: Walk Free, ILO) is loaded as one author with a warning; places separated by commas are refused saying so, and \
        so is a tag holding a comma; tags are stored in lower case (ILO and ilo are one tag). Spaces around a value are not part of it. Blank lines and rows of empty cells (,,, as a \
        spreadsheet leaves below the data) are skipped and not counted, in glotip, ctdc and owid files too.
          A measure larger than the broader measure it is part of (measure-above-whole), a subgroup larger \
        than its total, or an age band than a broader age group containing it (subgroup-above-total), subgroups that \
        cannot overlap adding up to more than their total (parts-above-total; counts from records, such as detected \
        victims, with no rounding allowed), one source's figure under two keys \
        (same-figure-twice; a row without a study is of any study of its source), a repeat that changes what it \
        cites (repeat-changed; also a stored repeat of a figure the file changed), a figure 10 or more times the \
        one before it in its series (series-jump: primary figures of the same measure, place, subgroup, unit and period length; \
        often a unit slip), an estimate \
        under a count measure (estimate-under-count-measure) and a period that starts or ends after its source's \
        publication (period-after-publication, period-ends-after-publication), never for a period_basis publication \
        period (only the year it is filed under), or a period_basis publication \
        figure whose period is not its source's date (period-not-publication-year), regions of one system adding up \
        to more than the world or a region containing them (regions-above-region; counts, and money of one currency and \
        price year), countries adding up to more than a region containing them (countries-above-region), a quote stating numbers of the \
        figure's kind none of which is its own (quote-contradicts-value), or a country's figure with no breakdown whose notes say \
        it covers one part (part-as-country: Covers England only; give subdivision: England instead) are loaded as published and \
        warned about (a period by the days it covers: 2018 = 2018-01-01/2018-12-31), by tipdb check's own rules, for each pair that holds a figure the file wrote, in the \
        row of the first of them the file gave, at the cell the rule is about (value, key, cites, measure, period, notes; \
        the row's start if it has none), in line order (at most 20 rows per rule, then how many more; \
        the file's line counts them all). A sources file warns at the date cell of each source it loads without a date, not in press (CSV \
        date, CSL-JSON issued: source-without-date; in press or forthcoming there or as CSL status is cited "in press"), since check's date rules (repeat-before-original, \
        period-after-publication, period-ends-after-publication) pass its figures unexamined and the brief \
        cites it "n.d.", at the accessed cell of each read before its publication date (accessed-before-publication), and at the doi of each whose DOI another source has (same-doi: one publication, two keys), or at the \
        title of each with another's title, year and authors and no DOI or version to tell them apart (same-source-twice). A \
        studies file warns at the period cell of a study whose period starts after its source's publication \
        (study-period-after-publication), and gets the place and period warnings a figures file gets (EU for \
        2016, 2011-12) at the cell. A sources row that moves a stored source's date before the start of the \
        period of figures or studies loaded earlier is warned at its date cell, naming them (period-after-publication, \
        study-period-after-publication). A bulk load (at least 10,000 figures and as many as the database held) gets a \
        note to run tipdb check instead, since the rules would read the whole table again.

        """ + exitCodes

    /// `tipdb ingest --help-datasets`: how the bulk datasets are read, with what the options
    /// that only they take do.
    ///
    /// Under 80 lines, as every --help page (`HelpLengthTests`): it had grown to 118, with each
    /// refusal's wording and examples; those are README's ("Bulk datasets"), and a refusal says
    /// itself what is wrong at its cell. What a user needs before loading stays here.
    static let datasets = """
        BULK DATASETS (known by their first lines, or --format glotip, ctdc or owid):
          glotip: UNODC's GLOTIP data export (data_glotip.csv: two preamble lines, then \
        Iso3_code,...,txtVALUE,Source; or without a preamble line). One figure per row: Indicator → measure, \
        Iso3_code → place, Year → period, Sex and Age → subgroup, Dimension/Category → form, or a \
        citizenship or repatriation breakdown; Total under a dimension is that dimension's total, never the \
        overall total; <5 is censored (1-4). Refused at the cell: an unknown form category (naming the \
        nearest), a Country not its Iso3_code's place, a Source other than GLOTIP, a Unit other than Counts. \
        Rows giving one figure under two names (Turkey, Türkiye) load once; with another value, the later is \
        refused. The export becomes a source (publisher UNODC, the export date as its date, the file's \
        sha256) unless --source names one; a preamble date that is not 14/04/2025, 14.04.2025 or 2025-04-14 \
        (4/14/2025: US order) is an error: correct it or give --released. A newer export is a new vintage: \
        changed figures get revisions, dropped figures are kept, marked (figure_vintages, briefs), named and \
        retractable (not a row refused under --on-error skip); an older export, or one without data rows, is refused, one lacking over half of \
        the latest vintage's figures warns; a command loads its exports oldest first.
          ctdc: CTDC case-level data, the k-anonymised Global Dataset (63 columns, -99 missing, 0/1 flags, \
        ISO alpha-2) or the Global Synthetic Dataset (27 columns, 1/empty flags, ISO alpha-3), told apart by \
        the header; 32-character and misspelled column names are accepted. The columns tipdb derive counts \
        by (year, gender, age band, citizenship, country of exploitation, every form and means flag) must be \
        there, else the file is refused listing them (add a column of -99 or empty cells if the file truly \
        did not record one); others may be missing (NULL, with a note). Rows go to the cases table, one per \
        person (identical rows kept), as a version of --dataset NAME: the same file again writes nothing \
        (rows refused under --on-error skip are listed again, exit 1); another file is the next version (one \
        released before the latest, or without case rows, is refused; a command's files load by modification \
        date unless --released or --source dates them). A Datasource other than Case Management or Hotline, \
        or an unknown gender, is refused. Each version becomes a source (publisher CTDC) dated by \
        --released, else by the file's modification date (with a note), accessed the day first loaded. \
        Columns that look like direct identifiers (names, passport or identity numbers, phone, e-mail, \
        address, date of birth) are refused (see --allow-identifiers). Derive aggregates with tipdb derive \
        ctdc.
          owid: an Our World in Data grapher CSV (Entity,Code,Year,<indicator>...): one figure per non-empty \
        cell; the measure from --measure or the indicator title (of several concepts, the one outside a \
        parenthesis); the source from the metadata's origins. The unit from the metadata's \
        unit, else its short unit, else the title ((%), per 100,000, (number)), else the measure's; one \
        tipdb does not read (hectares, euros), or that contradicts another, is refused at the column's \
        header cell (exit 1); a percent column naming no subgroup or form warns. A trafficking count's \
        purpose is its form; sex and age words (female, under 18, Unknown age) set \
        the subgroup, unclear ones (youth, Sex not recorded) are refused. Keys come from the chart \
        (owid-SLUG of originalChartUrl), else the file name (refused \
        if that key's stored source has another producer). An Entity not naming its Code's place is refused; \
        its parenthesis is dropped only when it names whose region it is (Africa (UN), (UNODC)): Sudan \
        (former) or Africa (WHO) is refused. Thousands, millions or billions in the title or unit are scaled \
        (<5 in thousands: fewer than 5,000); disagreeing scales, or metadata of none of the columns, are \
        refused. Columns X - lower/upper bound are X's low and high. Older downloads are \
        refused; newer ones name (and briefs mark) figures dropped.
          Bulk figures obey a figures file's unit rules (no 150 percent, negative rate, <5 outside counts, \
        fractional count): a value they rule out is refused at its cell, kept in ingest_rejects under \
        --on-error skip. A figure key given by a bulk dataset and another file of the command is refused the \
        second time. Every rule: README, "Bulk datasets".

        OPTIONS FOR BULK DATASETS
          --source KEY (glotip, ctdc, owid): cite this stored source (or one of the command's sources files) \
        instead of making one.
          --dataset NAME (ctdc): the dataset the file is a version of (default: ctdc-global or \
        ctdc-synthetic).
          --allow-identifiers (ctdc): load such a file without those columns; the summary warns that it \
        holds personal data.
          --measure CODE (owid): the measure of every indicator column; one its unit or titles rule out \
        (trafficking-profits for victims, an estimate for a column that says detected) is refused at the \
        column, naming those that fit.
          --metadata FILE (owid): the grapher metadata JSON (default: FILE.metadata.json beside it); its \
        path and sha256 are recorded in the batch's options.
          --released YYYY-MM-DD (glotip, ctdc): the release date that dates the source: for a GLOTIP export \
        with no readable preamble date (the preamble's date may be 14/04/2025, 14.04.2025 or 2025-04-14), or \
        a CTDC file (default: its modification date, recorded as such in the batch and briefs' provenance).
        """
}
