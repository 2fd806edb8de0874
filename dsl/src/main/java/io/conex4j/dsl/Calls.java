package io.conex4j.dsl;

import io.conex4j.core.runtime.Fill;
import java.util.ArrayList;
import java.util.List;

/**
 * The verbs a builder was given, in order, with their arguments as data: what a structure description
 * writes as JSON ({@code [verb, arg, ...]} per call, a nested builder's calls as a list). A call whose
 * argument is code (a custom behavior, a function) is kept as undescribable, with the reason.
 */
final class Calls {

    /** One call: the verb and its arguments (numbers, strings, booleans, arrays, lists, nested Calls). */
    private record Call(String verb, List<Object> args, String undescribable) {
    }

    private final List<Call> list = new ArrayList<>();

    /** Records a call whose arguments are data; arrays are copied. */
    void add(String verb, Object... args) {
        List<Object> a = new ArrayList<>(args.length);
        for (Object o : args) {
            a.add(data(o));
        }
        list.add(new Call(verb, a, null));
    }

    /** Records a call that cannot be written as data, and why. */
    void undescribable(String verb, String why) {
        list.add(new Call(verb, List.of(), why));
    }

    /** A fill as its CoNeX mode string (which {@link Fill#parse} reads back), or null for a function fill. */
    static String mode(Fill f) {
        String s = f.toString();
        try {
            Fill.parse(s);
            return s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    int size() {
        return list.size();
    }

    /** The calls from {@code from} on, as a new list (e.g. only those one description added). */
    Calls from(int from) {
        Calls c = new Calls();
        c.list.addAll(list.subList(from, list.size()));
        return c;
    }

    /**
     * Every call that cannot be written as data, with its path, recursively; the path names each call by its verb
     * and leading names ({@code neocortex.column cc.layer l4.exc.behavior}), as the description's problems do.
     */
    List<String> undescribable(String path) {
        List<String> out = new ArrayList<>();
        for (Call c : list) {
            if (c.undescribable != null) {
                out.add(path + "." + c.verb + ": " + c.undescribable);
            }
            for (Object a : c.args) {
                if (a instanceof Calls nested) {
                    out.addAll(nested.undescribable(path + "." + label(c)));
                }
            }
        }
        return out;
    }

    /** A call as a path step: {@code exc}, {@code column cc}, {@code connect(l4.exc, l23.exc)}. */
    private static String label(Call c) {
        List<String> names = new ArrayList<>();
        for (Object a : c.args) {
            if (!(a instanceof String name)) {
                break;
            }
            names.add(name);
        }
        return switch (names.size()) {
            case 0 -> c.verb;
            case 1 -> c.verb + " " + names.get(0);
            default -> c.verb + "(" + String.join(", ", names) + ")";
        };
    }

    /** The calls as JSON values: a list of {@code [verb, args...]}; only when nothing is undescribable. */
    List<Object> toJson() {
        List<Object> out = new ArrayList<>(list.size());
        for (Call c : list) {
            if (c.undescribable != null) {
                throw new IllegalStateException(c.verb + ": " + c.undescribable);
            }
            List<Object> call = new ArrayList<>(c.args.size() + 1);
            call.add(c.verb);
            for (Object a : c.args) {
                call.add(json(a));
            }
            out.add(call);
        }
        return out;
    }

    private static Object json(Object a) {
        if (a instanceof Calls nested) {
            return nested.toJson();
        }
        if (a instanceof float[] f) {
            List<Double> l = new ArrayList<>(f.length);
            for (float v : f) {
                l.add((double) v);
            }
            return l;
        }
        if (a instanceof int[] i) {
            List<Integer> l = new ArrayList<>(i.length);
            for (int v : i) {
                l.add(v);
            }
            return l;
        }
        return a;
    }

    /** An argument as kept: arrays as copies (boxed into JSON lists only when written), the rest as is. */
    private static Object data(Object o) {
        if (o instanceof float[] f) {
            return f.clone();
        }
        if (o instanceof int[] i) {
            return i.clone();
        }
        if (o instanceof String[] s) {
            return List.of(s);
        }
        if (o instanceof Enum<?> e) {
            return e.name();
        }
        if (o == null || o instanceof Number || o instanceof String || o instanceof Boolean || o instanceof Calls) {
            return o;
        }
        throw new IllegalArgumentException("not data: " + o.getClass().getName());
    }
}
