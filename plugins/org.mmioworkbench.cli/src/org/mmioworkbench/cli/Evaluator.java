package org.mmioworkbench.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOutput;

/**
 * Evaluates the integer expressions of {@code print} and {@code x} with the script language itself, so they
 * mean exactly what they mean in the script: a small script made of the debugged script's {@code #define}s,
 * one assignment per variable that has a value, and the expression, runs on a simulator of its own (an
 * empty board, so the debugged simulator is never touched). Calls are refused: examining must have no side
 * effects.
 */
final class Evaluator {
    private static final String RESULT = "__mmio_debugger_value";
    private static final Pattern CALL = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\s*\\(");
    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\b.*");
    private static final Board EMPTY = Board.builder("debugger-expression").build();

    private final String defines;

    /** A mistake in an expression. */
    static final class EvaluationException extends Exception {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    /**
     * Collects the {@code #define}s of a script.
     *
     * @param script the debugged script
     */
    Evaluator(Script script) {
        StringBuilder b = new StringBuilder();
        String[] lines = script.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (DEFINE.matcher(lines[i]).matches()) {
                b.append(lines[i]).append('\n');
                while (lines[i].endsWith("\\") && i + 1 < lines.length) {
                    b.append(lines[++i]).append('\n');
                }
            }
        }
        this.defines = b.toString();
    }

    /**
     * Evaluates an expression.
     *
     * @param expression C integer expression: numbers, characters, variables ({@code hs.rid} too),
     *        {@code #define}s, predefined constants, operators and casts
     * @param variables the variables with a value
     * @return the value, unsigned 64-bit
     * @throws EvaluationException with a message for the user
     */
    long evaluate(String expression, Map<String, Long> variables) throws EvaluationException {
        String expr = expression.strip();
        if (expr.isEmpty()) {
            throw new EvaluationException("an expression is needed");
        }
        Matcher call = CALL.matcher(expr);
        while (call.find()) {
            String name = call.group().replaceAll("[\\s(]", "");
            if (!name.equals("sizeof")) {
                throw new EvaluationException("'" + name + "(...)': expressions cannot call functions here"
                        + " (they would have side effects); use x/ to read device registers");
            }
        }
        if (expr.contains(";") || expr.contains("\n") || expr.contains("//") || expr.contains("/*")) {
            throw new EvaluationException("one expression please");
        }
        StringBuilder text = new StringBuilder(defines);
        for (Map.Entry<String, Long> v : variables.entrySet()) {
            text.append(v.getKey()).append(" = ").append(Long.toUnsignedString(v.getValue())).append('\n');
        }
        text.append(RESULT).append(" = (").append(expr).append(")\n");
        Script script;
        try {
            script = Script.parse(text.toString(), "expression");
        } catch (ScriptException e) {
            throw new EvaluationException(e.detail());
        }
        ScriptMachine m = new ScriptMachine(script, new Simulator(EMPTY), ScriptOutput.discard());
        Outcome outcome = m.run();
        if (outcome.kind() != Outcome.Kind.FINISHED) {
            String message = outcome.message();
            int at = message.indexOf(": error: ");
            throw new EvaluationException(at >= 0 ? message.substring(at + 9) : message);
        }
        Long value = m.variables().get(RESULT);
        if (value == null) {
            throw new EvaluationException("the expression has no value");
        }
        return value;
    }
}
