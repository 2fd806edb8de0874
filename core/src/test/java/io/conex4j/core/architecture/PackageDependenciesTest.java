package io.conex4j.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the imports of core's main sources: packages import each other in one direction only, the simulation
 * layers import neither files nor pictures, and only storage tests a weight's concrete type.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (io\\.conex4j\\.core(?:\\.[a-z]+)*)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern FULLY_QUALIFIED = Pattern.compile("[^\\w.\"](io\\.conex4j\\.core(?:\\.[a-z]+)+)\\.[A-Z]");

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                StringBuilder code = new StringBuilder();
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (!t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("//")) {
                        code.append(line).append('\n');
                    }
                }
                String text = code.toString();
                Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (Pattern p : List.of(IMPORT, FULLY_QUALIFIED)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            deps.add(m.group(1));
                        }
                    }
                }
            }
        }
        return g;
    }

    @Test
    void packagesFormNoCycle() throws IOException {
        Map<String, Set<String>> g = graph();
        assertTrue(g.size() > 8, "read the packages: " + g.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            findCycle(g, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    private static void findCycle(Map<String, Set<String>> g, String at, List<String> path, List<String> out) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                out.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && path.size() < g.size()) {
                path.add(next);
                findCycle(g, next, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void theSimulationLayersImportNeitherFilesNorPicturesNorBehaviors() throws IOException {
        Map<String, Set<String>> g = graph();
        for (String layer : List.of("runtime", "storage", "kernels", "random")) {
            for (String dep : g.get("io.conex4j.core." + layer)) {
                for (String forbidden : List.of("io", "plot", "recording", "behaviors")) {
                    assertTrue(!dep.startsWith("io.conex4j.core." + forbidden), layer + " imports " + dep);
                }
            }
        }
        for (String pkg : g.keySet()) {
            if (pkg.contains("behaviors")) {
                for (String dep : g.get(pkg)) {
                    assertTrue(!dep.endsWith(".io") && !dep.endsWith(".plot"), pkg + " imports " + dep);
                }
            }
        }
    }

    @Test
    void onlyStorageTestsAWeightsConcreteType() throws IOException {
        Pattern typeTest = Pattern.compile("instanceof (CscWeights|DenseWeights)|isSparse\\(\\)|\\((CscWeights|DenseWeights)\\) ");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.toString().contains("/storage/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (typeTest.matcher(lines.get(i)).find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
