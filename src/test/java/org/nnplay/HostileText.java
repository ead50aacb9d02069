package org.nnplay;

import java.util.List;

/** Names a careless user or an attacker may give an experiment, a column or a class: each one a different trap. */
public final class HostileText {
    private HostileText() {}

    public static final List<String> NAMES = List.of(
            "Spiral lesson\n__import__('os').system('touch pwned') #",
            "a\rimport os",
            "a\r\nimport os",
            "x\u2028__import__('os')",
            "x\u2029__import__('os')",
            "x\u0085__import__('os')",
            "nul\0byte",
            "\u000bvertical\u000cform feed",
            "-*- coding: utf-7 -*-",
            "# -*- coding: rot13 -*-",
            "+AAo-__import__('os').system('x')",
            "\"\"\"; import os; \"\"\"",
            "'''; import os; '''",
            "\\",
            "\\\n__import__('os')",
            "\"); __import__('os').system('x'); (\"",
            "{__import__('os').system('x')}",
            "%(x)s %s {0}",
            "\u202eevil\u202c and \u2066hidden\u2069",
            "lone \ud800 surrogate",
            "🧠 Netz für Schüler, café",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r=1+1",
            "  =HYPERLINK(\"http://x\")",
            "-1.5",
            "a,b;c\td",
            "\"quoted\"",
            "\u001b[2J\u001b[31mred terminal",
            "\uFEFFbom",
            "x".repeat(200));
}
