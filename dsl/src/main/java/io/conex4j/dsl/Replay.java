package io.conex4j.dsl;

import java.util.List;
import java.util.function.Consumer;

/**
 * One call read from a structure description's JSON ({@code [verb, arg, ...]}), with typed access to its
 * arguments; a wrong type or count is an {@link IllegalArgumentException} naming the argument, the value and
 * what is allowed, recorded as a problem under the call's path by {@link #each}.
 */
final class Replay {

    final String verb;
    private final List<?> call;

    private Replay(String verb, List<?> call) {
        this.verb = verb;
        this.call = call;
    }

    /**
     * Replays every call of {@code calls} (a JSON list of calls) through {@code apply}, recording each failure
     * as a problem under {@code path}.
     */
    static void each(Object calls, String path, Problems problems, Consumer<Replay> apply) {
        if (!(calls instanceof List<?> list)) {
            problems.add(path, "= " + shown(calls) + ", must be a list of calls [verb, arguments...]");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Object c = list.get(i);
            if (!(c instanceof List<?> call) || call.isEmpty() || !(call.get(0) instanceof String verb)) {
                problems.add(path + "[" + i + "]", "= " + shown(c) + ", must be a call [verb, arguments...]");
                continue;
            }
            Replay r = new Replay(verb, call);
            problems.check(path + "." + verb, () -> apply.accept(r));
        }
    }

    /** The number of arguments. */
    int count() {
        return call.size() - 1;
    }

    /** Fails unless there are {@code n} arguments. */
    Replay arity(int... allowed) {
        for (int n : allowed) {
            if (count() == n) {
                return this;
            }
        }
        throw new IllegalArgumentException(count() + " arguments, allowed: " + java.util.Arrays.toString(allowed));
    }

    /** Runs a verb without arguments (after {@link #arity}{@code (0)}). */
    void then(Runnable verb) {
        verb.run();
    }

    /** Argument {@code i} as a string or a number (a CoNeX mode). */
    Object stringOrNumber(int i) {
        if (arg(i) instanceof String || arg(i) instanceof Number) {
            return arg(i);
        }
        throw bad(i, "a mode string or a number");
    }

    private Object arg(int i) {
        if (i > count()) {
            throw new IllegalArgumentException("argument " + i + " is missing");
        }
        return call.get(i);
    }

    boolean isList(int i) {
        return arg(i) instanceof List<?>;
    }

    /** Argument {@code i} (from 1) as a number. */
    double num(int i) {
        if (arg(i) instanceof Number n) {
            return n.doubleValue();
        }
        throw bad(i, "a number");
    }

    /** Argument {@code i} as an int. */
    int integer(int i) {
        if (arg(i) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() >= Integer.MIN_VALUE && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw bad(i, "an integer in [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
    }

    /** Argument {@code i} as a long. */
    long longInt(int i) {
        if (arg(i) instanceof Long l) {
            return l;
        }
        if (arg(i) instanceof Integer n) {
            return n;
        }
        throw bad(i, "an integer (64-bit)");
    }

    /** Argument {@code i} as a boolean. */
    boolean bool(int i) {
        if (arg(i) instanceof Boolean b) {
            return b;
        }
        throw bad(i, "true or false");
    }

    /** Argument {@code i} as a string. */
    String string(int i) {
        if (arg(i) instanceof String s) {
            return s;
        }
        throw bad(i, "a string");
    }

    /** Argument {@code i} as a string or null. */
    String stringOrNull(int i) {
        return arg(i) == null ? null : string(i);
    }

    /** Arguments {@code from} to the last, as strings. */
    String[] strings(int from) {
        String[] s = new String[Math.max(0, count() - from + 1)];
        for (int i = 0; i < s.length; i++) {
            s[i] = string(from + i);
        }
        return s;
    }

    /** Argument {@code i} as a list of strings. */
    String[] stringList(int i) {
        List<?> l = list(i, "a list of strings");
        String[] s = new String[l.size()];
        for (int k = 0; k < s.length; k++) {
            if (!(l.get(k) instanceof String v)) {
                throw bad(i, "a list of strings");
            }
            s[k] = v;
        }
        return s;
    }

    /** Argument {@code i} as float32 values. */
    float[] floats(int i) {
        List<?> l = list(i, "a list of numbers");
        float[] f = new float[l.size()];
        for (int k = 0; k < f.length; k++) {
            if (!(l.get(k) instanceof Number n)) {
                throw bad(i, "a list of numbers");
            }
            f[k] = n.floatValue();
        }
        return f;
    }

    /** Argument {@code i} as ints. */
    int[] ints(int i) {
        List<?> l = list(i, "a list of integers");
        int[] v = new int[l.size()];
        for (int k = 0; k < v.length; k++) {
            if (!(l.get(k) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
                throw bad(i, "a list of integers");
            }
            v[k] = n.intValue();
        }
        return v;
    }

    /** Argument {@code i}: a nested list of calls, for {@link #each}. */
    Object calls(int i) {
        return list(i, "a list of calls [verb, arguments...]");
    }

    private List<?> list(int i, String what) {
        if (arg(i) instanceof List<?> l) {
            return l;
        }
        throw bad(i, what);
    }

    /** Argument {@code i} as a constant of {@code type}. */
    <E extends Enum<E>> E enumValue(int i, Class<E> type) {
        String s = string(i);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw bad(i, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** An unknown verb. */
    static IllegalArgumentException unknown(String verb, List<String> allowed) {
        return new IllegalArgumentException("unknown verb '" + verb + "'; allowed: " + String.join(", ", allowed));
    }

    private IllegalArgumentException bad(int i, String what) {
        return new IllegalArgumentException("argument " + i + " = " + shown(arg(i)) + ", must be " + what);
    }

    private static String shown(Object o) {
        String s = o instanceof String ? "\"" + o + "\"" : String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
