package io.conex4j.dsl;

/**
 * The names of structures, layers, populations and ports: not blank, and without {@code '.'}, which joins
 * them into a group's name ({@code cc.l4.exc}) and a port's address ({@code cc.input}).
 */
final class Names {

    private Names() {
    }

    /** Whether {@code name} is a valid name; if not, records why under {@code path}. */
    static boolean check(Problems problems, String path, String what, String name) {
        if (name == null || name.isBlank()) {
            problems.add(path, what + " name = " + (name == null ? "null" : "\"" + name + "\"")
                    + ", must be a non-blank name");
            return false;
        }
        if (name.contains(".") || name.contains(",")) {
            problems.add(path, what + " name = \"" + name + "\", must not contain '.' or ',' ('.' joins the parts"
                    + " of a group's name, as in cc.l4.exc; ',' separates tags)");
            return false;
        }
        return true;
    }
}
