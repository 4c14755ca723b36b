package org.mmioworkbench.debug;

import java.util.List;

/**
 * One frame of a suspended program's call stack, as a debugger's stack view shows it.
 *
 * @param level 0 for the innermost frame, counting outwards
 * @param function the function's name
 * @param file the source file of the statement the frame is at, as the compiler named it (the path given for the
 *        program's own file, the header's path for code in a header)
 * @param line that statement's line, from 1
 * @param column its column, from 1
 * @param arguments the function's parameters
 * @param locals its other local variables, in declaration order
 */
public record CallFrame(int level, String function, String file, int line, int column, List<Variable> arguments,
        List<Variable> locals) {
    public CallFrame {
        arguments = List.copyOf(arguments);
        locals = List.copyOf(locals);
    }

    /** As gdb's backtrace names a frame: {@code uart_putc (c=104) at driver.c:12}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(function).append(" (");
        for (int i = 0; i < arguments.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(arguments.get(i).name()).append('=')
                    .append(arguments.get(i).value(false));
        }
        return sb.append(") at ").append(file).append(':').append(line).toString();
    }
}
