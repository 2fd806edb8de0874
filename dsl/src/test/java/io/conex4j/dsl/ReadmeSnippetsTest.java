package io.conex4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Every {@code java} and {@code jshell} block of the README (and the example of {@link Conex}'s Javadoc) runs as
 * printed, and prints what the text after it says it prints.
 *
 * <p>Each block runs in a fresh JShell, in this JVM ({@code executionEngine("local")}, so with the Vector API
 * when the tests have it), fed line by line the way the {@code jshell} tool reads pasted text: a line that
 * completes a snippet is evaluated at once (so a line starting with {@code .add(...)} after a complete statement
 * fails here as it fails in jshell). Java blocks get jshell's default imports and {@link #IMPORTS}, the imports the
 * README names; {@code jshell} blocks get only jshell's default imports (they import what they use). A block that
 * declares a class with a {@code main} method is then run by calling it. Any rejected snippet, unresolved
 * reference or exception fails the block with its README line.
 *
 * <p>Claims: in the paragraph right after a block, every {@code prints `X`} must match the
 * block's output, numbers free (a number shown positive must come out positive); text ending in
 * {@code prints:} just before a block means the output holds that block's lines exactly. A "prints" without an
 * example fails, as it cannot be checked. A block is skipped only after {@code <!-- not run: reason -->}.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");
    private static final Path CONEX_JAVA = Path.of("src/main/java/io/conex4j/dsl/Conex.java");
    private static final Path KOTLIN_TEST = Path.of("src/test/kotlin/io/conex4j/dsl/KotlinDslTest.kt");

    /** The imports the README's "Use it from your project" section lists for its Java blocks. */
    static final List<String> IMPORTS = List.of(
            "import io.conex4j.dsl.*;",
            "import io.conex4j.core.runtime.*;",
            "import io.conex4j.core.recording.*;",
            "import io.conex4j.core.io.*;",
            "import io.conex4j.core.behaviors.neuron.*;",
            "import io.conex4j.core.behaviors.synapse.*;",
            "import io.conex4j.core.behaviors.learning.*;");

    /** The {@code jshell} tool's default startup imports (its DEFAULT script). */
    static final List<String> JSHELL_DEFAULT_IMPORTS = List.of(
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.prefs.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;");

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern SKIP = Pattern.compile("^<!--\\s*not run:\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern PRINTS_WORD = Pattern.compile("\\bprints\\b");
    private static final Pattern PRINTS_EXAMPLE = Pattern.compile("\\bprints(?: something like)?\\s+`([^`]+)`");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CLASS_WITH_MAIN = Pattern.compile(
            "(?s)^\\s*(?:import [^;]+;\\s*)*(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+).*static\\s+void\\s+main\\s*\\(");

    /**
     * A code block: its language, the README line of its first code line, its text, the reason it is not run
     * (or null), the paragraph after it, and the block the text after it introduces with "prints:" (or null).
     */
    record Block(String source, String lang, int line, String text, String skipReason, String proseAfter,
            Block expectedOutput) {

        String where() {
            return source + ":" + line;
        }
    }

    /** What a block printed: standard output, then jshell-style {@code name ==> value} lines of its values. */
    record Output(String stdout, String transcript) {

        String all() {
            return stdout + transcript;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The README and the Javadoc

    @TestFactory
    Stream<DynamicTest> everyJavaAndJshellBlockOfTheReadmeRunsAsPrinted() throws IOException {
        List<Block> blocks = runnable(readme());
        assertTrue(blocks.size() >= 5, "the README has its Java and jshell blocks: " + blocks.size());
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where() + " (" + b.lang() + ")", () -> check(b)));
    }

    @Test
    void everyJavaBlockRunsUnlessMarkedWithAReason() throws IOException {
        List<Block> all = readme();
        List<Block> code = all.stream().filter(b -> runs(b.lang())).toList();
        List<Block> skipped = code.stream().filter(b -> b.skipReason() != null).toList();
        for (Block b : skipped) {
            assertFalse(b.skipReason().isBlank(), b.where() + ": <!-- not run: ... --> needs a reason");
        }
        System.out.println("README.md: " + (code.size() - skipped.size()) + " java/jshell blocks run, "
                + skipped.size() + " skipped" + skipped.stream().map(b -> "\n  " + b.where() + ": " + b.skipReason())
                        .collect(Collectors.joining()));
        assertTrue(code.stream().anyMatch(b -> b.lang().equals("jshell")), "the README has a jshell block");
        // Only java, jshell, kotlin and the languages nobody runs here (shell, Python, output) may appear.
        Set<String> known = Set.of("java", "jshell", "kotlin", "bash", "python", "xml", "text", "");
        for (Block b : all) {
            assertTrue(known.contains(b.lang()), b.where() + ": a ```" + b.lang() + " block; this test knows " + known);
        }
    }

    @Test
    void theJavadocExampleOfConexRunsAsPrinted() throws IOException {
        Block example = javadocExample(Files.readString(CONEX_JAVA, StandardCharsets.UTF_8));
        assertTrue(PRINTS_EXAMPLE.matcher(example.proseAfter()).find(), "the Javadoc says what the example prints: "
                + example.proseAfter());
        check(example);
    }

    @Test
    void theReadmeKotlinBlockIsVerbatimInKotlinDslTest() throws IOException {
        List<Block> kotlin = readme().stream().filter(b -> b.lang().equals("kotlin")).toList();
        assertEquals(1, kotlin.size(), "one ```kotlin block in the README");
        String test = Files.readString(KOTLIN_TEST, StandardCharsets.UTF_8).replace("\r\n", "\n");
        for (Block b : kotlin) {
            assertTrue(test.contains(b.text()), b.where() + ": the README's Kotlin block must appear verbatim in "
                    + KOTLIN_TEST + " (which compiles and runs it); one of them changed:\n" + b.text());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The checker checks: each way a block can be wrong fails it, with its line

    @Test
    void aSnippetJavacRejectsFailsWithItsLine() {
        Block b = block("java", 40, "int x = 1;\nString s = x;\n", "");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(b));
        assertTrue(e.getMessage().startsWith("test:41: rejected"), e.getMessage());
        assertTrue(e.getMessage().contains("incompatible types"), e.getMessage());
    }

    @Test
    void anExceptionFailsWithItsLineAndStackTrace() {
        Block b = block("java", 10, "Network net = new Network(-1, 0);\n", "");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(b));
        assertTrue(e.getMessage().startsWith("test:10: threw java.lang.IllegalArgumentException"), e.getMessage());
        assertTrue(e.getMessage().contains("dt (-1.0) must be finite and > 0"), e.getMessage());
    }

    @Test
    void aChainContinuedOnTheNextLineAfterACompleteStatementFailsAsInJshell() {
        Block b = block("java", 1, "StringBuilder sb = new StringBuilder()\n        .append(1);\n", "");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(b));
        assertTrue(e.getMessage().startsWith("test:2: rejected"), e.getMessage());
    }

    @Test
    void anUnknownNameFails() {
        Block b = block("java", 1, "void f() { nowhere(); }\n", "");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(b));
        assertTrue(e.getMessage().contains("unresolved"), e.getMessage());
    }

    @Test
    void anIncompleteBlockFails() {
        Block b = block("java", 1, "Network net = Conex.network(n -> {\n", "");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(b));
        assertTrue(e.getMessage().startsWith("test:1: incomplete"), e.getMessage());
    }

    @Test
    void claimsAreCheckedWithNumbersFreeButPositiveStaysPositive() {
        String code = "System.out.println(\"exc: \" + 0 + \" spikes\");\n";
        check(block("java", 1, code, "It prints `exc: 0 spikes`."));
        AssertionFailedError zero = assertThrows(AssertionFailedError.class,
                () -> check(block("java", 1, code, "It prints `exc: 377 spikes`.")));
        assertTrue(zero.getMessage().contains("positive"), zero.getMessage());
        AssertionFailedError other = assertThrows(AssertionFailedError.class,
                () -> check(block("java", 1, code, "It prints something like `inh: 0 spikes`.")));
        assertTrue(other.getMessage().contains("does not print"), other.getMessage());
        AssertionFailedError vague = assertThrows(AssertionFailedError.class,
                () -> check(block("java", 1, code, "It prints the spike count.")));
        assertTrue(vague.getMessage().contains("gives no example"), vague.getMessage());
    }

    @Test
    void anOutputBlockIsMatchedLineByLine() {
        Block out = block("", 5, "a\n  b: 1\n", "");
        String code = "System.out.println(\"a\\n  b: 1\");\n";
        check(new Block("test", "java", 1, code, null, "prints:", out));
        Block wrong = new Block("test", "java", 1, code.replace("1", "2"), null, "prints:", out);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> check(wrong));
        assertTrue(e.getMessage().contains("the lines of the block at test:5"), e.getMessage());
    }

    @Test
    void jshellBlocksShowValuesAsJshellDoes() {
        check(block("jshell", 1, "var spikes = 6 * 7\n", "jshell prints `spikes ==> 42`."));
    }

    @Test
    void aDeclaredMainIsRun() {
        String code = "public class App {\n    public static void main(String[] args) {\n"
                + "        System.out.println(\"ran: \" + 5);\n    }\n}\n";
        check(block("java", 1, code, "It prints `ran: 5`."));
    }

    @Test
    void markdownParsingFindsLinesSkipsAndOutputBlocks() {
        List<Block> blocks = parseMarkdown("test", List.of(
                "# t", "", "```java", "int a = 1;", "```", "", "It prints:", "", "```", "x", "```", "",
                "<!-- not run: needs a GPU -->", "```java", "gpu();", "```", "## next", "prints `nothing`", "",
                "```java", "int b = 2;", "```", "It prints `x`", "and `y`.", "", "It prints `z`."));
        assertEquals(4, blocks.size());
        assertEquals(4, blocks.get(0).line());
        assertEquals("int a = 1;\n", blocks.get(0).text());
        assertEquals(10, blocks.get(0).expectedOutput().line());
        assertEquals("needs a GPU", blocks.get(2).skipReason());
        assertEquals("", blocks.get(2).proseAfter(), "the paragraph stops at a heading");
        assertEquals("It prints `x`\nand `y`.\n", blocks.get(3).proseAfter(), "the first paragraph only");
    }

    private static Block block(String lang, int line, String text, String prose) {
        return new Block("test", lang, line, text, null, prose, null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing

    private static boolean runs(String lang) {
        return lang.equals("java") || lang.equals("jshell");
    }

    private static List<Block> readme() throws IOException {
        assertTrue(Files.isRegularFile(README), README + " exists");
        return parseMarkdown("README.md", Files.readAllLines(README, StandardCharsets.UTF_8));
    }

    private static List<Block> runnable(List<Block> blocks) {
        return blocks.stream().filter(b -> runs(b.lang()) && b.skipReason() == null).toList();
    }

    /** The fenced blocks of a Markdown text, each with the prose after it (up to the next block or heading). */
    static List<Block> parseMarkdown(String source, List<String> lines) {
        record Raw(String lang, int line, String text, String skip, String prose, String paragraph) {
        }
        List<Raw> raw = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String skip = null;
            for (int k = i - 1; k >= 0; k--) {
                if (!lines.get(k).isBlank()) {
                    Matcher m = SKIP.matcher(lines.get(k));
                    skip = m.matches() ? m.group(1) : null;
                    break;
                }
            }
            int first = i + 1;
            int close = first;
            while (close < lines.size() && !lines.get(close).equals("```")) {
                close++;
            }
            assertTrue(close < lines.size(), source + ":" + (i + 1) + ": unclosed ``` block");
            StringBuilder text = new StringBuilder();
            for (int k = first; k < close; k++) {
                text.append(lines.get(k)).append('\n');
            }
            StringBuilder prose = new StringBuilder();
            StringBuilder paragraph = new StringBuilder();
            boolean inParagraph = true;
            int k = close + 1;
            while (k < lines.size() && !FENCE.matcher(lines.get(k)).matches() && !lines.get(k).startsWith("#")) {
                prose.append(lines.get(k)).append('\n');
                if (lines.get(k).isBlank() && !paragraph.isEmpty()) {
                    inParagraph = false;
                }
                if (inParagraph && !lines.get(k).isBlank()) {
                    paragraph.append(lines.get(k)).append('\n');
                }
                k++;
            }
            raw.add(new Raw(open.group(1), first + 1, text.toString(), skip, prose.toString(), paragraph.toString()));
            i = close + 1;
        }
        List<Block> blocks = new ArrayList<>();
        Block next = null;
        for (int r = raw.size() - 1; r >= 0; r--) {
            Raw b = raw.get(r);
            Block output = next != null && b.prose().trim().endsWith("prints:") ? next : null;
            next = new Block(source, b.lang(), b.line(), b.text(), b.skip(), b.paragraph(), output);
            blocks.add(0, next);
        }
        return blocks;
    }

    /** The {@code <pre>{@code ...}</pre>} example of a class Javadoc and the Javadoc text after it. */
    static Block javadocExample(String javaSource) {
        List<String> lines = javaSource.lines().toList();
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("* <pre>{@code")) {
                open = i;
                break;
            }
        }
        assertTrue(open >= 0, CONEX_JAVA + " has a <pre>{@code example");
        StringBuilder text = new StringBuilder();
        int i = open + 1;
        for (; !lines.get(i).trim().equals("* }</pre>"); i++) {
            text.append(lines.get(i).replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        StringBuilder prose = new StringBuilder();
        for (i++; !lines.get(i).trim().equals("*/"); i++) {
            prose.append(lines.get(i).replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        String markdownProse = prose.toString().replaceAll("\\{@code ([^}]*)}", "`$1`");
        return new Block(CONEX_JAVA.getFileName().toString(), "java", open + 2, text.toString(), null, markdownProse,
                null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Running and checking

    /** Runs the block and checks every claim the text after it makes. */
    static void check(Block b) {
        Output out = run(b);
        checkClaims(b, out);
    }

    static void checkClaims(Block b, Output out) {
        String prose = b.proseAfter().replaceAll("\\s+", " ");
        int words = 0;
        for (Matcher w = PRINTS_WORD.matcher(prose); w.find();) {
            words++;
        }
        int claims = 0;
        for (Matcher m = PRINTS_EXAMPLE.matcher(prose); m.find();) {
            claims++;
            checkExample(b, m.group(1), out);
        }
        if (b.expectedOutput() != null) {
            claims++;
            checkLines(b, b.expectedOutput(), out.stdout());
        }
        if (words > claims) {
            fail(b.where() + ": the text after this block says it prints something but gives no example to check"
                    + " (write prints `...` or end with prints: before an output block):\n" + b.proseAfter());
        }
    }

    /** {@code example} with its numbers free: a number shown positive must be positive. */
    private static void checkExample(Block b, String example, Output out) {
        StringBuilder regex = new StringBuilder();
        List<Double> shown = new ArrayList<>();
        Matcher n = NUMBER.matcher(example);
        int at = 0;
        while (n.find()) {
            regex.append(Pattern.quote(example.substring(at, n.start()))).append("(\\d+(?:\\.\\d+)?)");
            shown.add(Double.parseDouble(n.group()));
            at = n.end();
        }
        regex.append(Pattern.quote(example.substring(at)));
        Matcher m = Pattern.compile(regex.toString()).matcher(out.all());
        if (!m.find()) {
            fail(b.where() + ": the README says it prints `" + example + "`, but it does not print that (numbers"
                    + " may differ); it printed:\n" + out.all());
        }
        for (int g = 0; g < shown.size(); g++) {
            if (shown.get(g) > 0 && !(Double.parseDouble(m.group(g + 1)) > 0)) {
                fail(b.where() + ": the README shows " + shown.get(g) + " in `" + example + "`, a positive number, but"
                        + " the block printed `" + m.group() + "`");
            }
        }
        System.out.println(b.where() + ": claims `" + example + "`, printed `" + m.group() + "`");
    }

    /** The output holds the lines of {@code expected}, consecutively and exactly (trailing blanks aside). */
    private static void checkLines(Block b, Block expected, String stdout) {
        List<String> want = expected.text().lines().map(String::stripTrailing).toList();
        List<String> got = stdout.lines().map(String::stripTrailing).toList();
        assertTrue(!want.isEmpty() && java.util.Collections.indexOfSubList(got, want) >= 0,
                () -> b.where() + ": the output must contain the lines of the block at " + expected.where() + ":\n"
                        + expected.text() + "but it printed:\n" + stdout);
    }

    /** Runs a block in a fresh in-process JShell; files it creates in the working directory are removed. */
    static Output run(Block b) {
        Path cwd = Path.of("").toAbsolutePath();
        Set<Path> before = list(cwd);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        StringBuilder transcript = new StringBuilder();
        PrintStream stdout = System.out;
        PrintStream captured = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (JShell js = JShell.builder().executionEngine("local").out(captured).err(captured).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    js.addToClasspath(entry);
                }
            }
            List<String> imports = new ArrayList<>(JSHELL_DEFAULT_IMPORTS);
            if (b.lang().equals("java")) {
                imports.addAll(IMPORTS);
            }
            for (String imp : imports) {
                eval(js, imp, b.source() + " (import)", transcript);
            }
            System.setOut(captured);
            feed(js, b, transcript);
            Matcher main = CLASS_WITH_MAIN.matcher(b.text());
            if (b.lang().equals("java") && main.find()) {
                eval(js, main.group(1) + ".main(new String[0]);", b.where() + " (calling main)", transcript);
            }
        } finally {
            System.setOut(stdout);
            for (Path p : list(cwd)) {
                if (!before.contains(p)) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new AssertionError(b.where() + ": cannot remove " + p, e);
                    }
                }
            }
        }
        return new Output(buffer.toString(StandardCharsets.UTF_8), transcript.toString());
    }

    private static Set<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Feeds the block line by line as the jshell tool reads pasted input: the text so far is evaluated as soon as
     * it holds a complete snippet, the rest waits for more lines.
     */
    private static void feed(JShell js, Block b, StringBuilder transcript) {
        SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
        String pending = "";
        int pendingLine = b.line();
        List<String> lines = b.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (pending.isBlank()) {
                pending = "";
                pendingLine = b.line() + i;
            }
            pending += lines.get(i) + "\n";
            while (true) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                if (!info.completeness().isComplete()) {
                    break;
                }
                eval(js, info.source(), b.source() + ":" + pendingLine, transcript);
                pending = info.remaining();
                if (pending.isBlank()) {
                    break;
                }
            }
        }
        if (!pending.isBlank()) {
            fail(b.source() + ":" + pendingLine + ": incomplete snippet at the end of the block:\n" + pending);
        }
    }

    private static void eval(JShell js, String source, String where, StringBuilder transcript) {
        for (SnippetEvent e : js.eval(source)) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet s = e.snippet();
            if (e.status() == Snippet.Status.REJECTED) {
                fail(where + ": rejected: " + source.strip() + "\n" + js.diagnostics(s)
                        .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("\n")));
            }
            if (s instanceof DeclarationSnippet d) {
                List<String> missing = js.unresolvedDependencies(d).toList();
                if (!missing.isEmpty()) {
                    fail(where + ": unresolved " + missing + " in: " + source.strip());
                }
            }
            if (e.exception() != null) {
                fail(where + ": threw " + describe(e.exception()) + "\nin: " + source.strip());
            }
            if (e.status() != Snippet.Status.VALID) {
                fail(where + ": " + e.status() + ": " + source.strip());
            }
            if (e.value() != null && s instanceof VarSnippet v) {
                transcript.append(v.name()).append(" ==> ").append(e.value()).append('\n');
            } else if (e.value() != null && s instanceof ExpressionSnippet x) {
                transcript.append(x.name()).append(" ==> ").append(e.value()).append('\n');
            }
        }
    }

    private static String describe(Throwable t) {
        String name = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return name + ": " + t.getMessage() + "\n" + trace;
    }
}
