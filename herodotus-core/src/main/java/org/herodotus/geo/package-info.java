/**
 * Places: the gazetteer, and which place each toponym of an article names.
 *
 * <p><b>Inputs.</b> A toponym's surface form as it stands in the text ({@code "al-Jufra"},
 * {@code "Russia's"}, {@code "Libyan"}) and a {@link org.herodotus.geo.GeoContext}: the article's focus
 * countries (ISO 3166 alpha-3 with weights 0..1), the places its other toponyms were resolved to, and places
 * they may name. {@link org.herodotus.geo.ArticleResolver} builds that context for all toponyms of an article.
 *
 * <p><b>Outputs.</b> {@link org.herodotus.geo.Gazetteer#lookup} gives candidate
 * {@link org.herodotus.geo.Place}s; a {@link org.herodotus.geo.ToponymResolver} chooses one and returns it as a
 * {@link org.herodotus.geo.ResolvedPlace} with a confidence, or empty when no entry is a plausible reading
 * (there is no fall-back to a country's centroid). {@link org.herodotus.geo.ToponymResolver#standard} is
 * version {@value org.herodotus.geo.ToponymResolver#STANDARD_VERSION}.
 *
 * <p><b>Data.</b> {@code src/main/resources/geo/}: {@code countries.tsv} (hand-written GeoNames country facts:
 * ISO codes, names, demonyms, centroids), {@code admin1.tsv} (first-level divisions), {@code supplement.tsv}
 * (hand-made districts, regions, bases, oil fields, crossings, continents, oceans) and
 * {@code cities-1.tsv.gz}, {@code cities-2.tsv.gz} (GeoNames cities500, CC-BY 4.0). All but the first two are
 * built by {@code tools/geo/build_gazetteer.py}; each file's header gives its format. Sources and licences:
 * {@code docs/sources-geo.md}.
 *
 * <p><b>Invariants.</b> Every place has a name, WGS84 coordinates and an ISO 3166 alpha-3 country, or none for
 * areas spanning countries (continents, oceans, seas). GeoNames ids are positive; entries that are not GeoNames
 * records (countries, divisions, the supplement) have negative ids. {@link org.herodotus.geo.Place#admin1} is a
 * GeoNames admin1 code. Names are matched on a key that ignores case, diacritics, punctuation, spacing and
 * Arabic articles, and, for names of five letters or more, on a consonant skeleton within a small edit
 * distance. Scores are in 0..1. The same name gets the same place throughout an article.
 *
 * <p><b>Threading.</b> {@link org.herodotus.geo.Gazetteer#loadDefault()} reads the files once per class
 * loader (a helper thread parses while the caller builds the indexes) and returns a shared immutable instance;
 * gazetteers, resolvers and contexts are immutable and thread-safe.
 */
package org.herodotus.geo;
