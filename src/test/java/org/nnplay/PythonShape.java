package org.nnplay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The structure of a Python script with the contents of its string literals and comments left out, to check that
 * a generated script does what its template does whatever strings went into it. Two views: a line-by-line skeleton
 * read in Java (always), and Python's own parse tree with every string constant replaced by one placeholder (where
 * {@code python3} is installed; it reads the file as bytes, as {@code python3 file.py} does, coding line included).
 */
public final class PythonShape {
    private static final String DUMP = String.join("\n",
            "import ast, sys",
            "tree = ast.parse(open(sys.argv[1], 'rb').read())",
            "for node in ast.walk(tree):",
            "    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):",
            "        node.value = 'S'",
            "print(ast.dump(tree))");
    private static Boolean python;

    private PythonShape() {}

    /** The skeleton, followed by Python's parse tree where python3 exists. */
    public static List<String> of(String script) throws IOException, InterruptedException {
        List<String> shape = new ArrayList<>(skeleton(script));
        if (hasPython()) shape.add("ast: " + ast(script));
        return shape;
    }

    /** Whether {@code python3} runs here. */
    public static synchronized boolean hasPython() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import ast").redirectErrorStream(true).start();
                python = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                python = false;
            }
        }
        return python;
    }

    /** Python's parse tree of the script with string constants replaced; a syntax error gives its message. */
    public static String ast(String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("nnplay-shape", ".py");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", "-c", DUMP, file.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "(python3 did not finish)";
            }
            return p.exitValue() == 0 ? said.strip() : "(does not parse) " + said.strip();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final String DUMP_ALL = String.join("\n",
            "import ast, json, sys",
            "for name in sys.argv[1:]:",
            "    try:",
            "        tree = ast.parse(open(name, 'rb').read())",
            "    except SyntaxError as e:",
            "        print(json.dumps(['does not parse', str(e), None]))",
            "        continue",
            "    value = None",
            "    for node in tree.body:",
            "        if isinstance(node, ast.Assign) and getattr(node.targets[0], 'id', '') == 'EXPERIMENT':",
            "            value = node.value.value",
            "    for node in ast.walk(tree):",
            "        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):",
            "            node.value = 'S'",
            "    print(json.dumps(['ok', ast.dump(tree), value]))");

    /**
     * Python's view of many scripts in one run: per script its parse tree with string constants replaced (or why it
     * does not parse), and the value of its {@code EXPERIMENT = "..."} assignment as Python reads it.
     */
    public static List<List<String>> parseAll(List<String> scripts) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("nnplay-shapes");
        try {
            List<String> command = new ArrayList<>(List.of("python3", "-c", DUMP_ALL));
            for (int i = 0; i < scripts.size(); i++) {
                Path f = dir.resolve(i + ".py");
                Files.writeString(f, scripts.get(i), StandardCharsets.UTF_8);
                command.add(f.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("python3 failed: " + said);
            }
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<List<String>> out = new ArrayList<>();
            for (String line : said.strip().split("\n")) {
                com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                out.add(java.util.Arrays.asList(n.get(0).asText(), n.get(1).asText(), n.get(2).isNull() ? null : n.get(2).asText()));
            }
            return out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    /** One line's code without its strings and comment. */
    public static String code(String line) {
        List<String> s = skeleton(line);
        return String.join(" / ", s);
    }

    /**
     * Lines of code with each string literal replaced by {@code S} and comments removed; a line break is what
     * Python counts as one (LF, CR or CR LF), and a line break inside a one-line string ends the line as Python's
     * tokenizer would (so it shows).
     */
    public static List<String> skeleton(String script) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                i += c == '\r' && i + 1 < n && script.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '#') {
                while (i < n && script.charAt(i) != '\n' && script.charAt(i) != '\r') i++;
            } else if (c == '"' || c == '\'') {
                boolean triple = script.startsWith(String.valueOf(c).repeat(3), i);
                String end = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += end.length();
                while (i < n && !script.startsWith(end, i)) {
                    char d = script.charAt(i);
                    if (!triple && (d == '\n' || d == '\r')) break;
                    i += d == '\\' ? 2 : 1;
                }
                if (i < n && script.startsWith(end, i)) i += end.length();
                line.append('S');
            } else {
                line.append(c);
                i++;
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
