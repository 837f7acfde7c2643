package org.herodotus.eval;

import java.util.Arrays;

/**
 * Maximum bipartite matching (Kuhn's augmenting paths), deterministic: left vertices are tried in index
 * order and each one's candidates in index order. Augmenting never unmatches a left vertex, so the left
 * vertices tried first are covered as far as any maximum matching can cover them: callers put required
 * gold events before optional ones.
 */
final class Matching {

    private Matching() {
    }

    /** For each left vertex, the right vertex it is matched to, or -1. */
    static int[] maximum(boolean[][] edges, int rightCount) {
        int[] rightToLeft = new int[rightCount];
        Arrays.fill(rightToLeft, -1);
        for (int left = 0; left < edges.length; left++) {
            augment(left, edges, rightToLeft, new boolean[rightCount]);
        }
        int[] leftToRight = new int[edges.length];
        Arrays.fill(leftToRight, -1);
        for (int right = 0; right < rightCount; right++) {
            if (rightToLeft[right] >= 0) {
                leftToRight[rightToLeft[right]] = right;
            }
        }
        return leftToRight;
    }

    private static boolean augment(int left, boolean[][] edges, int[] rightToLeft, boolean[] seen) {
        for (int right = 0; right < rightToLeft.length; right++) {
            if (edges[left][right] && !seen[right]) {
                seen[right] = true;
                if (rightToLeft[right] < 0 || augment(rightToLeft[right], edges, rightToLeft, seen)) {
                    rightToLeft[right] = left;
                    return true;
                }
            }
        }
        return false;
    }
}
