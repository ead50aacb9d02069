// Takes the native libraries out of the jars that jpackage will bundle, so that the installed app loads them from
// its own folder instead of unpacking them into every user's home on first use.
//
//   java jpackage/Natives.java LIB_DIR NATIVE_DIR
//
// For each jar in LIB_DIR: every native library in it (lib*.so, lib*.so.N, *.dylib, *.dll, *.jnilib) is written
// into NATIVE_DIR (one flat folder), and the jar is rewritten without them; a jar left with no class at all (the
// natives-only and the empty platform jars; a module-info does not count) is deleted. Two jars carrying different files of one name stop it.
// Run by jpackage/build.sh with the JDK it found (Java 25: single-file source, no compile step).

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

static final Pattern NATIVE = Pattern.compile("(lib[^/]*\\.so(\\.[0-9]+)*|[^/]*\\.dylib|[^/]*\\.jnilib|[^/]*\\.dll)");

void main(String[] args) throws IOException {
    if (args.length != 2) {
        System.err.println("usage: java jpackage/Natives.java LIB_DIR NATIVE_DIR");
        System.exit(2);
    }
    Path libDir = Path.of(args[0]);
    Path nativeDir = Path.of(args[1]);
    Files.createDirectories(nativeDir);
    List<Path> jars;
    try (Stream<Path> s = Files.list(libDir)) {
        jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    Map<String, String> origin = new HashMap<>();   // native file name -> the jar it came from
    long nativeBytes = 0;
    int rewritten = 0;
    List<String> removed = new ArrayList<>();
    for (Path jar : jars) {
        boolean hasClasses = false;
        boolean hasNatives = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                if (e.isDirectory()) continue;
                String name = e.getName();
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (name.endsWith(".class") && !file.equals("module-info.class")) hasClasses = true;
                if (!NATIVE.matcher(file).matches()) continue;
                hasNatives = true;
                Path target = nativeDir.resolve(file);
                if (origin.containsKey(file)) {
                    if (!sameContent(zip, e, target)) {
                        throw new IllegalStateException(file + " is in both " + origin.get(file) + " and " + jar.getFileName()
                                + " with different contents (natives for several platforms in one jar?): leave that jar"
                                + " out of the package in jpackage/build.sh, or teach this tool to pick its platform");
                    }
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                origin.put(file, jar.getFileName().toString());
                nativeBytes += Files.size(target);
            }
        }
        if (!hasClasses) {
            Files.delete(jar);
            removed.add(jar.getFileName().toString());
        } else if (hasNatives) {
            withoutNatives(jar);
            rewritten++;
        }
    }
    System.out.printf("Natives: %d libraries (%.1f MB) into %s; jars rewritten without them: %d; jars with no class left,"
            + " removed: %s%n", origin.size(), nativeBytes / 1e6, nativeDir, rewritten, String.join(" ", removed));
}

boolean sameContent(ZipFile zip, ZipEntry e, Path existing) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
        return Arrays.equals(in.readAllBytes(), Files.readAllBytes(existing));
    }
}

/** Rewrites {@code jar} in place with every entry but the native libraries, in the same order. */
void withoutNatives(Path jar) throws IOException {
    Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (ZipFile zip = new ZipFile(jar.toFile());
         OutputStream file = Files.newOutputStream(tmp);
         ZipOutputStream out = new ZipOutputStream(file)) {
        for (ZipEntry e : zip.stream().toList()) {
            String name = e.getName();
            if (NATIVE.matcher(name.substring(name.lastIndexOf('/') + 1)).matches()) continue;
            ZipEntry copy = new ZipEntry(name);
            copy.setTime(e.getTime());
            out.putNextEntry(copy);
            try (InputStream in = zip.getInputStream(e)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
}
