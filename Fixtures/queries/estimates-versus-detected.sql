-- Which measures are prevalence estimates and which are detected counts, and how many figures of each does the database hold?
-- The two must never be compared as if they measured the same thing.
SELECT m.counts, m.concept, m.code AS measure, m.label, count(f.key) AS figures
FROM measures m
LEFT JOIN figures f ON f.measure = m.code
GROUP BY m.code
ORDER BY m.counts, m.concept, m.code;
