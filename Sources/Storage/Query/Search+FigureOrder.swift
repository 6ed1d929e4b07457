extension Search {
    /// 0 for a primary figure (one that cites none), 1 for a repeat of a primary figure, 2 for a
    /// repeat of a repeat, over `figures f`: the figure a number comes from before those that
    /// pass it on, and the nearest copies before copies of copies (ILO 2005's 2.45 million, then
    /// UNODC 2012's repeat of it, then Francis 2013's of UNODC's).
    static let repeatDepth = """
        CASE WHEN f.cites IS NULL THEN 0
            WHEN EXISTS (SELECT 1 FROM figures c WHERE c.key = f.cites AND c.cites IS NULL) THEN 1 ELSE 2 END
        """

    /// How wide a figure's place is, over `figures f`: 0 for the world, 1 for a region or a group
    /// of countries, 2 for a country, so that figures found by name list the widest first.
    ///
    /// Why: a query that names no place asks first for the figure of the whole (the ILO's 27.6
    /// million in forced labour), which a country's or region's figure is part of; ordered by
    /// place code, the world came after every region, and after 20 countries `--limit` cut it
    /// (review of session 47).
    static let placeBreadth = """
        (SELECT CASE p.kind WHEN 'world' THEN 0 WHEN 'country' THEN 2 ELSE 1 END FROM places p WHERE p.code = f.place)
        """

    /// Whether a figure is of a subgroup (a sex, an age group, a form or a breakdown such as
    /// citizenship) rather than of the whole population, over `figures f`: 1 or 0, so that the
    /// total comes before its shares (the world's 27.6 million before the 12% of it that are
    /// children).
    static let isSubgroup = """
        (f.sex <> 'total' OR f.age_group <> 'total' OR f.form IS NOT NULL
            OR EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key))
        """

    /// Whether a figure is in another unit than its measure's own (`measures.default_unit`), over
    /// `figures f`: 1 or 0, so that the world's US$236 billion of illegal profits a year comes
    /// before the US$10,000 a year per victim derived from it.
    static let isOtherUnit = """
        (f.unit IS NOT (SELECT m.default_unit FROM measures m WHERE m.code = f.measure))
        """
}
