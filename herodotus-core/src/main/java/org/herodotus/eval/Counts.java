package org.herodotus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Hits, extras and misses, with precision, recall and F1 (each 0 when its denominator is 0).
 *
 * @param tp true positives: predicted and gold matched
 * @param fp false positives: predicted, matching no gold
 * @param fn false negatives: gold, matched by nothing
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative counts: " + tp + " " + fp + " " + fn);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    @JsonProperty("precision")
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    @JsonProperty("recall")
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    @JsonProperty("f1")
    public double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
}
