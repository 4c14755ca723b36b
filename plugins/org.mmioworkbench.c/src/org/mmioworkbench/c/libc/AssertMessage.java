package org.mmioworkbench.c.libc;

/**
 * The line glibc's {@code assert} prints when its expression is false, before it aborts the program:
 * {@code PROGRAM: FILE:LINE: FUNCTION: Assertion `EXPRESSION' failed.} There is no program here, so the prefix is
 * the stem of the C file (its name without folders and extension); see the package documentation.
 */
public final class AssertMessage {

    private AssertMessage() {
    }

    /**
     * @param file the file as {@code __FILE__} names it (the text is printed as it is)
     * @param line the line of the {@code assert}
     * @param function the enclosing function's name, or null when there is none (glibc then leaves out
     *     {@code FUNCTION: })
     * @param expression the expression's text as the preprocessor spelled it
     * @return glibc's message, without the newline glibc ends it with
     */
    public static String format(String file, int line, String function, String expression) {
        String program = stem(file);
        return program + (program.isEmpty() ? "" : ": ") + file + ":" + Integer.toUnsignedString(line) + ": "
                + (function == null ? "" : function + ": ") + "Assertion `" + expression + "' failed.";
    }

    /** @return {@code file} without its folders and its last extension: {@code drivers/uart.c} gives {@code uart} */
    static String stem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
