-- Full-text search (FTS5) over sources, studies and figures, kept in sync by triggers.
-- External-content tables named <table>_fts, the convention Datasette recognises.

CREATE VIRTUAL TABLE sources_fts USING fts5( -- Search index over sources: title, authors, publisher, notes.
    title, -- indexed copy of the title column
    authors, -- indexed copy of the authors column
    publisher, -- indexed copy of the publisher column
    notes, -- indexed copy of the notes column
    content = 'sources',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, authors, publisher, notes) VALUES (new.id, new.title, new.authors, new.publisher, new.notes);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, authors, publisher, notes) VALUES ('delete', old.id, old.title, old.authors, old.publisher, old.notes);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, authors, publisher, notes) VALUES ('delete', old.id, old.title, old.authors, old.publisher, old.notes);
    INSERT INTO sources_fts (rowid, title, authors, publisher, notes) VALUES (new.id, new.title, new.authors, new.publisher, new.notes);
END;

CREATE VIRTUAL TABLE studies_fts USING fts5( -- Search index over studies: title, summary, population.
    title, -- indexed copy of the title column
    summary, -- indexed copy of the summary column
    population, -- indexed copy of the population column
    content = 'studies',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER studies_fts_insert AFTER INSERT ON studies BEGIN
    INSERT INTO studies_fts (rowid, title, summary, population) VALUES (new.id, new.title, new.summary, new.population);
END;
CREATE TRIGGER studies_fts_delete AFTER DELETE ON studies BEGIN
    INSERT INTO studies_fts (studies_fts, rowid, title, summary, population) VALUES ('delete', old.id, old.title, old.summary, old.population);
END;
CREATE TRIGGER studies_fts_update AFTER UPDATE ON studies BEGIN
    INSERT INTO studies_fts (studies_fts, rowid, title, summary, population) VALUES ('delete', old.id, old.title, old.summary, old.population);
    INSERT INTO studies_fts (rowid, title, summary, population) VALUES (new.id, new.title, new.summary, new.population);
END;

CREATE VIRTUAL TABLE figures_fts USING fts5( -- Search index over figures: quote and notes.
    quote, -- indexed copy of the quote column
    notes, -- indexed copy of the notes column
    content = 'figures',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER figures_fts_insert AFTER INSERT ON figures WHEN new.quote IS NOT NULL OR new.notes IS NOT NULL BEGIN
    INSERT INTO figures_fts (rowid, quote, notes) VALUES (new.id, new.quote, new.notes);
END;
CREATE TRIGGER figures_fts_delete AFTER DELETE ON figures WHEN old.quote IS NOT NULL OR old.notes IS NOT NULL BEGIN
    INSERT INTO figures_fts (figures_fts, rowid, quote, notes) VALUES ('delete', old.id, old.quote, old.notes);
END;
CREATE TRIGGER figures_fts_update AFTER UPDATE OF quote, notes ON figures BEGIN
    INSERT INTO figures_fts (figures_fts, rowid, quote, notes) SELECT 'delete', old.id, old.quote, old.notes WHERE old.quote IS NOT NULL OR old.notes IS NOT NULL;
    INSERT INTO figures_fts (rowid, quote, notes) SELECT new.id, new.quote, new.notes WHERE new.quote IS NOT NULL OR new.notes IS NOT NULL;
END;
