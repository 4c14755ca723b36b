package org.mmioworkbench.script.internal;

import java.util.Set;

/** The words the language reserves, and the C keywords it recognises only to say they are not supported. */
final class Keywords {
    /** C keywords that scripts do not support. */
    static final Set<String> UNSUPPORTED = Set.of("return", "switch", "case", "default", "goto", "struct", "union",
            "enum", "typedef", "sizeof", "extern");

    /** Words that start statements and can never name a variable (type names are reserved too). */
    static final Set<String> STATEMENTS = Set.of("if", "else", "while", "for", "do", "break", "continue", "process",
            "board", "assert");

    /** Process names the simulator reserves for itself. */
    static final Set<String> RESERVED_PROCESSES = Set.of("kernel", "simulator");

    private Keywords() {
    }

    /** Tells whether a word can never be a variable name. */
    static boolean isReserved(String word) {
        return STATEMENTS.contains(word) || UNSUPPORTED.contains(word);
    }
}
