-- m0060: units for a change in a number of people or cases (parliamentary researcher's review, session 51).
-- "An increase of 2.7 million since 2016" had no unit but persons, so it was stored as 2.7 million people in
-- forced labour for 2016-2021: a level in every brief's tables, and 27.6 million for 2021 was "10.2 times" it
-- in a series-jump caution. percent-change and USD-change already keep changes in percent and in dollars as
-- changes; persons-change and cases-change do the same for counts, each only for a measure counted in the
-- unit it changes (Measure.fits), and like every unit of dimension change they are no level: not a key
-- figure, not charted, no part of a series.
-- Running this again changes nothing.
INSERT OR IGNORE INTO units (code, label, dimension) VALUES
    ('persons-change', 'change in persons', 'change'),
    ('cases-change', 'change in cases', 'change');
