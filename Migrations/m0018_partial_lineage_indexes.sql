-- m0018: the indexes on figures.study and figures.cites hold only the figures that have one.
-- Most figures are primary (no cites) and many come from no named study, yet both indexes held
-- an entry for every figure: a million NULLs each in a database of a million figures, written at
-- every ingest and read by nothing. Every query that looks a study or a cited figure up
-- (`study = ?`, `cites = ?`, the foreign-key checks of SQLite and tipdb's lineage) still uses
-- them, because a comparison with `=` implies IS NOT NULL. Same names, so `INDEXED BY` keeps
-- working.

DROP INDEX IF EXISTS figures_by_study;
CREATE INDEX figures_by_study ON figures(study) WHERE study IS NOT NULL;

DROP INDEX IF EXISTS figures_by_cites;
CREATE INDEX figures_by_cites ON figures(cites) WHERE cites IS NOT NULL;
