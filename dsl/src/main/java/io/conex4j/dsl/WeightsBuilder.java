package io.conex4j.dsl;

import static io.conex4j.dsl.Numbers.num;

import io.conex4j.core.behaviors.synapse.WeightFunction;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.Fill;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a synapse group's weights (unitless) are made: a fill, a density (with {@code density < 1} the weights
 * are true-sparse CSC unless {@link #dense()} is asked for), a function, a scale and an offset, or explicit
 * weights. Defaults: density 1, scale 1, offset 0.
 */
public final class WeightsBuilder {

    private final String path;
    private final Problems problems;
    Fill fill;
    double density = 1;
    boolean sparse = true;
    double scale = 1;
    double offset = 0;
    WeightFunction function;
    int[] shape;
    int[] kernelShape;
    Weights explicit;
    /** Values were given but rejected (the problem is recorded; "no values" would only repeat it). */
    private boolean rejected;
    final Calls calls = new Calls();

    /** The verbs, as a structure description names them. */
    static final List<String> VERBS = List.of("uniform", "normal", "constant", "mode", "density", "sparse", "dense",
            "scale", "offset", "shape", "kernelShape", "explicit", "explicitCsc");

    WeightsBuilder(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private WeightsBuilder fill(String what, Supplier<Fill> f) {
        rejected |= !problems.check(path + "." + what, () -> fill = f.get());
        return this;
    }

    /** Uniform in [0, 1). */
    public WeightsBuilder uniform() {
        calls.add("uniform");
        return fill("uniform", Fill::uniform);
    }

    /** Uniform in [lo, hi). */
    public WeightsBuilder uniform(Number lo, Number hi) {
        calls.add("uniform", num(lo), num(hi));
        return fill("uniform", () -> Fill.uniform(num(lo), num(hi)));
    }

    /** Normal with mean and standard deviation. */
    public WeightsBuilder normal(Number mean, Number std) {
        calls.add("normal", num(mean), num(std));
        return fill("normal", () -> Fill.normal(num(mean), num(std)));
    }

    /** Every weight equal to {@code value}. */
    public WeightsBuilder constant(Number value) {
        calls.add("constant", num(value));
        return fill("constant", () -> Fill.constant(num(value)));
    }

    /** A CoNeX mode: a string such as {@code "normal(mean=0.5, std=0.1)"}, a number or a {@link Fill}. */
    public WeightsBuilder mode(Object mode) {
        if (mode instanceof String || mode instanceof Number) {
            calls.add("mode", mode instanceof Number n ? (Object) n.doubleValue() : mode);
        } else if (mode instanceof Fill f) {
            String m = Calls.mode(f);
            if (m == null) {
                calls.undescribable("mode", "a function fill is code, not data; give a mode string or explicit weights");
            } else {
                calls.add("mode", m);
            }
        }
        return fill("mode", () -> Fill.of(mode));
    }

    /** Fraction of non-zero weights in [0, 1]. */
    public WeightsBuilder density(Number d) {
        calls.add("density", num(d));
        if (!(num(d) >= 0 && num(d) <= 1)) {
            problems.add(path + ".density", "= " + num(d) + ", must be in [0, 1]");
        } else {
            density = num(d);
        }
        return this;
    }

    /** Store true-sparse CSC weights when the density is below 1 (the default). */
    public WeightsBuilder sparse() {
        calls.add("sparse");
        sparse = true;
        return this;
    }

    /** Keep dense weights with masked zeros even when the density is below 1. */
    public WeightsBuilder dense() {
        calls.add("dense");
        sparse = false;
        return this;
    }

    /** Multiplies every generated weight. */
    public WeightsBuilder scale(Number s) {
        calls.add("scale", num(s));
        problems.check(path + ".scale", () -> Check.finite("weights", "scale", num(s)));
        scale = num(s);
        return this;
    }

    /** Added to every generated (stored) weight. */
    public WeightsBuilder offset(Number o) {
        calls.add("offset", num(o));
        problems.check(path + ".offset", () -> Check.finite("weights", "offset", num(o)));
        offset = num(o);
        return this;
    }

    /** Element-wise function applied before scale and offset. */
    public WeightsBuilder function(WeightFunction f) {
        calls.undescribable("function", "a weight function is code, not data");
        if (f == null) {
            problems.add(path + ".function", "must not be null");
        }
        function = f;
        return this;
    }

    /** Dense weight shape (rank 1 to 4), e.g. {@code (outCh, inCh, kH, kW)} for a convolution. */
    public WeightsBuilder shape(int... dims) {
        if (dims != null) {
            calls.add("shape", dims);
        }
        boolean ok = dims != null && dims.length >= 1 && dims.length <= 4 && Arrays.stream(dims).allMatch(d -> d > 0);
        if (!ok) {
            problems.add(path + ".shape", "= " + Arrays.toString(dims) + ", must have 1 to 4 positive dimensions");
        } else if (problems.check(path + ".shape", () -> DenseWeights.checkShape(dims))) {
            shape = dims.clone();
        }
        return this;
    }

    /** Kernel shape for local connections, e.g. {@code (outCh, outH, outW, inCh, kH, kW)}. */
    public WeightsBuilder kernelShape(int... dims) {
        if (dims != null) {
            calls.add("kernelShape", dims);
        }
        if (dims == null || dims.length < 2 || Arrays.stream(dims).anyMatch(d -> d <= 0)) {
            problems.add(path + ".kernelShape", "= " + Arrays.toString(dims)
                    + ", must have at least 2 positive dimensions");
        } else {
            kernelShape = dims.clone();
        }
        return this;
    }

    /** Explicit weights (dense or CSC), copied. */
    public WeightsBuilder explicit(Weights w) {
        if (w == null) {
            problems.add(path + ".explicit", "must not be null");
            rejected = true;
            return this;
        }
        if (problems.check(path + ".explicit", () -> Check.allFinite("weights", "explicit", w.values()))) {
            explicit = w.copy();
            if (explicit instanceof CscWeights c) {
                calls.add("explicitCsc", c.rows(), c.cols(), c.colPtr(), c.rowIdx(), c.values());
            } else {
                calls.add("explicit", explicit.values(), explicit.shape());
            }
        } else {
            rejected = true;
        }
        return this;
    }

    /** Explicit dense weights from a row-major array and its shape, copied. */
    public WeightsBuilder explicit(float[] data, int... dims) {
        if (data == null || dims == null) {
            problems.add(path + ".explicit", (data == null ? "data" : "shape") + " must not be null");
            rejected = true;
            return this;
        }
        rejected |= !problems.check(path + ".explicit", () -> explicit(new DenseWeights(data, dims)));
        return this;
    }

    /** Replays one call of a structure description. */
    void replay(Replay r) {
        switch (r.verb) {
            case "uniform" -> {
                if (r.arity(0, 2).count() == 0) {
                    uniform();
                } else {
                    uniform(r.num(1), r.num(2));
                }
            }
            case "normal" -> normal(r.arity(2).num(1), r.num(2));
            case "constant" -> constant(r.arity(1).num(1));
            case "mode" -> mode(r.arity(1).stringOrNumber(1));
            case "density" -> density(r.arity(1).num(1));
            case "sparse" -> r.arity(0).then(this::sparse);
            case "dense" -> r.arity(0).then(this::dense);
            case "scale" -> scale(r.arity(1).num(1));
            case "offset" -> offset(r.arity(1).num(1));
            case "shape" -> shape(r.arity(1).ints(1));
            case "kernelShape" -> kernelShape(r.arity(1).ints(1));
            case "explicit" -> explicit(r.arity(2).floats(1), r.ints(2));
            case "explicitCsc" -> explicit(new CscWeights(r.arity(5).integer(1), r.integer(2), r.ints(3), r.ints(4),
                    r.floats(5)));
            default -> throw Replay.unknown(r.verb, VERBS);
        }
    }

    boolean isSparse() {
        return explicit != null ? explicit instanceof CscWeights : sparse && density < 1;
    }

    int[] shape(int src, int dst) {
        if (explicit != null) {
            return explicit.shape();
        }
        return shape != null && !isSparse() ? shape : new int[] {src, dst};
    }

    void checkWhole(int src, int dst) {
        if (explicit == null && fill == null && !rejected) {
            problems.add(path, "no values; give uniform(...), normal(...), constant(...), mode(...) or explicit(...)");
        }
        if (explicit != null && explicit.shape().length == 2
                && !Arrays.equals(explicit.shape(), new int[] {src, dst})) {
            problems.add(path + ".explicit", "shape " + Arrays.toString(explicit.shape())
                    + " does not match [source, destination] = [" + src + ", " + dst + "]");
        }
        if (explicit == null && shape != null && isSparse()) {
            problems.add(path + ".shape", "sparse weights are [source, destination]; use dense() for shape "
                    + Arrays.toString(shape));
        }
    }

    WeightInitializer build() {
        WeightInitializer.Builder b = WeightInitializer.builder();
        if (explicit != null) {
            b.weights(explicit);
        } else {
            b.mode(fill).density(density).trueSparsity(sparse).scale(scale).offset(offset);
            if (function != null) {
                b.function(function);
            }
            if (shape != null) {
                b.weightShape(shape);
            }
        }
        if (kernelShape != null) {
            b.kernelShape(kernelShape);
        }
        return b.build();
    }
}
