-- Households counted with a site's population, when the report gives them (imported files often do).
ALTER TABLE site_population_snapshot ADD COLUMN households INT CHECK (households >= 0);
