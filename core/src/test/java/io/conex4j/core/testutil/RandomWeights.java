package io.conex4j.core.testutil;

import io.conex4j.core.storage.CscBuilder;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Random weight matrices for property tests. */
public final class RandomWeights {

    private RandomWeights() {
    }

    /** A random CSC matrix of any density with values in [0.05, 1). */
    public static CscWeights csc(SplittableRandom rnd, int r, int c) {
        int nnz = rnd.nextInt(r * c + 1);
        long[] all = new long[r * c];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int i = all.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            long t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return CscBuilder.fromPositions(r, c, Arrays.copyOf(all, nnz), Property.floats(rnd, nnz, 0.05, 1));
    }

    /** Either a CSC matrix or a dense one with values in [-3, 3). */
    public static Weights any(SplittableRandom rnd, int r, int c) {
        return rnd.nextBoolean() ? csc(rnd, r, c) : new DenseWeights(Property.floats(rnd, r * c, -3, 3), r, c);
    }
}
