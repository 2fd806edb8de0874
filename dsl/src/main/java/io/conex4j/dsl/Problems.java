package io.conex4j.dsl;

import java.util.ArrayList;
import java.util.List;

/** The problems found while a network is described; thrown together by {@link NetworkBuilder#build()}. */
final class Problems {

    private final List<String> list = new ArrayList<>();

    void add(String path, String problem) {
        list.add(path + ": " + problem);
    }

    /** Runs a check that throws IllegalArgumentException on bad input, recording its message under {@code path}. */
    boolean check(String path, Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            add(path, e.getMessage());
            return false;
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> all() {
        return List.copyOf(list);
    }
}
