/**
 * Linguistic annotation: {@link org.herodotus.model.Article} in,
 * {@link org.herodotus.model.AnnotatedArticle} out.
 *
 * <p>{@link org.herodotus.annotate.CoreNlpAnnotator} is the only class in Herodotus that touches
 * Stanford CoreNLP. It runs tokenize, ssplit, pos, lemma, coarse ner (PERSON, LOCATION, ORGANIZATION,
 * MISC and SUTime's dates) and depparse (enhanced++ Universal Dependencies). Relative dates are
 * normalised against {@link org.herodotus.model.Article#published()}.
 *
 * <p>Invariants: token and sentence spans index into the article text exactly; token indices are
 * 0-based within their sentence; dependency governors are token indices or -1 for the root.
 * Threading: the models load once per JVM and the annotator is safe to call from many threads.
 */
package org.herodotus.annotate;
